// The core against the golden data of tests/data/golden, made by tests/tools/make_golden.py
// with NumPy and PyTorch's nn.MultiheadAttention. Each case goes the whole way a user's
// does: load the sample file, run, write the trace@1 text, read it back, and compare every
// field with the reference trace. Tolerance: |ours − reference| ≤ 1e-9 · max(1, |reference|).
#include "core/attention/attention.h"
#include "core/io/sample_loader.h"
#include "core/io/trace_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

constexpr double tolerance = 1e-9;
const std::filesystem::path goldenFolder = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/golden";

// Walks both documents together; numbers are compared within the tolerance, everything
// else exactly. Records the largest relative difference and every mismatch.
struct Comparison {
    double largest = 0;
    std::vector<std::string> mismatches;

    void compare(const nlohmann::json& ours, const nlohmann::json& reference, const std::string& path) {
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
};

std::vector<std::string> goldenCases() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(goldenFolder)) {
        const std::string file = entry.path().filename().string();
        const std::string suffix = ".sample.json";
        if (file.size() > suffix.size() && file.ends_with(suffix))
            names.push_back(file.substr(0, file.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("every golden trace is reproduced within 1e-9", "[golden]") {
    const auto names = goldenCases();
    REQUIRE(names.size() >= 40);
    double overall = 0;
    for (const std::string& name : names) {
        INFO("golden case " << name);
        const al::Sample sample = al::loadSample(goldenFolder / (name + ".sample.json"));
        std::ostringstream text;
        al::writeTrace(text, al::run(sample));
        const auto ours = nlohmann::json::parse(text.str());
        std::ifstream referenceFile(goldenFolder / (name + ".trace.json"));
        const auto reference = nlohmann::json::parse(referenceFile);

        Comparison comparison;
        comparison.compare(ours, reference, "trace");
        std::cout << "golden " << name << ": largest difference " << comparison.largest << " (tolerance " << tolerance
                  << ")\n";
        overall = std::max(overall, comparison.largest);
        for (const std::string& mismatch : comparison.mismatches)
            UNSCOPED_INFO(mismatch);
        CHECK(comparison.mismatches.empty());
    }
    std::cout << "golden: " << names.size() << " cases, largest difference " << overall << '\n';
}
