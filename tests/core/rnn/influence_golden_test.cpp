// Both influences against the golden data of tests/data/golden/influence, made by
// tests/tools/make_influence_golden.py: the RNN and the self-attention layer written in
// PyTorch from MATH.md, their exact Jacobians from torch.autograd. Each case goes the whole
// way the command's does: load the sample, compute, write influence@1, read it back, compare
// every field. Tolerance: |ours − reference| ≤ 1e-9 · max(1, |reference|).
#include "core/io/influence_writer.h"
#include "core/io/sample_loader.h"
#include "core/rnn/sequence_influence.h"
#include "tests/support/json_comparison.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

constexpr double tolerance = 1e-9;
const std::filesystem::path goldenFolder =
    std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/golden/influence";

std::vector<std::string> goldenCases() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(goldenFolder)) {
        const std::string file = entry.path().filename().string();
        const std::string suffix = ".sample.json";
        if (file.ends_with(suffix)) names.push_back(file.substr(0, file.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("every golden influence, RNN and self-attention, is reproduced within 1e-9", "[golden][influence]") {
    const auto names = goldenCases();
    REQUIRE(names.size() >= 25);
    double largestRnn = 0, largestAttention = 0;
    for (const std::string& name : names) {
        INFO("golden case " << name);
        const al::Sample sample = al::loadSample(goldenFolder / (name + ".sample.json"));
        std::ostringstream text;
        al::writeInfluence(text, al::sequenceInfluence(sample));
        const auto ours = nlohmann::json::parse(text.str());
        std::ifstream referenceFile(goldenFolder / (name + ".influence.json"));
        const auto reference = nlohmann::json::parse(referenceFile);

        al::test::JsonComparison rnn{tolerance}, attention{tolerance}, rest{0};
        rnn.compare(ours["rnn"], reference["rnn"], "rnn");
        attention.compare(ours["attention"], reference["attention"], "attention");
        rest.compare(ours["format"], reference["format"], "format");
        rest.compare(ours["tokens"], reference["tokens"], "tokens");
        CHECK(ours.size() == reference.size());
        std::cout << "golden influence " << name << ": largest difference RNN " << rnn.largest << ", self-attention "
                  << attention.largest << " (tolerance " << tolerance << ")\n";
        largestRnn = std::max(largestRnn, rnn.largest);
        largestAttention = std::max(largestAttention, attention.largest);
        for (const auto* comparison : {&rnn, &attention, &rest})
            for (const std::string& mismatch : comparison->mismatches)
                UNSCOPED_INFO(mismatch);
        CHECK(rnn.mismatches.empty());
        CHECK(attention.mismatches.empty());
        CHECK(rest.mismatches.empty());
    }
    std::cout << "golden influence: " << names.size() << " cases, largest difference RNN " << largestRnn
              << ", self-attention " << largestAttention << '\n';
}
