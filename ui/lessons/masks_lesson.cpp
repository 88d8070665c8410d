#include "ui/lessons/masks_lesson.h"

#include "core/attention/attention_cost.h"
#include "ui/lessons/mask_controls.h"
#include "ui/mask_notice.h"
#include "ui/notation.h"

#include <algorithm>
#include <cmath>

namespace al {

namespace n = notation;

namespace {
constexpr int costSizes[] = {16, 32, 64, 128, 256, 512, 1024, 2048, 4096}; // N on the cost chart
constexpr int defaultCostWindow = 8; // the window radius on the cost chart when no window is set

// The masks the step reads: the composer's (the document's), none without controls.
const std::vector<MaskSpec>& masksOf(const LessonInput& input) {
    static const std::vector<MaskSpec> none;
    const auto* masks = static_cast<const std::vector<MaskSpec>*>(input.own.get());
    return masks ? *masks : none;
}

bool hasWindow(const std::vector<MaskSpec>& masks) {
    return std::any_of(masks.begin(), masks.end(),
                       [](const MaskSpec& m) { return std::holds_alternative<WindowMask>(m); });
}

// The radius of the sample's window mask, if it has one, else the default.
int costWindow(const std::vector<MaskSpec>& masks) {
    for (const MaskSpec& mask : masks)
        if (const auto* window = std::get_if<WindowMask>(&mask)) return window->radius;
    return defaultCostWindow;
}

template <typename Data> PlotContent plotOf(Data data) {
    PlotContent plot;
    plot.data = std::move(data);
    return plot;
}

// The queries, those that may attend to no key marked ✕.
QStringList queryLabels(const Trace& t) {
    QStringList queries = n::tokenLabels(t.tokens);
    for (int q : t.fullyMaskedQueries)
        queries[q] += MasksLesson::tr(" ✕ fully masked");
    return queries;
}

// M (N × N) as numbers; a click on a cell switches the pair (MaskControls::cellClicked).
PlotContent maskMap(const LessonInput& input) {
    const std::shared_ptr<const Trace>& shared = input.trace;
    HeatmapData mask{"mask",
                     MasksLesson::tr("Mask M (1: may attend)"),
                     SharedMatrix::ofMask(ofTrace(shared, shared->mask)),
                     queryLabels(*shared),
                     n::tokenLabels(shared->tokens),
                     MasksLesson::tr("query"),
                     MasksLesson::tr("key"),
                     ColorScheme::Sequential,
                     nullptr};
    mask.describe = [shared, masks = masksOf(input)](int row, int column, double value) {
        const QString forbidding = forbiddingMasks(masks, row, column, shared->tokenCount());
        return (value != 0 ? MasksLesson::tr("%1 may attend to %2") : MasksLesson::tr("%1 may not attend to %2"))
                   .arg(n::tokenLabel(shared->tokens, row), n::tokenLabel(shared->tokens, column)) +
               (forbidding.isEmpty()
                    ? MasksLesson::tr("<br>click to switch this pair off or on")
                    : MasksLesson::tr("<br>forbidden by %1: switch that mask off at the left to change this pair")
                          .arg(forbidding.toHtmlEscaped()));
    };
    return plotOf(std::move(mask));
}

// The trace's scores, read through M: masked entries are NaN, drawn as −∞.
PlotContent maskedScores(const LessonInput& input) {
    const std::shared_ptr<const Trace>& shared = input.trace;
    HeatmapData scores{
        "masked_scores",
        MasksLesson::tr("Scores α, masked = −∞"),
        ofAttention(shared->attention(0), shared->attention(0)->scores).maskedBy(ofTrace(shared, shared->mask)),
        queryLabels(*shared),
        n::tokenLabels(shared->tokens),
        MasksLesson::tr("query"),
        MasksLesson::tr("key"),
        ColorScheme::Diverging,
        nullptr};
    scores.describe = [](int row, int column, double value) {
        if (std::isnan(value)) return MasksLesson::tr("%1 = −∞: masked").arg(n::sub("α", row, column));
        return MasksLesson::tr("%1 = %2").arg(n::sub("α", row, column), n::number(value, 4));
    };
    return plotOf(std::move(scores));
}

PlotContent weightsMap(const LessonInput& input) {
    const std::shared_ptr<const Trace>& shared = input.trace;
    HeatmapData weights{"weights",
                        MasksLesson::tr("Weights α′, renormalised"),
                        ofAttention(shared->attention(0), shared->attention(0)->weights),
                        queryLabels(*shared),
                        n::tokenLabels(shared->tokens),
                        MasksLesson::tr("query"),
                        MasksLesson::tr("key"),
                        ColorScheme::Weights,
                        nullptr};
    weights.describe = [shared](int row, int column, double value) {
        return MasksLesson::tr("%1 = %2: how much %3 attends to %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), n::tokenLabel(shared->tokens, row),
                 n::tokenLabel(shared->tokens, column));
    };
    return plotOf(std::move(weights));
}

// The paragraph for queries left with no key at all; "" when there are none.
QString fullyMaskedNote(const Trace& t) {
    if (t.fullyMaskedQueries.empty()) return {};
    return MasksLesson::tr("<p><b>%n query(s) may attend to no key at all</b> (marked ✕): their α′ row is 0 "
                           "and their output b is the zero vector — never NaN.</p>",
                           nullptr, int(t.fullyMaskedQueries.size()));
}

// Hovering a cell outlines the same query–key pair in every map of the step.
std::function<std::vector<SourceCell>(int, int, int)> samePairInEvery(int maps) {
    return [maps](int, int row, int column) {
        std::vector<SourceCell> cells;
        for (int plot = 0; plot < maps; ++plot)
            cells.push_back({plot, row, column});
        return cells;
    };
}

// Query–key pairs against N (log scale): full, causal and a window of `radius`.
ChartData costChart(int radius) {
    ChartData chart{"cost",
                    MasksLesson::tr("Query–key pairs computed"),
                    MasksLesson::tr("sequence length N"),
                    MasksLesson::tr("pairs (log scale)"),
                    {},
                    true,
                    {}};
    auto line = [](const QString& name) {
        ChartSeries series;
        series.name = name;
        series.kind = ChartSeries::Kind::LineWithMarkers;
        return series;
    };
    ChartSeries full = line(MasksLesson::tr("full: N²")), causal = line(MasksLesson::tr("causal: N(N+1)/2")),
                window = line(MasksLesson::tr("window, radius %1").arg(radius));
    for (int k = 0; k < int(std::size(costSizes)); ++k) {
        const int size = costSizes[k];
        for (ChartSeries* series : {&full, &causal, &window})
            series->x << k + 1;
        chart.xTickLabels << QString::number(size);
        full.y << double(fullAttentionPairs(size));
        causal.y << double(causalAttentionPairs(size));
        window.y << double(windowAttentionPairs(size, radius));
    }
    chart.series = {std::move(full), std::move(causal), std::move(window)};
    return chart;
}
} // namespace

LessonControls* MasksLesson::createControls(AttentionDocument& document) const {
    return new MaskControls(document);
}

StepContent MasksLesson::compose(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const int count = t.tokenCount();
    const auto allowed =
        std::count_if(t.mask.data(), t.mask.data() + t.mask.size(), [](std::uint8_t m) { return m != 0; });
    StepContent content;
    content.plots = {maskMap(input), weightsMap(input)};
    content.sources = samePairInEvery(2);
    content.explanation = tr("<p>A mask M says which keys each query may attend to: M<sub>i,j</sub> = 1 allows the "
                             "pair. Switch masks on at the left — causal (a decoder may not look ahead), padding (keys "
                             "beyond the valid length are filler), window (truncated self-attention for long speech), "
                             "graph (attend along the edges only). Click cells of M to switch single pairs. All are "
                             "AND-ed: %1 of %2 pairs are allowed.</p>")
                              .arg(allowed)
                              .arg(count * count) +
                          fullyMaskedNote(t);
    return content;
}

StepContent MasksLesson::maskedSoftmax(const LessonInput& input, Cancellation&) const {
    StepContent content;
    content.plots = {maskMap(input), maskedScores(input), weightsMap(input)};
    content.sources = samePairInEvery(3);
    content.explanation = tr("<p>A masked score is set to −∞ before softmax (grey cells), so e<sup>−∞</sup> = 0 and "
                             "the softmax renormalises over the allowed keys only: every row of α′ still sums to 1. "
                             "Back in step 1 the mask can be changed.</p>") +
                          fullyMaskedNote(*input.trace);
    return content;
}

StepContent MasksLesson::cost(const LessonInput& input, Cancellation&) const {
    const int count = input.trace->tokenCount();
    const std::vector<MaskSpec>& masks = masksOf(input);
    const int radius = costWindow(masks);
    StepContent content;
    content.plots = {plotOf(costChart(radius))};
    content.explanation =
        tr("<p>Full attention computes N² query–key pairs: doubling the sequence quadruples the work, "
           "which is why long speech is costly. A window of radius w computes about N(2w + 1), growing "
           "only linearly; causal attention halves N². For this sample (N = %1): full %2, causal %3, "
           "window of radius %4: %5 pairs.</p>")
            .arg(count)
            .arg(fullAttentionPairs(count))
            .arg(causalAttentionPairs(count))
            .arg(radius)
            .arg(windowAttentionPairs(count, radius)) +
        (hasWindow(masks) ? QString()
                          : tr("<p>No window mask is on: the chart and the numbers take radius %1 for "
                               "comparison.</p>")
                                .arg(radius));
    return content;
}

} // namespace al
