#include "core/attention/model.h"

#include <array>

namespace al {

namespace {

template <typename Enum, std::size_t Count> using NameTable = std::array<std::pair<Enum, std::string_view>, Count>;

constexpr NameTable<Scoring, 3> scoringNames{
    {{Scoring::Dot, "dot"}, {Scoring::ScaledDot, "scaled_dot"}, {Scoring::Additive, "additive"}}};
constexpr NameTable<Normalization, 2> normalizationNames{
    {{Normalization::Softmax, "softmax"}, {Normalization::Relu, "relu"}}};
constexpr NameTable<PositionalEncoding, 3> positionalNames{{{PositionalEncoding::None, "none"},
                                                            {PositionalEncoding::Sinusoidal, "sinusoidal"},
                                                            {PositionalEncoding::Learned, "learned"}}};

template <typename Enum, std::size_t Count> std::string_view nameIn(const NameTable<Enum, Count>& table, Enum value) {
    for (const auto& [entry, text] : table)
        if (entry == value) return text;
    return {};
}

template <typename Enum, std::size_t Count>
std::optional<Enum> parseIn(const NameTable<Enum, Count>& table, std::string_view text) {
    for (const auto& [entry, spelling] : table)
        if (spelling == text) return entry;
    return std::nullopt;
}

} // namespace

std::string_view name(Scoring scoring) {
    return nameIn(scoringNames, scoring);
}
std::string_view name(Normalization normalization) {
    return nameIn(normalizationNames, normalization);
}
std::string_view name(PositionalEncoding encoding) {
    return nameIn(positionalNames, encoding);
}
std::optional<Scoring> parseScoring(std::string_view text) {
    return parseIn(scoringNames, text);
}
std::optional<Normalization> parseNormalization(std::string_view text) {
    return parseIn(normalizationNames, text);
}
std::optional<PositionalEncoding> parsePositionalEncoding(std::string_view text) {
    return parseIn(positionalNames, text);
}

std::string_view kindName(const MaskSpec& mask) {
    struct Visitor {
        std::string_view operator()(const CausalMask&) const { return "causal"; }
        std::string_view operator()(const PaddingMask&) const { return "padding"; }
        std::string_view operator()(const WindowMask&) const { return "window"; }
        std::string_view operator()(const GraphMask&) const { return "graph"; }
        std::string_view operator()(const CustomMask&) const { return "custom"; }
    };
    return std::visit(Visitor{}, mask);
}

} // namespace al
