#pragma once
// A fresh, empty folder for one test's files, removed with everything in it at the end.
#include <unistd.h>

#include <filesystem>
#include <iterator>
#include <string>

namespace al::test {

class TemporaryFolder {
public:
    explicit TemporaryFolder(const std::string& stem)
        : path_(std::filesystem::temp_directory_path() / ("attention-lab-" + stem + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TemporaryFolder() { std::filesystem::remove_all(path_); }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    std::string operator/(const std::string& name) const { return (path_ / name).string(); }
    std::size_t fileCount() const {
        return std::size_t(
            std::distance(std::filesystem::directory_iterator(path_), std::filesystem::directory_iterator()));
    }

private:
    std::filesystem::path path_;
};

} // namespace al::test
