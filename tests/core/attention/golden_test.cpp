// The core against the golden data of tests/data/golden, made by tests/tools/make_golden.py
// with NumPy and PyTorch's nn.MultiheadAttention. Each case goes the whole way a user's
// does: load the sample file, run, write the trace@1 text, read it back, and compare every
// field with the reference trace. Tolerance: |ours − reference| ≤ 1e-9 · max(1, |reference|).
#include "core/attention/attention.h"
#include "core/io/sample_loader.h"
#include "core/io/trace_writer.h"
#include "tests/support/json_comparison.h"

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

        al::test::JsonComparison comparison{tolerance};
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
