#include "ui/lessons/multi_head_lesson.h"

#include "core/attention.h"
#include "ui/notation.h"

#include "ui/widgets/plot_grid_layout.h"

namespace al {

namespace n = notation;

namespace {
QStringList headLabels(int heads) { return n::indexLabels(heads, QObject::tr("head ")); }

// Row h = segment h of a vector of H·size entries: the lecture's "split into H parts".
Matrix segments(const RowVector& vector, int heads, int size) {
    Matrix rows(heads, size);
    for (int h = 0; h < heads; ++h) rows.row(h) = vector.segment(Eigen::Index(h) * size, size);
    return rows;
}
} // namespace

MultiHeadLesson::MultiHeadLesson(QWidget* parent) : Lesson(parent) {
    auto* grid = new PlotGridLayout(this); // the heads in as many rows as gives them the most room, aligned
    for (int m = 0; m < maxShownHeads; ++m) {
        maps_[std::size_t(m)] = new HeatmapView(this);
        grid->addWidget(maps_[std::size_t(m)]);
        connectHover(maps_[std::size_t(m)], m);
    }
}

QString MultiHeadLesson::stepTitle(int step) const {
    static const char* const titles[] = {QT_TR_NOOP("1. Split q, k, v into H heads"), QT_TR_NOOP("2. Every head attends on its own"),
                                         QT_TR_NOOP("3. Every head gives its own bⁱ,ʰ"), QT_TR_NOOP("4. Concatenate: cⁱ"),
                                         QT_TR_NOOP("5. The output projection W^O"), QT_TR_NOOP("6. bⁱ = W^O cⁱ")};
    return tr(titles[step]);
}

QList<PlotView*> MultiHeadLesson::visiblePlots() const {
    QList<PlotView*> shown;
    for (HeatmapView* map : maps_)
        if (!map->isHidden()) shown << map;
    return shown;
}

void MultiHeadLesson::showPanels(int count) {
    for (int m = 0; m < maxShownHeads; ++m) maps_[std::size_t(m)]->setHidden(m >= count);
}

SharedMatrix MultiHeadLesson::headWeights(int h) const {
    const std::shared_ptr<const HeadAttention> attention = trace()->attention(h);
    return ofAttention(attention, attention->weights);
}

void MultiHeadLesson::refresh() {
    const std::shared_ptr<const Trace> shared = trace();
    const Trace& t = *shared;
    const ModelConfig& c = t.config;
    const int i = query(), heads = c.heads, shownHeads = std::min(heads, maxShownHeads);
    const QStringList tokens = n::tokenLabels(t.tokens);
    const QString qi = n::plainSup("q", i), ki = n::plainSup("k", i), vi = n::plainSup("v", i);
    const RowVector qAll = t.x.row(i) * t.weights.W_q.transpose(), kAll = t.x.row(i) * t.weights.W_k.transpose(),
                    vAll = t.x.row(i) * t.weights.W_v.transpose();
    auto byHead = [&](const QString& id, const QString& title, const Matrix& m, const QString& columns) {
        return HeatmapData{id, title, m, headLabels(heads), n::indexLabels(int(m.cols())), tr("head"), columns,
                           ColorScheme::Diverging, nullptr};
    };
    auto byToken = [&](const QString& id, const QString& title, const Matrix& m, const QString& columns) {
        return HeatmapData{id, title, m, tokens, n::indexLabels(int(m.cols())), tr("token"), columns,
                           ColorScheme::Diverging, nullptr};
    };
    for (HeatmapView* map : maps_) map->setHighlight(-1, -1); // the steps that show the query outline it
    const QString one = heads == 1 ? tr("<p>With one head this is exactly the single-head lesson: one segment, "
                                        "one α′, and b = c.</p>")
                                   : QString();
    switch (step()) {
    case 0:
        showPanels(3);
        maps_[0]->setData(byHead("q_segments", tr("%1 in %2 segments").arg(qi).arg(heads), segments(qAll, heads, c.dK), tr("dimension in the head")));
        maps_[1]->setData(byHead("k_segments", tr("%1 in %2 segments").arg(ki).arg(heads), segments(kAll, heads, c.dK), tr("dimension in the head")));
        maps_[2]->setData(byHead("v_segments", tr("%1 in %2 segments").arg(vi).arg(heads), segments(vAll, heads, c.dV), tr("dimension in the head")));
        explanation_ = tr("<p>q<sup>%1</sup> = W<sup>q</sup> a<sup>%1</sup> has H·d<sub>k</sub> = %2·%3 = %4 entries. "
                          "Head h takes the h-th run of d<sub>k</sub> consecutive entries (row h here); k and v are split "
                          "the same way.</p><p>The lecture draws it as q<sup>i,h</sup> = W<sup>q,h</sup> q<sup>i</sup>: "
                          "that is the same thing, with W<sup>q,h</sup> the matrix that picks out rows "
                          "h·d<sub>k</sub>+1 … (h+1)·d<sub>k</sub>.</p>")
                           .arg(i + 1).arg(heads).arg(c.dK).arg(heads * c.dK) + one;
        break;
    case 1: {
        showPanels(shownHeads);
        std::vector<HeatmapData> weights;
        for (int h = 0; h < shownHeads; ++h) {
            HeatmapData d{QString("head%1_weights").arg(h + 1), tr("head %1: α′").arg(h + 1),
                          headWeights(h),
                          tokens, tokens, tr("query"), tr("key"), ColorScheme::Weights, nullptr};
            d.describe = [shared, h](int row, int column, double value) {
                return tr("head %1: %2 = %3: how much %4 attends to %5")
                    .arg(QString::number(h + 1), n::sub("α′", row, column), n::number(value, 4),
                         n::tokenLabel(shared->tokens, row), n::tokenLabel(shared->tokens, column));
            };
            weights.push_back(std::move(d));
        }
        std::vector<HeatmapData*> compared;
        for (HeatmapData& d : weights) compared.push_back(&d);
        shareColorRange(compared); // the heads are compared: one colour scale
        for (int h = 0; h < shownHeads; ++h) {
            maps_[std::size_t(h)]->setData(std::move(weights[std::size_t(h)]));
            highlightQuery(maps_[std::size_t(h)]); // the same query in every head
        }
        explanation_ = tr("<p>Each head scores its own q segments against its own k segments and normalises on its "
                          "own: %n different attention pattern(s) over the same tokens, one for each kind of "
                          "“relevance” the heads learned.</p>", nullptr, heads) +
                       (heads > maxShownHeads ? tr("<p>The first %1 heads are shown.</p>").arg(maxShownHeads) : QString()) + one;
        return;
    }
    case 2: {
        showPanels(1);
        Matrix perHead(heads, c.dV);
        for (int h = 0; h < heads; ++h) perHead.row(h) = t.heads[std::size_t(h)].output.row(i);
        maps_[0]->setData(byHead("head_outputs", tr("%1 for every head h").arg(n::plainSup("b", i) + ",ʰ"), perHead, tr("v dimension")));
        explanation_ = tr("<p>Head h mixes its own value segments with its own weights: b<sup>%1,h</sup> = "
                          "Σ<sub>j</sub> α′<sup>h</sup><sub>%1,j</sub> v<sup>j,h</sup>. Row h is head h's output.</p>")
                           .arg(i + 1) + one;
        break;
    }
    case 3:
        showPanels(1);
        maps_[0]->setData(byToken("concat", tr("c: the heads' outputs side by side  (%1 × %2)").arg(t.tokenCount()).arg(t.concat.cols()),
                                  t.concat, tr("entry of c")));
        highlightQuery(maps_[0]);
        explanation_ = tr("<p>The heads' outputs are put end to end: c<sup>%1</sup> = [b<sup>%1,1</sup>; …; "
                          "b<sup>%1,%2</sup>] has H·d<sub>v</sub> = %3 entries. Columns 1–%4 come from head 1, and so "
                          "on.</p>").arg(i + 1).arg(heads).arg(heads * c.dV).arg(c.dV) + one;
        break;
    case 4:
        if (c.outputProjection) {
            showPanels(1);
            maps_[0]->setData(HeatmapData{"W_o", tr("W^O  (%1 × %2)").arg(c.dModel).arg(heads * c.dV), t.weights.W_o,
                                          n::indexLabels(c.dModel), n::indexLabels(heads * c.dV), tr("output dimension"),
                                          tr("entry of c"), ColorScheme::Diverging, nullptr});
            explanation_ = tr("<p>W<sup>O</sup> (d<sub>model</sub> × H·d<sub>v</sub>) mixes the heads: every output "
                              "entry is a weighted sum over all heads' entries. It is learned like W<sup>q</sup>, "
                              "W<sup>k</sup>, W<sup>v</sup>.</p>");
        } else {
            showPanels(0);
            explanation_ = tr("<p>This model has no output projection (Model → Output): b = c. Switch it on to see "
                              "W<sup>O</sup>.</p>");
        }
        break;
    default:
        showPanels(2);
        maps_[0]->setData(byToken("concat", tr("c (the heads, concatenated)"), t.concat, tr("entry of c")));
        maps_[1]->setData(byToken("output", c.outputProjection ? tr("b = W^O c") : tr("b = c (no projection)"), t.output,
                                  tr("output dimension")));
        highlightQuery(maps_[0]);
        highlightQuery(maps_[1]);
        explanation_ = (c.outputProjection
                            ? tr("<p>b<sup>%1</sup> = W<sup>O</sup> c<sup>%1</sup> = %2: back to d<sub>model</sub> = %3 "
                                 "entries, ready for the next layer.</p>").arg(i + 1).arg(n::vector(t.output.row(i))).arg(c.dModel)
                            : tr("<p>b<sup>%1</sup> = c<sup>%1</sup> = %2.</p>").arg(i + 1).arg(n::vector(t.output.row(i)))) + one;
        break;
    }
}

void MultiHeadLesson::showSources(int, int row, int) {
    if (step() == 1) // the same query in every head
        for (HeatmapView* map : maps_)
            if (!map->isHidden()) map->setSourceHighlight(row, -1);
}

} // namespace al
