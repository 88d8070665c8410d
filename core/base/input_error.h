#pragma once
#include "core/base/message.h"

#include <stdexcept>
#include <string>

namespace al {

// Bad input, told the way a user can act on it: which file, which field (a JSON path
// such as "model.weights.W_q[2]"), and what is wrong. what() is the one-line message in
// English; problemMessage() keeps the problem translatable for the app.
class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::string field, Message problem);

    const std::string& file() const { return file_; }
    const std::string& field() const { return field_; }
    std::string problem() const { return problem_.text(); }
    const Message& problemMessage() const { return problem_; }

    // The same error attributed to a file (the loaders first raise it without one).
    InputError inFile(const std::string& file) const { return {file, field_, problem_}; }

private:
    std::string file_, field_;
    Message problem_;
};

} // namespace al
