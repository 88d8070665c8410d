#include "core/io/input_file.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"

#include <fstream>
#include <sstream>

namespace al {

std::string readInputFile(const std::filesystem::path& file, std::uintmax_t limit, const char* what) {
    const std::string label = file.string();
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (error || !std::filesystem::exists(status))
        throw InputError(label, {}, message(QT_TRANSLATE_NOOP("Message", "no such file")));
    if (std::filesystem::is_directory(status))
        throw InputError(label, {}, message(QT_TRANSLATE_NOOP("Message", "is a directory, not a %1 file"), what));
    if (!std::filesystem::is_regular_file(status))
        throw InputError(label, {}, message(QT_TRANSLATE_NOOP("Message", "is not a regular file")));
    const auto size = std::filesystem::file_size(file, error);
    if (!error && size > limit)
        throw InputError(label, {},
                         message(QT_TRANSLATE_NOOP("Message", "file is %1 MiB; %2 files are limited to %3 MiB"),
                                 size >> 20, what, limit >> 20));
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(label, {}, message(QT_TRANSLATE_NOOP("Message", "cannot be read (permission denied?)")));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw InputError(label, {}, message(QT_TRANSLATE_NOOP("Message", "reading failed")));
    return std::move(text).str();
}

} // namespace al
