#include "ui/lessons/scoring_lesson.h"

#include "core/attention/dot_product_statistics.h"
#include "ui/notation.h"
#include "ui/widgets/chart_view.h" // histogram()

#include <cmath>

namespace al {

namespace n = notation;

namespace {
constexpr int demoSamples = 4000;  // dot products per d_k in the histograms
constexpr int saturationKeys = 10; // scores in the softmax row of the last step
constexpr std::uint64_t demoSeed = 2017;

// A plot of `data`, with no outline and no clicks.
template <typename Data> PlotContent plotOf(Data data) {
    PlotContent plot;
    plot.data = std::move(data);
    return plot;
}

// The maps side by side, on one colour scale: a click on a row of the first follows that
// query, hovering a cell outlines the same cell in all.
StepContent compared(std::vector<HeatmapData> weights, bool oneScale) {
    if (oneScale) {
        std::vector<HeatmapData*> shown;
        for (HeatmapData& data : weights)
            shown.push_back(&data);
        shareColorRange(shown); // the maps are compared side by side: one colour scale
    }
    StepContent content;
    for (HeatmapData& data : weights)
        content.plots.push_back(plotOf(std::move(data)));
    content.plots[0].clicks = PlotContent::Clicks::RowIsQuery;
    const int plots = int(content.plots.size());
    content.sources = [plots](int, int row, int column) {
        std::vector<SourceCell> cells;
        for (int p = 0; p < plots; ++p)
            cells.push_back({p, row, column});
        return cells;
    };
    return content;
}
} // namespace

HeatmapData ScoringLesson::weightsUnder(const LessonInput& input, const QString& id, const QString& title,
                                        const std::function<void(ModelConfig&)>& change,
                                        Cancellation& cancellation) const {
    ModelConfig config = input.trace->config;
    change(config);
    const QStringList tokens = n::tokenLabels(input.trace->tokens);
    return attentionWeightsMap(id, title, variants_.firstHeadWeights(input.trace, config, cancellation), tokens,
                               tokens);
}

StepContent ScoringLesson::scorings(const LessonInput& input, Cancellation& cancellation) const {
    std::vector<HeatmapData> weights;
    weights.push_back(weightsUnder(
        input, "weights_dot", tr("α′ from q·k"), [](ModelConfig& m) { m.scoring = Scoring::Dot; }, cancellation));
    weights.push_back(weightsUnder(
        input, "weights_scaled_dot", tr("α′ from q·k / √d_k"), [](ModelConfig& m) { m.scoring = Scoring::ScaledDot; },
        cancellation));
    weights.push_back(weightsUnder(
        input, "weights_additive", tr("α′ from w·tanh(q + k)"), [](ModelConfig& m) { m.scoring = Scoring::Additive; },
        cancellation));
    StepContent content = compared(std::move(weights), true);
    content.explanation =
        tr("<p>The lecture's two attention modules. <b>Dot product</b>: α = q·k. <b>Scaled dot "
           "product</b> (the Transformer's): α = q·k / √d<sub>k</sub>, here / √%1 — the same ranking, "
           "softer weights. <b>Additive</b>: q and k are added, passed through tanh and weighted by a "
           "learned w: α = w·tanh(q + k). Same input, same W<sup>q</sup> and W<sup>k</sup>.</p>")
            .arg(input.trace->config.dK);
    return content;
}

StepContent ScoringLesson::normalizations(const LessonInput& input, Cancellation& cancellation) const {
    std::vector<HeatmapData> weights;
    weights.push_back(weightsUnder(
        input, "weights_softmax", tr("α′ = softmax(α)"),
        [](ModelConfig& m) { m.normalization = Normalization::Softmax; }, cancellation));
    weights.push_back(weightsUnder(
        input, "weights_relu", tr("α′ = ReLU(α) = max(0, α)"),
        [](ModelConfig& m) { m.normalization = Normalization::Relu; }, cancellation));
    StepContent content = compared(std::move(weights), false); // ReLU's weights are not within 0 … 1
    content.explanation =
        tr("<p>Softmax makes every row positive and sum to 1. The lecture notes that other "
           "activations work too, such as ReLU: negative scores become 0 and the rest pass unchanged, "
           "so a row need not sum to 1.</p>");
    return content;
}

StepContent ScoringLesson::temperatures(const LessonInput& input, Cancellation& cancellation) const {
    const double own = input.trace->config.temperature;
    // A sharp and a flat reference either side of the model's own τ, which the slider sets.
    const double taus[] = {0.25, own, 4.0};
    std::vector<HeatmapData> weights;
    for (int k = 0; k < 3; ++k) {
        const double tau = taus[k];
        const QString title = k == 1 ? tr("α′ at the model's τ = %1").arg(n::number(tau)) : tr("α′ at τ = %1").arg(tau);
        weights.push_back(weightsUnder(
            input, QString("weights_tau_%1").arg(k + 1), title, [tau](ModelConfig& m) { m.temperature = tau; },
            cancellation));
    }
    StepContent content = compared(std::move(weights), true);
    content.explanation = tr("<p>The temperature divides every score: α ← α / τ. Below 1 it sharpens the weights "
                             "towards the largest score (left), above 1 it evens them out (right). The middle map is "
                             "the model's own τ = %1: drag the slider under Model and watch it move between the "
                             "two.</p>")
                              .arg(n::number(own));
    return content;
}

StepContent ScoringLesson::dotProductSpread(const LessonInput&, Cancellation& cancellation) const {
    const double range = 3.5 * std::sqrt(double(demoDimensions[3]));
    ChartData raw{"dot_products", tr("q·k of random q, k"), tr("q·k"), tr("count"), {}, false, {}};
    ChartData scaled{"dot_products_scaled", tr("q·k / √d_k"), tr("q·k / √d_k"), tr("count"), {}, false, {}};
    for (int dK : demoDimensions) {
        cancellation.check();
        const RowVector products = randomDotProducts(dK, demoSamples, demoSeed);
        QVector<double> rawProducts(products.data(), products.data() + products.size()), scaledProducts;
        for (double p : rawProducts)
            scaledProducts << p / std::sqrt(double(dK));
        const auto [rawX, rawY] = histogram(rawProducts, -range, range, 60);
        const auto [scaledX, scaledY] = histogram(scaledProducts, -4, 4, 40);
        raw.series.push_back({tr("d_k = %1").arg(dK), rawX, rawY});
        scaled.series.push_back({tr("d_k = %1").arg(dK), scaledX, scaledY});
    }
    StepContent content;
    content.plots = {plotOf(std::move(raw)), plotOf(std::move(scaled))};
    content.explanation =
        tr("<p>Take q and k with random entries of mean 0 and variance 1. Then q·k is a sum of "
           "d<sub>k</sub> such products: its variance is d<sub>k</sub>, so its spread grows like "
           "√d<sub>k</sub> (left). Dividing by √d<sub>k</sub> gives every d<sub>k</sub> the same spread "
           "(right).</p>");
    return content;
}

StepContent ScoringLesson::saturation(const LessonInput&, Cancellation&) const {
    const int dK = demoDimensions[3];
    const RowVector scores = randomDotProducts(dK, saturationKeys, demoSeed + 1);
    const RowVector unscaled = softmax(scores), scaled = softmax(scores / std::sqrt(double(dK)));
    QVector<double> keys, a, b;
    for (int j = 0; j < saturationKeys; ++j) {
        keys << j + 1;
        a << unscaled(j);
        b << scaled(j);
    }
    auto bars = [&](const QString& id, const QString& title, const QVector<double>& weights) {
        return ChartData{
            id, title, tr("key"), tr("α′"), {{tr("weights"), keys, weights, ChartSeries::Kind::Bars, 0.7}}, false, {}};
    };
    StepContent content;
    content.plots = {plotOf(bars("softmax_unscaled", tr("softmax(q·k), d_k = %1").arg(dK), a)),
                     plotOf(bars("softmax_scaled", tr("softmax(q·k / √d_k), d_k = %1").arg(dK), b))};
    content.explanation =
        tr("<p>Why it matters: with d<sub>k</sub> = %1 the unscaled scores are tens apart, and softmax "
           "puts nearly all the weight on one key (left) — a near one-hot row, whose gradients "
           "vanish in training. Scaled by 1/√d<sub>k</sub> = 1/%2 the same scores give a spread of "
           "weights (right).</p>")
            .arg(demoDimensions[3])
            .arg(int(std::sqrt(double(demoDimensions[3]))));
    return content;
}

} // namespace al
