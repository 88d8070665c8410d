#pragma once
// Malformed samples, each a mutation of a valid one, with the JSON path the refusal
// must name. Shared by the loader's tests and the dump command's tests.
#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace al::test {

struct BadSample {
    std::string description;
    std::function<void(nlohmann::json&)> mutate; // applied to validSampleJson(3, 4)
    std::string field;                           // the path the message must name
};

const std::vector<BadSample>& badSamples();

} // namespace al::test
