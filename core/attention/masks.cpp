#include "core/attention/masks.h"

#include "core/base/translatable.h"

#include <cstdlib>

namespace al {

namespace {

template <typename Allowed> MaskMatrix fromRule(int tokens, Allowed allowed) {
    MaskMatrix mask(tokens, tokens);
    for (int i = 0; i < tokens; ++i)
        for (int j = 0; j < tokens; ++j)
            mask(i, j) = allowed(i, j) ? 1 : 0;
    return mask;
}

MaskMatrix graphMask(const GraphMask& graph, int tokens) {
    MaskMatrix mask = MaskMatrix::Identity(tokens, tokens); // every node attends to itself
    for (auto [from, to] : graph.edges) {
        mask(from, to) = 1;
        if (!graph.directed) mask(to, from) = 1;
    }
    return mask;
}

} // namespace

MaskMatrix buildMask(const MaskSpec& spec, int tokens) {
    struct Visitor {
        int n;
        MaskMatrix operator()(const CausalMask&) const {
            return fromRule(n, [](int i, int j) { return j <= i; });
        }
        MaskMatrix operator()(const PaddingMask& padding) const {
            return fromRule(n, [&](int, int j) { return j < padding.validLength; });
        }
        MaskMatrix operator()(const WindowMask& window) const {
            return fromRule(n, [&](int i, int j) { return std::abs(i - j) <= window.radius; });
        }
        MaskMatrix operator()(const GraphMask& graph) const { return graphMask(graph, n); }
        MaskMatrix operator()(const CustomMask& custom) const { return custom.matrix; }
    };
    return std::visit(Visitor{tokens}, spec);
}

bool allows(const MaskSpec& spec, int i, int j) {
    if (std::holds_alternative<CausalMask>(spec)) return j <= i;
    if (const auto* padding = std::get_if<PaddingMask>(&spec)) return j < padding->validLength;
    if (const auto* window = std::get_if<WindowMask>(&spec)) return std::abs(i - j) <= window->radius;
    if (const auto* graph = std::get_if<GraphMask>(&spec)) {
        if (i == j) return true;
        for (auto [from, to] : graph->edges)
            if ((from == i && to == j) || (!graph->directed && from == j && to == i)) return true;
        return false;
    }
    return std::get<CustomMask>(spec).matrix(i, j) != 0;
}

Message checkMask(const MaskSpec& spec, int tokens) {
    if (const auto* padding = std::get_if<PaddingMask>(&spec)) {
        if (padding->validLength < 1 || padding->validLength > tokens)
            return message(QT_TRANSLATE_NOOP("Message", "the valid length must be from 1 to %1"), tokens);
    } else if (const auto* window = std::get_if<WindowMask>(&spec)) {
        if (window->radius < 0) return message(QT_TRANSLATE_NOOP("Message", "the window radius must be 0 or more"));
    } else if (const auto* graph = std::get_if<GraphMask>(&spec)) {
        for (auto [from, to] : graph->edges)
            if (from < 0 || to < 0 || from >= tokens || to >= tokens)
                return message(QT_TRANSLATE_NOOP("Message", "an edge joins a token outside 0 … %1"), tokens - 1);
    } else if (const auto* custom = std::get_if<CustomMask>(&spec)) {
        if (custom->matrix.rows() != tokens || custom->matrix.cols() != tokens)
            return message(QT_TRANSLATE_NOOP("Message", "the matrix must be %1×%1"), tokens);
        if ((custom->matrix.array() > 1).any())
            return message(QT_TRANSLATE_NOOP("Message", "the matrix may hold only 0 and 1"));
    }
    return {};
}

MaskMatrix combineMasks(const std::vector<MaskSpec>& masks, int tokens) {
    MaskMatrix combined = MaskMatrix::Ones(tokens, tokens);
    for (const MaskSpec& mask : masks)
        combined = combined.cwiseProduct(buildMask(mask, tokens));
    return combined;
}

} // namespace al
