#include "ui/lessons/positional_lesson.h"

#include "core/attention/positional_encoding.h"
#include "ui/lessons/positional_curve_controls.h"
#include "ui/notation.h"

#include <algorithm>

namespace al {

namespace n = notation;

namespace {
constexpr int tablePositions = 64; // the table shows at least this many positions
constexpr int curves = 4;          // dimensions drawn against position

ModelConfig withPositional(const ModelConfig& config, PositionalEncoding positional) {
    ModelConfig changed = config;
    changed.positional = positional;
    return changed;
}

// The positions this lesson shows: the model's own, or sinusoidal when it has none.
PositionalEncoding shownPositions(const ModelConfig& config) {
    return config.positional == PositionalEncoding::None ? PositionalEncoding::Sinusoidal : config.positional;
}

// A plot of `data`, with no outline and no clicks.
template <typename Data> PlotContent plotOf(Data data) {
    PlotContent plot;
    plot.data = std::move(data);
    return plot;
}

// A matrix with one row per token (N × d).
PlotContent byToken(const Trace& t, const QString& id, const QString& title, SharedMatrix m) {
    const int columns = int(m.cols());
    return plotOf(HeatmapData{id, title, std::move(m), n::tokenLabels(t.tokens), n::indexLabels(columns),
                              PositionalLesson::tr("token"), PositionalLesson::tr("dimension"), ColorScheme::Diverging,
                              nullptr});
}

PlotContent attention(const Trace& t, const QString& id, const QString& title, SharedMatrix m) {
    const QStringList tokens = n::tokenLabels(t.tokens);
    return plotOf(HeatmapData{id, title, std::move(m), tokens, tokens, PositionalLesson::tr("query"),
                              PositionalLesson::tr("key"), ColorScheme::Weights, nullptr});
}

// Hovering a cell outlines, in every plot, the cell at `row` and `column` (−1: the whole row).
std::function<std::vector<SourceCell>(int, int, int)> samePlaceInAll(int plots, bool sameColumn) {
    return [plots, sameColumn](int, int row, int column) {
        std::vector<SourceCell> cells;
        for (int p = 0; p < plots; ++p)
            cells.push_back({p, row, sameColumn ? column : -1});
        return cells;
    };
}
} // namespace

LessonControls* PositionalLesson::createControls(AttentionDocument& document) const {
    return new PositionalCurveControls(document);
}

StepContent PositionalLesson::sinusoidal(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const int dModel = t.config.dModel;
    const int positions = std::max(tablePositions, t.tokenCount());
    const Matrix table = sinusoidalPositions(positions, dModel); // positions × d_model
    StepContent content;
    content.plots.push_back(
        plotOf(HeatmapData{"sinusoidal_table", tr("Sinusoidal eⁱ  (%1 positions × %2)").arg(positions).arg(dModel),
                           table, n::indexLabels(positions), n::indexLabels(dModel), tr("position"), tr("dimension"),
                           ColorScheme::Diverging, nullptr}));
    const auto* choice = static_cast<const PositionalCurveChoice*>(input.own.get());
    const int chosen = choice ? choice->firstDimension : 1;
    const int first = std::clamp(chosen - 1, 0, std::max(dModel - 1, 0)); // the box counts from 1
    ChartData chart{"curves", tr("eⁱ[d] against the position i"), tr("position i"), tr("value"), {}, false, {}};
    QVector<double> x(positions);
    for (int p = 0; p < positions; ++p)
        x[p] = p + 1;
    for (int d = first; d < std::min(first + curves, dModel); ++d) {
        QVector<double> y(positions);
        for (int p = 0; p < positions; ++p)
            y[p] = table(p, d);
        chart.series.push_back({tr("dimension %1 (%2)").arg(d + 1).arg(d % 2 == 0 ? "sin" : "cos"), x, y});
    }
    content.plots.push_back(plotOf(std::move(chart)));
    content.explanation =
        tr("<p>The Transformer paper gives position i the vector e<sup>i</sup> with "
           "e<sup>i</sup>[2m] = sin(i / 10000<sup>2m/d</sup>) and e<sup>i</sup>[2m+1] = cos(i / "
           "10000<sup>2m/d</sup>). Early dimensions oscillate fast, later ones slowly, so every position "
           "gets a different pattern — like the digits of a clock.</p>");
    return content;
}

StepContent PositionalLesson::learned(const LessonInput& input, Cancellation& cancellation) const {
    const Trace& t = *input.trace;
    const ModelConfig& c = t.config;
    // The learned eⁱ are those of the model with learned positions: random from the seed.
    const auto learnedTrace =
        variants_.under(input.trace, withPositional(c, PositionalEncoding::Learned), cancellation);
    StepContent content;
    content.plots = {byToken(t, "sinusoidal", tr("Sinusoidal eⁱ"), sinusoidalPositions(t.tokenCount(), c.dModel)),
                     byToken(t, "learned", tr("Learned eⁱ (random from the seed)"),
                             ofTrace(learnedTrace, learnedTrace->positional))};
    content.explanation =
        tr("<p>Positional vectors can also be learned like the weights: one free vector per position. "
           "Here they are random, as before training. Which kind is best is still open (the notes: "
           "“尚待研究的问题”). This model uses: <b>%1</b>.</p>")
            .arg(n::positionalName(c.positional));
    return content;
}

StepContent PositionalLesson::added(const LessonInput& input, Cancellation& cancellation) const {
    const ModelConfig& c = input.trace->config;
    const PositionalEncoding shown = shownPositions(c);
    // The trace with the shown positions: this one, or its variant with sinusoidal positions.
    const auto withPositions = variants_.under(input.trace, withPositional(c, shown), cancellation);
    const Trace& t = *withPositions;
    StepContent content;
    content.plots = {
        byToken(t, "inputs", tr("aⁱ"), ofTrace(withPositions, t.inputs)),
        byToken(t, "positional", tr("eⁱ (%1)").arg(n::positionalName(shown)), ofTrace(withPositions, t.positional)),
        byToken(t, "x", tr("xⁱ = aⁱ + eⁱ"), ofTrace(withPositions, t.x))};
    content.sources = samePlaceInAll(3, true); // x[i][d] = a[i][d] + e[i][d]
    content.explanation = tr("<p>The positional vector is simply added: x<sup>i</sup> = a<sup>i</sup> + e<sup>i</sup>, "
                             "and everything after — q, k, v, α — is computed from x. Hover a cell: the same cell of "
                             "the others is outlined.</p>") +
                          (c.positional == PositionalEncoding::None
                               ? tr("<p>This model uses none; shown is what sinusoidal encoding would add.</p>")
                               : QString());
    return content;
}

StepContent PositionalLesson::weightsCompared(const LessonInput& input, Cancellation& cancellation) const {
    const Trace& t = *input.trace;
    const ModelConfig& c = t.config;
    const PositionalEncoding shown = shownPositions(c);
    StepContent content;
    content.plots = {
        attention(t, "weights_without", tr("α′ without positions (head 1)"),
                  variants_.firstHeadWeights(input.trace, withPositional(c, PositionalEncoding::None), cancellation)),
        attention(t, "weights_with", tr("α′ with %1 positions (head 1)").arg(n::positionalName(shown)),
                  variants_.firstHeadWeights(input.trace, withPositional(c, shown), cancellation))};
    content.explanation = tr("<p>Without positions, two equal tokens get equal rows of α′ wherever they stand. With "
                             "positions added, the same words attend differently depending on where they are.</p>");
    return content;
}

StepContent PositionalLesson::shuffledWithout(const LessonInput& input, Cancellation& cancellation) const {
    return shuffled(input, PositionalEncoding::None, cancellation);
}

StepContent PositionalLesson::shuffledWith(const LessonInput& input, Cancellation& cancellation) const {
    return shuffled(input, shownPositions(input.trace->config), cancellation);
}

std::shared_ptr<const PermutationDemo> PositionalLesson::demo(const std::shared_ptr<const Trace>& trace,
                                                              PositionalEncoding positional,
                                                              Cancellation& cancellation) const {
    cancellation.check(); // a demo is two runs of the model
    return demos_.get<PermutationDemo>(trace, std::to_string(int(positional)), [&] {
        ++demosComputed_;
        return permutationDemo(*trace, reversedOrder(trace->tokenCount()), positional);
    });
}

StepContent PositionalLesson::shuffled(const LessonInput& input, PositionalEncoding positional,
                                       Cancellation& cancellation) const {
    const Trace& t = *input.trace;
    const std::shared_ptr<const PermutationDemo> shared = demo(input.trace, positional, cancellation);
    const PermutationDemo& d = *shared;
    QStringList reversed;
    for (int i = 0; i < t.tokenCount(); ++i)
        reversed << QString("%1 %2").arg(i + 1).arg(
            QString::fromStdString(t.tokens[std::size_t(d.order[std::size_t(i)])]));
    auto rows = [&](const QString& id, const QString& title, const Matrix& m, const QStringList& labels) {
        return plotOf(HeatmapData{id, title, SharedMatrix(std::shared_ptr<const Matrix>(shared, &m)), labels,
                                  n::indexLabels(int(m.cols())), tr("token"), tr("output dimension"),
                                  ColorScheme::Diverging, nullptr});
    };
    const QString kind = positional == PositionalEncoding::None ? tr("no positions") : n::positionalName(positional);
    StepContent content;
    content.plots = {
        rows("outputs", tr("b in the original order (%1)").arg(kind), d.original, n::tokenLabels(t.tokens)),
        rows("outputs_shuffled", tr("b of the reversed tokens"), d.permuted, reversed),
        rows("difference", tr("difference, matched token by token"), d.difference, reversed)};
    content.sources = samePlaceInAll(3, false); // row i of each: the same token's outputs
    content.figures["permutationDifference"] = d.largestDifference;
    const QString largest = n::number(d.largestDifference, 3);
    content.explanation =
        positional == PositionalEncoding::None
            ? tr("<p>The tokens are fed in reverse order (masks left out). Without positional encoding "
                 "every output is the same as before, only in the reversed order: the difference is "
                 "zero everywhere (largest %1). Self-attention alone does not know where a token stands "
                 "— 天涯若比邻: far or near, it is all the same.</p>")
                  .arg(largest)
            : tr("<p>The same shuffle with %1 positional vectors: position 1 keeps e<sup>1</sup> whichever "
                 "token stands there, so the outputs change, not just their order (largest difference "
                 "%2). Now order matters.</p>")
                  .arg(kind, largest);
    return content;
}

} // namespace al
