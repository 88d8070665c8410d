#include "ui/lessons/positional_lesson.h"

#include "core/positional_encoding.h"
#include "core/variants.h"
#include "ui/notation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

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
} // namespace

PositionalLesson::PositionalLesson(QWidget* parent) : Lesson(parent) {
    auto* layout = new QVBoxLayout(this);
    dimensionRow_ = new QWidget(this);
    auto* row = new QHBoxLayout(dimensionRow_);
    row->setContentsMargins(0, 0, 0, 0);
    firstDimension_ = new QSpinBox(dimensionRow_);
    firstDimension_->setPrefix(tr("dimensions from "));
    firstDimension_->setToolTip(tr("Which dimensions of eⁱ the curves show: this one and the next three"));
    row->addWidget(new QLabel(tr("Curves:"), dimensionRow_));
    row->addWidget(firstDimension_);
    row->addStretch(1);
    layout->addWidget(dimensionRow_);
    auto* plots = new QHBoxLayout;
    for (auto& map : maps_) {
        map = new HeatmapView(this);
        plots->addWidget(map, 1);
    }
    chart_ = new ChartView(this);
    plots->addWidget(chart_, 1);
    layout->addLayout(plots, 1);
    for (int panel = 0; panel < 3; ++panel) connectHover(maps_[std::size_t(panel)], panel);
    connect(firstDimension_, &QSpinBox::valueChanged, this, [this] {
        if (trace() && step() == 0) {
            drawCurves(trace()->config.dModel);
            emit contentChanged();
        }
    });
}

QString PositionalLesson::stepTitle(int step) const {
    static const char* const titles[] = {QT_TR_NOOP("1. Sinusoidal positional vectors eⁱ"), QT_TR_NOOP("2. Or learned vectors"),
                                         QT_TR_NOOP("3. The layer sees xⁱ = aⁱ + eⁱ"), QT_TR_NOOP("4. α′ without and with positions"),
                                         QT_TR_NOOP("5. Shuffle the tokens, no positions: 天涯若比邻"), QT_TR_NOOP("6. Shuffle the tokens, with positions")};
    return tr(titles[step]);
}

QList<PlotView*> PositionalLesson::visiblePlots() const { return shownAmong({maps_[0], maps_[1], maps_[2], chart_}); }

void PositionalLesson::showPanels(int maps, bool chart) {
    for (int m = 0; m < 3; ++m) maps_[std::size_t(m)]->setHidden(m >= maps);
    chart_->setHidden(!chart);
    dimensionRow_->setHidden(!chart);
}

void PositionalLesson::drawCurves(int dModel) {
    const int first = std::clamp(firstDimension_->value() - 1, 0, std::max(dModel - 1, 0)); // the box counts from 1
    const int positions = std::max(tablePositions, trace()->tokenCount());
    const Matrix table = sinusoidalPositions(positions, dModel);
    chart_->reset("curves", tr("eⁱ[d] against the position i"), tr("position i"), tr("value"));
    QVector<double> x(positions);
    for (int p = 0; p < positions; ++p) x[p] = p + 1;
    for (int d = first; d < std::min(first + curves, dModel); ++d) {
        QVector<double> y(positions);
        for (int p = 0; p < positions; ++p) y[p] = table(p, d);
        chart_->addLine(tr("dimension %1 (%2)").arg(d + 1).arg(d % 2 == 0 ? "sin" : "cos"), x, y);
    }
    chart_->finish();
}

void PositionalLesson::refresh() {
    const std::shared_ptr<const Trace> shared = trace();
    const Trace& t = *shared;
    const ModelConfig& c = t.config;
    const QStringList tokens = n::tokenLabels(t.tokens);
    auto byToken = [&](const QString& id, const QString& title, const Matrix& m, ColorScheme scheme = ColorScheme::Diverging) {
        return HeatmapData{id, title, m, tokens, n::indexLabels(int(m.cols())), tr("token"), tr("dimension"), scheme, nullptr};
    };
    auto attention = [&](const QString& id, const QString& title, SharedMatrix m) {
        return HeatmapData{id, title, std::move(m), tokens, tokens, tr("query"), tr("key"), ColorScheme::Weights, nullptr};
    };
    firstDimension_->setRange(1, std::max(1, c.dModel));
    permutationDifference_ = 0;
    // The positions this lesson shows: the model's own, or sinusoidal when it has none.
    const PositionalEncoding shown = c.positional == PositionalEncoding::None ? PositionalEncoding::Sinusoidal : c.positional;
    const QString shownName = n::positionalName(shown);
    // The trace with the shown positions: this one, or a variant (its first head) held in
    // `variant` — never a copy of this trace.
    auto withShownPositions = [&](Trace& variant) -> const Trace& {
        if (c.positional == shown) return t;
        return variant = runVariant(t, withPositional(c, shown), ComputedHeads::FirstOnly);
    };
    switch (step()) {
    case 0: {
        showPanels(1, true);
        const int positions = std::max(tablePositions, t.tokenCount());
        maps_[0]->setData(HeatmapData{"sinusoidal_table", tr("Sinusoidal eⁱ  (%1 positions × %2)").arg(positions).arg(c.dModel),
                                      sinusoidalPositions(positions, c.dModel), n::indexLabels(positions),
                                      n::indexLabels(c.dModel), tr("position"), tr("dimension"), ColorScheme::Diverging, nullptr});
        drawCurves(c.dModel);
        explanation_ = tr("<p>The Transformer paper gives position i the vector e<sup>i</sup> with "
                          "e<sup>i</sup>[2m] = sin(i / 10000<sup>2m/d</sup>) and e<sup>i</sup>[2m+1] = cos(i / "
                          "10000<sup>2m/d</sup>). Early dimensions oscillate fast, later ones slowly, so every position "
                          "gets a different pattern — like the digits of a clock.</p>");
        break;
    }
    case 1: {
        showPanels(2, false);
        ModelConfig learned = withPositional(c, PositionalEncoding::Learned);
        const Trace learnedTrace = runVariant(t, learned, ComputedHeads::FirstOnly); // for its eⁱ
        maps_[0]->setData(byToken("sinusoidal", tr("Sinusoidal eⁱ"), sinusoidalPositions(t.tokenCount(), c.dModel)));
        maps_[1]->setData(byToken("learned", tr("Learned eⁱ (random from the seed)"), learnedTrace.positional));
        explanation_ = tr("<p>Positional vectors can also be learned like the weights: one free vector per position. "
                          "Here they are random, as before training. Which kind is best is still open (the notes: "
                          "“尚待研究的问题”). This model uses: <b>%1</b>.</p>").arg(n::positionalName(c.positional));
        break;
    }
    case 2: {
        showPanels(3, false);
        Trace variant;
        const Trace& withPositions = withShownPositions(variant);
        maps_[0]->setData(byToken("inputs", tr("aⁱ"), withPositions.inputs));
        maps_[1]->setData(byToken("positional", tr("eⁱ (%1)").arg(shownName), withPositions.positional));
        maps_[2]->setData(byToken("x", tr("xⁱ = aⁱ + eⁱ"), withPositions.x));
        explanation_ = tr("<p>The positional vector is simply added: x<sup>i</sup> = a<sup>i</sup> + e<sup>i</sup>, "
                          "and everything after — q, k, v, α — is computed from x. Hover a cell: the same cell of "
                          "the others is outlined.</p>") +
                       (c.positional == PositionalEncoding::None
                            ? tr("<p>This model uses none; shown is what sinusoidal encoding would add.</p>")
                            : QString());
        break;
    }
    case 3: {
        showPanels(2, false);
        maps_[0]->setData(attention("weights_without", tr("α′ without positions (head 1)"),
                                    firstHeadWeightsUnder(withPositional(c, PositionalEncoding::None))));
        maps_[1]->setData(attention("weights_with", tr("α′ with %1 positions (head 1)").arg(shownName),
                                    firstHeadWeightsUnder(withPositional(c, shown))));
        explanation_ = tr("<p>Without positions, two equal tokens get equal rows of α′ wherever they stand. With "
                          "positions added, the same words attend differently depending on where they are.</p>");
        break;
    }
    case 4:
        showPermutation(PositionalEncoding::None);
        break;
    default:
        showPermutation(shown);
        break;
    }
    for (HeatmapView* map : maps_) map->setHighlight(-1, -1);
}

void PositionalLesson::showPermutation(PositionalEncoding positional) {
    const Trace& t = *trace();
    showPanels(3, false);
    const PermutationDemo demo = permutationDemo(t, reversedOrder(t.tokenCount()), positional);
    permutationDifference_ = demo.largestDifference;
    QStringList original = n::tokenLabels(t.tokens), reversed;
    for (int i = 0; i < t.tokenCount(); ++i)
        reversed << QString("%1 %2").arg(i + 1).arg(QString::fromStdString(t.tokens[std::size_t(demo.order[std::size_t(i)])]));
    auto rows = [&](const QString& id, const QString& title, const Matrix& m, const QStringList& labels) {
        return HeatmapData{id, title, m, labels, n::indexLabels(int(m.cols())), tr("token"), tr("output dimension"),
                           ColorScheme::Diverging, nullptr};
    };
    const QString kind = positional == PositionalEncoding::None ? tr("no positions") : n::positionalName(positional);
    maps_[0]->setData(rows("outputs", tr("b in the original order (%1)").arg(kind), demo.original, original));
    maps_[1]->setData(rows("outputs_shuffled", tr("b of the reversed tokens"), demo.permuted, reversed));
    maps_[2]->setData(rows("difference", tr("difference, matched token by token"), demo.difference, reversed));
    const QString largest = n::number(demo.largestDifference, 3);
    explanation_ = positional == PositionalEncoding::None
                       ? tr("<p>The tokens are fed in reverse order (masks left out). Without positional encoding "
                            "every output is the same as before, only in the reversed order: the difference is "
                            "zero everywhere (largest %1). Self-attention alone does not know where a token stands "
                            "— 天涯若比邻: far or near, it is all the same.</p>").arg(largest)
                       : tr("<p>The same shuffle with %1 positional vectors: position 1 keeps e<sup>1</sup> whichever "
                            "token stands there, so the outputs change, not just their order (largest difference "
                            "%2). Now order matters.</p>").arg(kind, largest);
}

void PositionalLesson::showSources(int, int row, int column) {
    if (step() == 2 || step() >= 4)
        for (HeatmapView* map : maps_)
            if (!map->isHidden()) map->setSourceHighlight(row, step() == 2 ? column : -1);
}

} // namespace al
