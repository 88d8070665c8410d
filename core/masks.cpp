#include "core/masks.h"

#include <cstdlib>

namespace al {

namespace {

template <typename Allowed>
MaskMatrix fromRule(int tokens, Allowed allowed) {
    MaskMatrix mask(tokens, tokens);
    for (int i = 0; i < tokens; ++i)
        for (int j = 0; j < tokens; ++j) mask(i, j) = allowed(i, j) ? 1 : 0;
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

MaskMatrix combineMasks(const std::vector<MaskSpec>& masks, int tokens) {
    MaskMatrix combined = MaskMatrix::Ones(tokens, tokens);
    for (const MaskSpec& mask : masks) combined = combined.cwiseProduct(buildMask(mask, tokens));
    return combined;
}

} // namespace al
