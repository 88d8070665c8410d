#pragma once
// The golden cases of tests/data/golden/transformer (tests/tools/make_transformer_golden.py:
// a NumPy reference checked against PyTorch, gradients by autograd, training by
// torch.optim), as listed by its manifest.json.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace al::test {

const std::filesystem::path& transformerGoldenFolder();
nlohmann::json readJson(const std::filesystem::path& file);

struct TransformerGoldenCase {
    std::string name;
    nlohmann::json entry; // the manifest's entry: files, trace_input, trace_target, generation_input
    std::filesystem::path file(const std::string& kind) const; // "model", "dataset", "trace", …
    bool has(const std::string& kind) const;
};

std::vector<TransformerGoldenCase> transformerGoldenCases();

// "saw ran the cat": the tokens as the command line takes them.
std::string joinTokens(const nlohmann::json& tokens);

} // namespace al::test
