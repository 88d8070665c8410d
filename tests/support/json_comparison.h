#pragma once
// Two JSON documents walked together, as the golden tests compare ours with a reference:
// numbers within a tolerance, |ours − reference| ≤ tolerance · max(1, |reference|);
// everything else exactly (strings, keys, lengths). Records the largest relative difference
// and every mismatch by its path ("trace.heads[0].weights[2][1]").
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace al::test {

struct JsonComparison {
    explicit JsonComparison(double tolerance = 1e-9) : tolerance(tolerance) {}

    double tolerance;
    double largest = 0;
    std::vector<std::string> mismatches;

    void compare(const nlohmann::json& ours, const nlohmann::json& reference, const std::string& path);
};

} // namespace al::test
