#include "ui/lessons/masks_lesson.h"

#include "core/attention_cost.h"
#include "ui/attention_document.h"
#include "ui/mask_notice.h"
#include "ui/notation.h"
#include "ui/widgets/mask_composer.h"
#include "ui/widgets/plot_grid_layout.h"

#include <QCursor>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace al {

namespace n = notation;

namespace {
constexpr int costSizes[] = {16, 32, 64, 128, 256, 512, 1024, 2048, 4096}; // N on the cost chart
constexpr int defaultCostWindow = 8; // the window radius on the cost chart when no window is set

bool hasWindow(const std::vector<MaskSpec>& masks) {
    return std::any_of(masks.begin(), masks.end(), [](const MaskSpec& m) { return std::holds_alternative<WindowMask>(m); });
}

// The radius of the sample's window mask, if it has one, else the default.
int costWindow(const std::vector<MaskSpec>& masks) {
    for (const MaskSpec& mask : masks)
        if (const auto* window = std::get_if<WindowMask>(&mask)) return window->radius;
    return defaultCostWindow;
}
} // namespace

MasksLesson::MasksLesson(AttentionDocument& document, QWidget* parent) : Lesson(parent), document_(document) {
    auto* layout = new PlotGridLayout(this);
    composer_ = new MaskComposer(this);
    composer_->setMaximumWidth(320);
    layout->addWidget(composer_);
    for (auto& map : maps_) {
        map = new HeatmapView(this);
        layout->addWidget(map);
    }
    chart_ = new ChartView(this);
    layout->addWidget(chart_);
    for (int panel = 0; panel < 3; ++panel) connectHover(maps_[std::size_t(panel)], panel);
    connect(composer_, &MaskComposer::masksChanged, this, [this](const std::vector<MaskSpec>& masks) {
        if (const QString refusal = document_.setMasks(masks); !refusal.isEmpty()) refresh();
    });
    // Clicking a cell of M switches that one query–key pair off or on; a pair another mask
    // forbids stays as it is, and the click says which mask that is.
    connect(maps_[0], &HeatmapView::cellClicked, this, [this](int query, int key) {
        if (const QString refusal = composer_->toggleCell(query, key); !refusal.isEmpty())
            QToolTip::showText(QCursor::pos(), refusal, maps_[0]);
    });
}

QString MasksLesson::stepTitle(int step) const {
    static const char* const titles[] = {QT_TR_NOOP("1. Compose the mask M"), QT_TR_NOOP("2. Masked scores are −∞, then softmax"),
                                         QT_TR_NOOP("3. What attention costs")};
    return tr(titles[step]);
}

QList<PlotView*> MasksLesson::visiblePlots() const { return shownAmong({maps_[0], maps_[1], maps_[2], chart_}); }

void MasksLesson::showPanels(int maps, bool chart) {
    for (int m = 0; m < 3; ++m) maps_[std::size_t(m)]->setHidden(m >= maps);
    chart_->setHidden(!chart);
    composer_->setHidden(step() != 0); // composing is step 1; the others need the width
}

void MasksLesson::refresh() {
    const std::shared_ptr<const Trace> shared = trace();
    const Trace& t = *shared;
    const int count = t.tokenCount();
    const std::shared_ptr<const HeadAttention> firstHead = t.attention(0);
    QStringList queries = n::tokenLabels(t.tokens);
    const QStringList keys = queries;
    for (int q : t.fullyMaskedQueries) queries[q] += tr(" ✕ fully masked");
    composer_->showMasks(document_.sample().model.masks, keys);

    auto maskMap = [&] { // the steps that show M (N × N, drawn as a mask)
        HeatmapData mask{"mask", tr("Mask M (1: may attend)"), SharedMatrix::ofMask(ofTrace(t.mask)), queries, keys, tr("query"),
                         tr("key"), ColorScheme::Mask, nullptr};
        mask.describe = [shared, masks = document_.sample().model.masks](int row, int column, double value) {
            const QString forbidding = forbiddingMasks(masks, row, column, shared->tokenCount());
            return (value != 0 ? tr("%1 may attend to %2") : tr("%1 may not attend to %2"))
                       .arg(n::tokenLabel(shared->tokens, row), n::tokenLabel(shared->tokens, column)) +
                   (forbidding.isEmpty() ? tr("<br>click to switch this pair off or on")
                                         : tr("<br>forbidden by %1: switch that mask off at the left to change this pair")
                                               .arg(forbidding.toHtmlEscaped()));
        };
        return mask;
    };
    auto maskedScores = [&] { // the trace's scores, read through M: masked entries are NaN, drawn as −∞
        HeatmapData scores{"masked_scores", tr("Scores α, masked = −∞"), ofAttention(firstHead, firstHead->scores).maskedBy(ofTrace(t.mask)),
                           queries, keys, tr("query"),
                           tr("key"), ColorScheme::Diverging, nullptr};
        scores.describe = [shared](int row, int column, double value) {
            if (std::isnan(value)) return tr("%1 = −∞: masked").arg(n::sub("α", row, column));
            return tr("%1 = %2").arg(n::sub("α", row, column), n::number(value, 4));
        };
        return scores;
    };
    HeatmapData weights{"weights", tr("Weights α′, renormalised"), ofAttention(firstHead, firstHead->weights), queries, keys, tr("query"),
                        tr("key"), ColorScheme::Weights, nullptr};
    weights.describe = [shared](int row, int column, double value) {
        return tr("%1 = %2: how much %3 attends to %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), n::tokenLabel(shared->tokens, row),
                 n::tokenLabel(shared->tokens, column));
    };
    const auto allowed = std::count_if(t.mask.data(), t.mask.data() + t.mask.size(), [](std::uint8_t m) { return m != 0; });
    const QString fully = t.fullyMaskedQueries.empty()
                              ? QString()
                              : tr("<p><b>%n query(s) may attend to no key at all</b> (marked ✕): their α′ row is 0 "
                                   "and their output b is the zero vector — never NaN.</p>", nullptr,
                                   int(t.fullyMaskedQueries.size()));
    switch (step()) {
    case 0:
        showPanels(2, false);
        maps_[0]->setData(maskMap());
        maps_[1]->setData(weights);
        explanation_ = tr("<p>A mask M says which keys each query may attend to: M<sub>i,j</sub> = 1 allows the "
                          "pair. Switch masks on at the left — causal (a decoder may not look ahead), padding (keys "
                          "beyond the valid length are filler), window (truncated self-attention for long speech), "
                          "graph (attend along the edges only). Click cells of M to switch single pairs. All are "
                          "AND-ed: %1 of %2 pairs are allowed.</p>").arg(allowed).arg(count * count) + fully;
        break;
    case 1:
        showPanels(3, false);
        maps_[0]->setData(maskMap());
        maps_[1]->setData(maskedScores());
        maps_[2]->setData(weights);
        explanation_ = tr("<p>A masked score is set to −∞ before softmax (grey cells), so e<sup>−∞</sup> = 0 and "
                          "the softmax renormalises over the allowed keys only: every row of α′ still sums to 1. "
                          "Back in step 1 the mask can be changed.</p>") + fully;
        break;
    default: {
        showPanels(0, true);
        const int radius = costWindow(document_.sample().model.masks);
        drawCost(radius);
        explanation_ = tr("<p>Full attention computes N² query–key pairs: doubling the sequence quadruples the work, "
                          "which is why long speech is costly. A window of radius w computes about N(2w + 1), growing "
                          "only linearly; causal attention halves N². For this sample (N = %1): full %2, causal %3, "
                          "window of radius %4: %5 pairs.</p>")
                           .arg(count).arg(fullAttentionPairs(count)).arg(causalAttentionPairs(count)).arg(radius)
                           .arg(windowAttentionPairs(count, radius)) +
                       (hasWindow(document_.sample().model.masks)
                            ? QString()
                            : tr("<p>No window mask is on: the chart and the numbers take radius %1 for comparison.</p>")
                                  .arg(radius));
        break;
    }
    }
    for (HeatmapView* map : maps_) map->setHighlight(-1, -1);
}

void MasksLesson::drawCost(int radius) {
    chart_->reset("cost", tr("Query–key pairs computed"), tr("sequence length N"), tr("pairs (log scale)"));
    QVector<double> x, full, causal, window;
    QStringList labels;
    for (int k = 0; k < int(std::size(costSizes)); ++k) {
        const int n = costSizes[k];
        x << k + 1;
        labels << QString::number(n);
        full << double(fullAttentionPairs(n));
        causal << double(causalAttentionPairs(n));
        window << double(windowAttentionPairs(n, radius));
    }
    chart_->setLogarithmicY(true);
    chart_->addLine(tr("full: N²"), x, full, true);
    chart_->addLine(tr("causal: N(N+1)/2"), x, causal, true);
    chart_->addLine(tr("window, radius %1").arg(radius), x, window, true);
    chart_->setXTickLabels(labels);
    chart_->finish();
}

void MasksLesson::showSources(int, int row, int column) {
    for (HeatmapView* map : maps_)
        if (!map->isHidden()) map->setSourceHighlight(row, column);
}

} // namespace al
