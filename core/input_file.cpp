#include "core/input_file.h"

#include "core/input_error.h"

#include <fstream>
#include <sstream>

namespace al {

std::string readInputFile(const std::filesystem::path& file, std::uintmax_t limit, const char* what) {
    const std::string label = file.string();
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (error || !std::filesystem::exists(status)) throw InputError(label, {}, "no such file");
    if (std::filesystem::is_directory(status))
        throw InputError(label, {}, std::string("is a directory, not a ") + what + " file");
    if (!std::filesystem::is_regular_file(status)) throw InputError(label, {}, "is not a regular file");
    const auto size = std::filesystem::file_size(file, error);
    if (!error && size > limit)
        throw InputError(label, {}, "file is " + std::to_string(size >> 20) + " MiB; " + what + " files are limited to " +
                                        std::to_string(limit >> 20) + " MiB");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(label, {}, "cannot be read (permission denied?)");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw InputError(label, {}, "reading failed");
    return std::move(text).str();
}

} // namespace al
