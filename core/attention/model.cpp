#include "core/attention/model.h"

#include "core/base/name_table.h"

namespace al {

namespace {

constexpr NameTable<Scoring, 3> scoringNames{
    {{Scoring::Dot, "dot"}, {Scoring::ScaledDot, "scaled_dot"}, {Scoring::Additive, "additive"}}};
constexpr NameTable<Normalization, 2> normalizationNames{
    {{Normalization::Softmax, "softmax"}, {Normalization::Relu, "relu"}}};
constexpr NameTable<PositionalEncoding, 3> positionalNames{{{PositionalEncoding::None, "none"},
                                                            {PositionalEncoding::Sinusoidal, "sinusoidal"},
                                                            {PositionalEncoding::Learned, "learned"}}};

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
