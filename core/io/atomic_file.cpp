#include "core/io/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <ext/stdio_filebuf.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace al {

namespace {

[[noreturn]] void throwErrno(const std::string& what) {
    throw std::system_error(errno, std::generic_category(), what);
}

// Removes the temporary file unless released: every early exit cleans up.
struct TemporaryFile {
    std::string path;
    bool released = false;
    ~TemporaryFile() {
        if (!released) ::unlink(path.c_str());
    }
};

} // namespace

void writeFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    // ".NAME.tmp-XXXXXX" beside the target: hidden, and on the same file system for rename.
    std::string hiddenName = ".";
    hiddenName += target.filename().string();
    hiddenName += ".tmp-XXXXXX";
    std::string pattern = (folder / hiddenName).string();
    const int descriptor = ::mkstemp(pattern.data());
    if (descriptor < 0) throwErrno("cannot create a file in " + folder.string());
    TemporaryFile temporary{pattern};
    // mkstemp creates the file readable by its owner only; written files are for sharing.
    ::fchmod(descriptor, 0644);
    {
        __gnu_cxx::stdio_filebuf<char> buffer(descriptor, std::ios::out, 1 << 16);
        std::ostream stream(&buffer);
        write(stream);
        stream.flush();
        if (!stream) throwErrno("writing " + target.string() + " failed");
        if (::fsync(descriptor) != 0) throwErrno("writing " + target.string() + " failed");
    } // the filebuf closes the descriptor
    if (std::rename(pattern.c_str(), target.c_str()) != 0) throwErrno("cannot replace " + target.string());
    temporary.released = true;
}

} // namespace al
