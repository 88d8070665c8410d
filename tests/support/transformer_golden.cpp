#include "tests/support/transformer_golden.h"

#include <fstream>
#include <stdexcept>

namespace al::test {

const std::filesystem::path& transformerGoldenFolder() {
    static const std::filesystem::path folder =
        std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/golden/transformer";
    return folder;
}

nlohmann::json readJson(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    return nlohmann::json::parse(in);
}

std::filesystem::path TransformerGoldenCase::file(const std::string& kind) const {
    return transformerGoldenFolder() / entry["files"][kind].get<std::string>();
}

bool TransformerGoldenCase::has(const std::string& kind) const {
    return entry["files"].contains(kind);
}

std::vector<TransformerGoldenCase> transformerGoldenCases() {
    std::vector<TransformerGoldenCase> cases;
    const nlohmann::json manifest = readJson(transformerGoldenFolder() / "manifest.json");
    for (const auto& entry : manifest["cases"])
        cases.push_back({entry["name"].get<std::string>(), entry});
    return cases;
}

std::string joinTokens(const nlohmann::json& tokens) {
    std::string text;
    for (const auto& token : tokens)
        text += (text.empty() ? "" : " ") + token.get<std::string>();
    return text;
}

} // namespace al::test
