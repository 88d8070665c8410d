#pragma once
// Malformed transformer@1 files, each a mutation of test::validTransformerJson(task), with
// the JSON path and the words of the problem the refusal must name.
#include "core/nn/architecture.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace al::test {

struct BadTransformer {
    std::string description;
    nn::Task task;                               // of the valid model mutated
    std::function<void(nlohmann::json&)> mutate; // applied to validTransformerJson(task)
    std::string field;                           // the path the message must name
    std::string problem;                         // words the problem must hold
};

const std::vector<BadTransformer>& badTransformers();

} // namespace al::test
