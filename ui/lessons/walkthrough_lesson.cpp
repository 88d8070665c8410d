#include "ui/lessons/walkthrough_lesson.h"

#include "core/walkthrough.h"
#include "ui/lessons/walkthrough_text.h"
#include "ui/notation.h"

#include "ui/widgets/plot_grid_layout.h"

namespace al {

namespace n = notation;

WalkthroughLesson::WalkthroughLesson(QWidget* parent) : Lesson(parent) {
    auto* layout = new PlotGridLayout(this); // each plot the room its matrix's shape asks for
    for (auto& map : maps_) {
        map = new HeatmapView(this);
        layout->addWidget(map);
    }
    bars_ = new ContributionBars(this);
    layout->addWidget(bars_);
    for (int panel = 0; panel < 3; ++panel) connectHover(maps_[std::size_t(panel)], panel);
}

void WalkthroughLesson::showSources(int panel, int row, int column) {
    switch (step()) {
    case 3: // α_{i,j} = q^i·k^j: a score shows its key
        if (panel == 2) maps_[1]->setSourceHighlight(column, -1);
        if (panel == 1) maps_[2]->setSourceHighlight(-1, row);
        break;
    case 4: // α′_{i,j} comes from α_{i,j}
        maps_[panel == 0 ? 1 : 0]->setSourceHighlight(-1, column);
        break;
    case 7: // b^i comes from row i of α′
        maps_[panel == 0 ? 1 : 0]->setSourceHighlight(row, -1);
        break;
    default:
        break;
    }
}

int WalkthroughLesson::stepCount() const { return walkthroughSteps; }

QString WalkthroughLesson::pageTitle() const {
    return tr("Computing %1 step by step").arg(n::plainSup("b", query()));
}

QString WalkthroughLesson::stepTitle(int step) const { return walkthroughStepTitle(step, query()); }

QList<PlotView*> WalkthroughLesson::visiblePlots() const { return shownAmong({maps_[0], maps_[1], maps_[2], bars_}); }

void WalkthroughLesson::showPanels(int count, bool bars) {
    for (int m = 0; m < 3; ++m) maps_[std::size_t(m)]->setHidden(m >= count);
    bars_->setHidden(!bars);
}

void WalkthroughLesson::refresh() {
    // Hover texts outlive this call: they hold the trace itself, never a reference into it.
    const std::shared_ptr<const Trace> shared = trace();
    const Trace& t = *shared;
    const int i = query(), h = 0;
    const HeadTrace& head = t.heads[0];
    const std::shared_ptr<const HeadAttention> firstHead = t.attention(0);
    const ModelConfig& c = t.config;
    const QueryWalkthrough walk = walkthrough(t, i, h);
    const QStringList tokens = n::tokenLabels(t.tokens);
    const QString qi = n::plainSup("q", i), ai = n::plainSup("a", i); // axis labels: plain text
    auto vectorMap = [&](const QString& id, const QString& title, const RowVector& v, const QString& rowLabel,
                         const QString& symbol) {
        HeatmapData d{id, title, Matrix(v), {rowLabel}, n::indexLabels(int(v.size())), {}, tr("dimension"),
                      ColorScheme::Diverging, nullptr};
        d.describe = [symbol](int, int column, double value) {
            return QString("%1[%2] = %3").arg(symbol).arg(column + 1).arg(n::number(value, 4));
        };
        return d;
    };
    auto tokenMatrix = [&](const QString& id, const QString& title, const Matrix& m, const QString& symbol) {
        HeatmapData d{id, title, m, tokens, n::indexLabels(int(m.cols())), tr("token"), tr("dimension"),
                      ColorScheme::Diverging, nullptr};
        d.describe = [symbol, shared](int row, int column, double value) {
            return QString("%1[%2] = %3 (%4)").arg(symbol + "<sup>" + QString::number(row + 1) + "</sup>")
                .arg(column + 1).arg(n::number(value, 4)).arg(n::tokenLabel(shared->tokens, row));
        };
        return d;
    };
    auto weightMatrix = [&](const QString& id, const QString& title, const Matrix& m, const QString& rowTitle) {
        HeatmapData d{id, title, m, n::indexLabels(int(m.rows())), n::indexLabels(int(m.cols())), rowTitle,
                      tr("input dimension"), ColorScheme::Diverging, nullptr};
        d.describe = [title](int row, int column, double value) {
            return QString("%1 (%2, %3) = %4").arg(title.section(' ', 0, 0)).arg(row + 1).arg(column + 1).arg(n::number(value, 4));
        };
        return d;
    };
    auto scoreRow = [&](const QString& id, const QString& title, const RowVector& v, const QString& symbol,
                        ColorScheme scheme) {
        HeatmapData d{id, title, Matrix(v), {QString("%1 %2").arg(i + 1).arg(QString::fromStdString(t.tokens[std::size_t(i)]))},
                      tokens, tr("query"), tr("key"), scheme, nullptr};
        d.describe = [symbol, i, shared](int, int column, double value) {
            return tr("%1 = %2: how much %3 attends to %4")
                .arg(n::sub(symbol, i, column), n::number(value, 4), n::tokenLabel(shared->tokens, i),
                     n::tokenLabel(shared->tokens, column));
        };
        return d;
    };
    const Matrix W_qHead = t.weights.W_q.middleRows(h * c.dK, c.dK);
    const Matrix W_kHead = t.weights.W_k.middleRows(h * c.dK, c.dK);
    const Matrix W_vHead = t.weights.W_v.middleRows(h * c.dV, c.dV);

    switch (step()) {
    case 0:
        showPanels(1, false);
        maps_[0]->setData(tokenMatrix("inputs", tr("The inputs aⁱ (one row per token)"), t.x, "a"));
        highlightQuery(maps_[0]);
        break;
    case 1:
        showPanels(3, false);
        maps_[0]->setData(weightMatrix("W_q", tr("W^q  (d_k × d_model)"), W_qHead, tr("q dimension")));
        maps_[1]->setData(vectorMap("a_i", ai, t.x.row(i), ai, "a"));
        maps_[2]->setData(vectorMap("q_i", QString("%1 = W^q %2").arg(qi, ai), head.q.row(i), qi, "q"));
        maps_[0]->setHighlight(-1, -1);
        break;
    case 2:
        showPanels(2, false);
        maps_[0]->setData(weightMatrix("W_k", tr("W^k  (d_k × d_model)"), W_kHead, tr("k dimension")));
        maps_[1]->setData(tokenMatrix("keys", tr("The keys kʲ (one row per token)"), head.k, "k"));
        maps_[0]->setHighlight(-1, -1);
        break;
    case 3: {
        showPanels(3, false);
        maps_[0]->setData(vectorMap("q_i", qi, head.q.row(i), qi, "q"));
        maps_[1]->setData(tokenMatrix("keys", tr("The keys kʲ"), head.k, "k"));
        maps_[2]->setData(scoreRow("scores", tr("Scores %1").arg(n::plainSub("α", i)), firstHead->scores.row(i), "α", ColorScheme::Diverging));
        maps_[0]->setHighlight(-1, -1);
        break;
    }
    case 4: {
        showPanels(2, false);
        maps_[0]->setData(scoreRow("scores", tr("Scores %1").arg(n::plainSub("α", i)), firstHead->scores.row(i), "α", ColorScheme::Diverging));
        maps_[1]->setData(scoreRow("weights", tr("Weights %1").arg(n::plainSub("α′", i)), firstHead->weights.row(i), "α′", ColorScheme::Weights));
        maps_[0]->setHighlight(-1, -1);
        break;
    }
    case 5:
        showPanels(2, false);
        maps_[0]->setData(weightMatrix("W_v", tr("W^v  (d_v × d_model)"), W_vHead, tr("v dimension")));
        maps_[1]->setData(tokenMatrix("values", tr("The values vʲ (one row per token)"), head.v, "v"));
        maps_[0]->setHighlight(-1, -1);
        break;
    case 6: {
        showPanels(1, true);
        maps_[0]->setData(scoreRow("weights", tr("Weights %1").arg(n::plainSub("α′", i)), firstHead->weights.row(i), "α′", ColorScheme::Weights));
        Matrix parts(t.tokenCount(), c.dV);
        for (const KeyTerm& k : walk.keys) parts.row(k.key) = k.weightedValue;
        bars_->setContributions("output_sum", QString("%1 = Σ %2 vʲ").arg(n::plainSup("b", i), n::plainSub("α′", i)), parts,
                                walk.output, tokens);
        maps_[0]->setHighlight(-1, -1);
        break;
    }
    default: {
        showPanels(2, false);
        HeatmapData all{"all_weights", tr("All weights α′ (row i = query i)"), ofAttention(firstHead, firstHead->weights), tokens, tokens,
                        tr("query"), tr("key"), ColorScheme::Weights, nullptr};
        all.describe = [shared](int row, int column, double value) {
            return tr("%1 = %2: how much %3 attends to %4")
                .arg(n::sub("α′", row, column), n::number(value, 4), n::tokenLabel(shared->tokens, row),
                     n::tokenLabel(shared->tokens, column));
        };
        maps_[0]->setData(all);
        maps_[1]->setData(tokenMatrix("outputs", tr("All outputs bⁱ (one row per token)"), head.output, "b"));
        highlightQuery(maps_[0]); // α′ and b: a click on either row follows that query
        highlightQuery(maps_[1]);
        break;
    }
    }
    explanation_ = walkthroughExplanation(t, walk, step());
}

} // namespace al
