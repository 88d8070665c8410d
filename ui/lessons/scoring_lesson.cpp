#include "ui/lessons/scoring_lesson.h"

#include "core/dot_product_statistics.h"
#include "ui/notation.h"

#include "ui/widgets/plot_grid_layout.h"

#include <cmath>

namespace al {

namespace n = notation;

namespace {
constexpr int demoSamples = 4000;     // dot products per d_k in the histograms
constexpr int saturationKeys = 10;    // scores in the softmax row of the last step
constexpr std::uint64_t demoSeed = 2017;
} // namespace

ScoringLesson::ScoringLesson(QWidget* parent) : Lesson(parent) {
    auto* layout = new PlotGridLayout(this); // each plot the room its matrix's shape asks for
    for (auto& map : maps_) {
        map = new HeatmapView(this);
        layout->addWidget(map);
    }
    for (auto& chart : charts_) {
        chart = new ChartView(this);
        layout->addWidget(chart);
    }
    for (int panel = 0; panel < 3; ++panel) connectHover(maps_[std::size_t(panel)], panel);
    connectQueryClicks(maps_[0], true);
}

QString ScoringLesson::stepTitle(int step) const {
    static const char* const titles[] = {QT_TR_NOOP("1. Dot, scaled dot and additive scores"), QT_TR_NOOP("2. Softmax or ReLU"),
                                         QT_TR_NOOP("3. Temperature τ"), QT_TR_NOOP("4. Why √d_k: q·k spreads with d_k"),
                                         QT_TR_NOOP("5. Why √d_k: softmax saturates")};
    return tr(titles[step]);
}

QList<PlotView*> ScoringLesson::visiblePlots() const {
    return shownAmong({maps_[0], maps_[1], maps_[2], charts_[0], charts_[1]});
}

void ScoringLesson::showPanels(int maps, int charts) {
    for (int m = 0; m < 3; ++m) maps_[std::size_t(m)]->setHidden(m >= maps);
    for (int c = 0; c < 2; ++c) charts_[std::size_t(c)]->setHidden(c >= charts);
}

void ScoringLesson::refresh() {
    const std::shared_ptr<const Trace> shared = trace();
    const Trace& t = *shared;
    const ModelConfig& c = t.config;
    const QStringList tokens = n::tokenLabels(t.tokens);
    auto weightsOf = [&](const QString& id, const QString& title, const ModelConfig& config) {
        return HeatmapData{id, title, firstHeadWeightsUnder(config), tokens, tokens, tr("query"), tr("key"),
                           ColorScheme::Weights, nullptr};
    };
    auto with = [&](auto change) {
        ModelConfig changed = c;
        change(changed);
        return changed;
    };
    switch (step()) {
    case 0:
        showPanels(3, 0);
        showOnOneScale({weightsOf("weights_dot", tr("α′ from q·k"), with([](ModelConfig& m) { m.scoring = Scoring::Dot; })),
                        weightsOf("weights_scaled_dot", tr("α′ from q·k / √d_k"),
                                  with([](ModelConfig& m) { m.scoring = Scoring::ScaledDot; })),
                        weightsOf("weights_additive", tr("α′ from w·tanh(q + k)"),
                                  with([](ModelConfig& m) { m.scoring = Scoring::Additive; }))});
        explanation_ = tr("<p>The lecture's two attention modules. <b>Dot product</b>: α = q·k. <b>Scaled dot "
                          "product</b> (the Transformer's): α = q·k / √d<sub>k</sub>, here / √%1 — the same ranking, "
                          "softer weights. <b>Additive</b>: q and k are added, passed through tanh and weighted by a "
                          "learned w: α = w·tanh(q + k). Same input, same W<sup>q</sup> and W<sup>k</sup>.</p>").arg(c.dK);
        break;
    case 1:
        showPanels(2, 0);
        maps_[0]->setData(weightsOf("weights_softmax", tr("α′ = softmax(α)"),
                                    with([](ModelConfig& m) { m.normalization = Normalization::Softmax; })));
        maps_[1]->setData(weightsOf("weights_relu", tr("α′ = ReLU(α) = max(0, α)"),
                                    with([](ModelConfig& m) { m.normalization = Normalization::Relu; })));
        explanation_ = tr("<p>Softmax makes every row positive and sum to 1. The lecture notes that other "
                          "activations work too, such as ReLU: negative scores become 0 and the rest pass unchanged, "
                          "so a row need not sum to 1.</p>");
        break;
    case 2: {
        showPanels(3, 0);
        // A sharp and a flat reference either side of the model's own τ, which the slider sets.
        const double temperatures[] = {0.25, c.temperature, 4.0};
        std::vector<HeatmapData> weights;
        for (int k = 0; k < 3; ++k) {
            const double tau = temperatures[k];
            const QString title = k == 1 ? tr("α′ at the model's τ = %1").arg(n::number(tau)) : tr("α′ at τ = %1").arg(tau);
            weights.push_back(weightsOf(QString("weights_tau_%1").arg(k + 1), title,
                                        with([tau](ModelConfig& m) { m.temperature = tau; })));
        }
        showOnOneScale(std::move(weights));
        explanation_ = tr("<p>The temperature divides every score: α ← α / τ. Below 1 it sharpens the weights "
                          "towards the largest score (left), above 1 it evens them out (right). The middle map is "
                          "the model's own τ = %1: drag the slider under Model and watch it move between the "
                          "two.</p>").arg(n::number(c.temperature));
        break;
    }
    case 3:
        showPanels(0, 2);
        drawDotProductSpread();
        explanation_ = tr("<p>Take q and k with random entries of mean 0 and variance 1. Then q·k is a sum of "
                          "d<sub>k</sub> such products: its variance is d<sub>k</sub>, so its spread grows like "
                          "√d<sub>k</sub> (left). Dividing by √d<sub>k</sub> gives every d<sub>k</sub> the same spread "
                          "(right).</p>");
        break;
    default:
        showPanels(0, 2);
        drawSaturation();
        explanation_ = tr("<p>Why it matters: with d<sub>k</sub> = %1 the unscaled scores are tens apart, and softmax "
                          "puts nearly all the weight on one key (left) — a near one-hot row, whose gradients "
                          "vanish in training. Scaled by 1/√d<sub>k</sub> = 1/%2 the same scores give a spread of "
                          "weights (right).</p>").arg(demoDimensions[3]).arg(int(std::sqrt(double(demoDimensions[3]))));
        break;
    }
    for (HeatmapView* map : maps_) map->setHighlight(-1, -1);
}

void ScoringLesson::showOnOneScale(std::vector<HeatmapData> weights) {
    std::vector<HeatmapData*> compared;
    for (HeatmapData& data : weights) compared.push_back(&data);
    shareColorRange(compared); // the maps are compared side by side: one colour scale
    for (std::size_t k = 0; k < weights.size(); ++k) maps_[k]->setData(std::move(weights[k]));
}

void ScoringLesson::drawDotProductSpread() {
    const double range = 3.5 * std::sqrt(double(demoDimensions[3]));
    charts_[0]->reset("dot_products", tr("q·k of random q, k"), tr("q·k"), tr("count"));
    charts_[1]->reset("dot_products_scaled", tr("q·k / √d_k"), tr("q·k / √d_k"), tr("count"));
    for (int dK : demoDimensions) {
        const RowVector products = randomDotProducts(dK, demoSamples, demoSeed);
        QVector<double> raw(products.data(), products.data() + products.size()), scaled;
        for (double p : raw) scaled << p / std::sqrt(double(dK));
        const auto [rawX, rawY] = histogram(raw, -range, range, 60);
        const auto [scaledX, scaledY] = histogram(scaled, -4, 4, 40);
        charts_[0]->addLine(tr("d_k = %1").arg(dK), rawX, rawY);
        charts_[1]->addLine(tr("d_k = %1").arg(dK), scaledX, scaledY);
    }
    charts_[0]->finish();
    charts_[1]->finish();
}

void ScoringLesson::drawSaturation() {
    const int dK = demoDimensions[3];
    const RowVector scores = randomDotProducts(dK, saturationKeys, demoSeed + 1);
    const RowVector unscaled = softmax(scores), scaled = softmax(scores / std::sqrt(double(dK)));
    QVector<double> keys, a, b;
    for (int j = 0; j < saturationKeys; ++j) {
        keys << j + 1;
        a << unscaled(j);
        b << scaled(j);
    }
    charts_[0]->reset("softmax_unscaled", tr("softmax(q·k), d_k = %1").arg(dK), tr("key"), tr("α′"));
    charts_[0]->addBars(tr("weights"), keys, a, 0.7);
    charts_[0]->finish();
    charts_[1]->reset("softmax_scaled", tr("softmax(q·k / √d_k), d_k = %1").arg(dK), tr("key"), tr("α′"));
    charts_[1]->addBars(tr("weights"), keys, b, 0.7);
    charts_[1]->finish();
}

void ScoringLesson::showSources(int, int row, int column) {
    if (step() <= 2)
        for (HeatmapView* map : maps_)
            if (!map->isHidden()) map->setSourceHighlight(row, column);
}

} // namespace al
