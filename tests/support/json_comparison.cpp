#include "tests/support/json_comparison.h"

#include <algorithm>
#include <cmath>

namespace al::test {

void JsonComparison::compare(const nlohmann::json& ours, const nlohmann::json& reference, const std::string& path) {
    if (reference.is_number() && ours.is_number()) {
        const double a = ours.get<double>(), b = reference.get<double>();
        const double difference = std::abs(a - b) / std::max(1.0, std::abs(b));
        largest = std::max(largest, difference);
        if (!(difference <= tolerance))
            mismatches.push_back(path + ": " + std::to_string(a) + " vs " + std::to_string(b));
    } else if (reference.is_array() && ours.is_array()) {
        if (ours.size() != reference.size()) {
            mismatches.push_back(path + ": " + std::to_string(ours.size()) + " entries vs " +
                                 std::to_string(reference.size()));
            return;
        }
        for (std::size_t i = 0; i < ours.size(); ++i)
            compare(ours[i], reference[i], path + "[" + std::to_string(i) + "]");
    } else if (reference.is_object() && ours.is_object()) {
        for (const auto& [key, value] : reference.items()) {
            if (!ours.contains(key))
                mismatches.push_back(path + "." + key + ": missing");
            else
                compare(ours[key], value, path + "." + key);
        }
        for (const auto& [key, value] : ours.items())
            if (!reference.contains(key)) mismatches.push_back(path + "." + key + ": not in the reference");
    } else if (ours != reference) {
        mismatches.push_back(path + ": " + ours.dump() + " vs " + reference.dump());
    }
}

} // namespace al::test
