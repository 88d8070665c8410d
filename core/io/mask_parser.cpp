#include "core/base/translatable.h"
#include "core/io/model_parser.h"

#include <limits>

namespace al {

namespace {

GraphMask parseGraph(const JsonField& mask, int tokens) {
    mask.allowOnly({"kind", "edges", "directed"});
    GraphMask graph;
    const JsonField edges = mask["edges"];
    const auto count = edges.arraySize();
    for (std::size_t e = 0; e < count; ++e) {
        const JsonField edge = edges.at(e);
        if (edge.arraySize() != 2)
            edge.fail(
                message(QT_TRANSLATE_NOOP("Message", "expected a pair [from, to] of token indices, got %1 entries"),
                        edge.arraySize()));
        graph.edges.emplace_back(edge.at(0).integer(0, tokens - 1), edge.at(1).integer(0, tokens - 1));
    }
    if (auto directed = mask.optional("directed")) graph.directed = directed->boolean();
    return graph;
}

CustomMask parseCustom(const JsonField& mask, int tokens) {
    mask.allowOnly({"kind", "matrix"});
    const JsonField rows = mask["matrix"];
    if (rows.arraySize() != std::size_t(tokens))
        rows.fail(message(QT_TRANSLATE_NOOP("Message", "expected %1 rows (N×N), got %2"), tokens, rows.arraySize()));
    CustomMask custom{MaskMatrix(tokens, tokens)};
    for (int i = 0; i < tokens; ++i) {
        const JsonField row = rows.at(std::size_t(i));
        if (row.arraySize() != std::size_t(tokens))
            row.fail(message(QT_TRANSLATE_NOOP("Message", "expected %1 entries, got %2"), tokens, row.arraySize()));
        for (int j = 0; j < tokens; ++j) {
            const JsonField cell = row.at(std::size_t(j));
            const auto& value = cell.json();
            if (value.is_boolean())
                custom.matrix(i, j) = value.get<bool>() ? 1 : 0;
            else if (value.is_number() && (value.get<double>() == 0 || value.get<double>() == 1))
                custom.matrix(i, j) = value.get<double>() == 1 ? 1 : 0;
            else
                cell.fail(message(QT_TRANSLATE_NOOP("Message", "expected 0 or 1, got %1"), value.dump()));
        }
    }
    return custom;
}

} // namespace

MaskSpec parseMask(const JsonField& mask, int tokens) {
    mask.requireObject();
    const std::string kind = mask["kind"].string();
    if (kind == "causal") {
        mask.allowOnly({"kind"});
        return CausalMask{};
    }
    if (kind == "padding") {
        mask.allowOnly({"kind", "valid_length"});
        return PaddingMask{mask["valid_length"].integer(1, tokens)};
    }
    if (kind == "window") {
        mask.allowOnly({"kind", "radius"});
        return WindowMask{mask["radius"].integer(0, std::numeric_limits<int>::max())};
    }
    if (kind == "graph") return parseGraph(mask, tokens);
    if (kind == "custom") return parseCustom(mask, tokens);
    mask["kind"].fail(
        message(QT_TRANSLATE_NOOP("Message",
                                  "unknown mask kind \"%1\" (expected one of: causal, padding, window, graph, custom)"),
                kind));
}

} // namespace al
