#include "core/base/input_error.h"

namespace al {

namespace {
std::string compose(const std::string& file, const std::string& field, const std::string& problem) {
    std::string line = file.empty() ? std::string() : file + ": ";
    if (!field.empty()) line += field + ": ";
    return line + problem;
}
} // namespace

InputError::InputError(std::string file, std::string field, Message problem)
    : std::runtime_error(compose(file, field, problem.text())), file_(std::move(file)), field_(std::move(field)),
      problem_(std::move(problem)) {}

} // namespace al
