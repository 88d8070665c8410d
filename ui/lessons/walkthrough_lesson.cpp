#include "ui/lessons/walkthrough_lesson.h"

#include "core/attention/walkthrough.h"
#include "ui/lessons/walkthrough_text.h"
#include "ui/notation.h"

namespace al {

namespace n = notation;
namespace text = walkthrough_text;

namespace {

constexpr int firstHead = 0; // the lesson follows the first head (heads[0])

// Query i's symbol named in a step title: qⁱ, aⁱ, bⁱ or αᵢ, α′ᵢ (plain text).
QString titleSymbol(const QString& symbol, int query) {
    return symbol.startsWith(QChar(u'α')) ? n::plainSub(symbol, query) : n::plainSup(symbol, query);
}

// A plot without an outline of its own, which a click does not follow.
template <typename Data> PlotContent plain(Data data) {
    PlotContent plot;
    plot.data = std::move(data);
    return plot;
}

// One row per token, the query's row outlined; a click on a row follows that query.
PlotContent followingQuery(HeatmapData data, int query) {
    PlotContent plot = plain(std::move(data));
    plot.outlineRow = query;
    plot.clicks = PlotContent::Clicks::RowIsQuery;
    return plot;
}

// A single vector (1 × size), e.g. aⁱ or qⁱ; hovering entry d reads "q[d] = …".
HeatmapData vectorMap(const QString& id, const QString& title, const RowVector& v, const QString& rowLabel,
                      const QString& symbol) {
    HeatmapData d{id,
                  title,
                  Matrix(v),
                  {rowLabel},
                  n::indexLabels(int(v.size())),
                  {},
                  WalkthroughLesson::tr("dimension"),
                  ColorScheme::Diverging,
                  nullptr};
    d.describe = [symbol](int, int column, double value) {
        return QString("%1[%2] = %3").arg(symbol).arg(column + 1).arg(n::number(value, 4));
    };
    return d;
}

// A matrix of the trace with one row per token (N × size): the inputs, keys, values, outputs.
HeatmapData tokenMatrix(const std::shared_ptr<const Trace>& shared, const QString& id, const QString& title,
                        const Matrix& m, const QString& symbol) {
    HeatmapData d{id,
                  title,
                  ofTrace(shared, m),
                  n::tokenLabels(shared->tokens),
                  n::indexLabels(int(m.cols())),
                  WalkthroughLesson::tr("token"),
                  WalkthroughLesson::tr("dimension"),
                  ColorScheme::Diverging,
                  nullptr};
    d.describe = [symbol, shared](int row, int column, double value) {
        return QString("%1[%2] = %3 (%4)")
            .arg(symbol + "<sup>" + QString::number(row + 1) + "</sup>")
            .arg(column + 1)
            .arg(n::number(value, 4))
            .arg(n::tokenLabel(shared->tokens, row));
    };
    return d;
}

// The first head's rows of a projection (d × d_model): W^q, W^k or W^v.
HeatmapData weightMatrix(const QString& id, const QString& title, Matrix m, const QString& rowTitle) {
    const int rows = int(m.rows()), columns = int(m.cols());
    HeatmapData d{id,
                  title,
                  std::move(m),
                  n::indexLabels(rows),
                  n::indexLabels(columns),
                  rowTitle,
                  WalkthroughLesson::tr("input dimension"),
                  ColorScheme::Diverging,
                  nullptr};
    d.describe = [title](int row, int column, double value) {
        return QString("%1 (%2, %3) = %4")
            .arg(title.section(' ', 0, 0))
            .arg(row + 1)
            .arg(column + 1)
            .arg(n::number(value, 4));
    };
    return d;
}

// Query i's row of scores or weights (1 × N): one cell per key.
HeatmapData scoreRow(const std::shared_ptr<const Trace>& shared, int i, const QString& id, const QString& title,
                     const RowVector& v, const QString& symbol, ColorScheme scheme) {
    HeatmapData d{id,
                  title,
                  Matrix(v),
                  {QString("%1 %2").arg(i + 1).arg(QString::fromStdString(shared->tokens[std::size_t(i)]))},
                  n::tokenLabels(shared->tokens),
                  WalkthroughLesson::tr("query"),
                  WalkthroughLesson::tr("key"),
                  scheme,
                  nullptr};
    d.describe = [symbol, i, shared](int, int column, double value) {
        return WalkthroughLesson::tr("%1 = %2: how much %3 attends to %4")
            .arg(n::sub(symbol, i, column), n::number(value, 4), n::tokenLabel(shared->tokens, i),
                 n::tokenLabel(shared->tokens, column));
    };
    return d;
}

HeatmapData scoresOf(const LessonInput& input) {
    return scoreRow(input.trace, input.query, "scores",
                    WalkthroughLesson::tr("Scores %1").arg(n::plainSub("α", input.query)),
                    input.trace->attention(0)->scores.row(input.query), "α", ColorScheme::Diverging);
}

HeatmapData weightsOf(const LessonInput& input) {
    return scoreRow(input.trace, input.query, "weights",
                    WalkthroughLesson::tr("Weights %1").arg(n::plainSub("α′", input.query)),
                    input.trace->attention(0)->weights.row(input.query), "α′", ColorScheme::Weights);
}

QueryWalkthrough walkOf(const LessonInput& input) {
    return walkthrough(*input.trace, input.query, firstHead);
}

} // namespace

QString WalkthroughLesson::pageTitle(const LessonInput& input) const {
    return tr("Computing %1 step by step").arg(n::plainSup("b", input.query));
}

QString WalkthroughLesson::stepTitle(int step, bool rowForm) const {
    LessonInput first;
    first.step = step;
    first.rowForm = rowForm;
    return stepTitleFor(first);
}

QString WalkthroughLesson::stepTitleFor(const LessonInput& input) const {
    const Step& step = steps[input.step];
    QString title = QCoreApplication::translate("Walkthrough", step.title);
    for (const QString& symbol : QString::fromUtf8(step.symbols).split(' ', Qt::SkipEmptyParts))
        title = title.arg(titleSymbol(symbol, input.query));
    return title;
}

StepContent WalkthroughLesson::inputs(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    StepContent content;
    content.plots = {followingQuery(
        tokenMatrix(input.trace, "inputs", tr("The inputs aⁱ (one row per token)"), t.x, "a"), input.query)};
    content.explanation = text::inputs(t, walkOf(input));
    return content;
}

StepContent WalkthroughLesson::query(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const int i = input.query;
    const QString qi = n::plainSup("q", i), ai = n::plainSup("a", i); // axis labels: plain text
    StepContent content;
    content.plots = {
        plain(weightMatrix("W_q", tr("W^q  (d_k × d_model)"),
                           t.weights.W_q.middleRows(firstHead * t.config.dK, t.config.dK), tr("q dimension"))),
        plain(vectorMap("a_i", ai, t.x.row(i), ai, "a")),
        plain(vectorMap("q_i", QString("%1 = W^q %2").arg(qi, ai), t.heads[0].q.row(i), qi, "q"))};
    content.explanation = text::query(t, walkOf(input));
    return content;
}

StepContent WalkthroughLesson::keys(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    StepContent content;
    content.plots = {
        plain(weightMatrix("W_k", tr("W^k  (d_k × d_model)"),
                           t.weights.W_k.middleRows(firstHead * t.config.dK, t.config.dK), tr("k dimension"))),
        plain(tokenMatrix(input.trace, "keys", tr("The keys kʲ (one row per token)"), t.heads[0].k, "k"))};
    content.explanation = text::keys(t, walkOf(input));
    return content;
}

StepContent WalkthroughLesson::scores(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const QString qi = n::plainSup("q", input.query);
    StepContent content;
    content.plots = {plain(vectorMap("q_i", qi, t.heads[0].q.row(input.query), qi, "q")),
                     plain(tokenMatrix(input.trace, "keys", tr("The keys kʲ"), t.heads[0].k, "k")),
                     plain(scoresOf(input))};
    // α_{i,j} = qⁱ·kʲ: a score shows its key's row, a key its score.
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot == 2) return {{1, column, -1}};
        if (plot == 1) return {{2, -1, row}};
        return {};
    };
    content.explanation = text::scores(t, walkOf(input));
    return content;
}

StepContent WalkthroughLesson::weights(const LessonInput& input, Cancellation&) const {
    StepContent content;
    content.plots = {plain(scoresOf(input)), plain(weightsOf(input))};
    // α′_{i,j} comes from α_{i,j}: the same key's cell of the other row.
    content.sources = [](int plot, int, int column) -> std::vector<SourceCell> {
        return {{plot == 0 ? 1 : 0, -1, column}};
    };
    content.explanation = text::weights(*input.trace, walkOf(input));
    return content;
}

StepContent WalkthroughLesson::values(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    StepContent content;
    content.plots = {
        plain(weightMatrix("W_v", tr("W^v  (d_v × d_model)"),
                           t.weights.W_v.middleRows(firstHead * t.config.dV, t.config.dV), tr("v dimension"))),
        plain(tokenMatrix(input.trace, "values", tr("The values vʲ (one row per token)"), t.heads[0].v, "v"))};
    content.explanation = text::values(t, walkOf(input));
    return content;
}

StepContent WalkthroughLesson::output(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const int i = input.query;
    const QueryWalkthrough walk = walkOf(input);
    Matrix parts(t.tokenCount(), t.config.dV); // row j = α′ᵢ,ⱼ vʲ
    for (const KeyTerm& k : walk.keys)
        parts.row(k.key) = k.weightedValue;
    StepContent content;
    content.plots = {
        plain(weightsOf(input)),
        plain(ContributionData{"output_sum", QString("%1 = Σ %2 vʲ").arg(n::plainSup("b", i), n::plainSub("α′", i)),
                               std::move(parts), walk.output, n::tokenLabels(t.tokens)})};
    content.explanation = text::output(t, walk);
    return content;
}

StepContent WalkthroughLesson::allAtOnce(const LessonInput& input, Cancellation&) const {
    const std::shared_ptr<const Trace>& shared = input.trace;
    const Trace& t = *shared;
    const QStringList tokens = n::tokenLabels(t.tokens);
    HeatmapData all = attentionWeightsMap("all_weights", tr("All weights α′ (row i = query i)"),
                                          ofAttention(t.attention(0), t.attention(0)->weights), tokens, tokens);
    all.describe = [shared](int row, int column, double value) {
        return tr("%1 = %2: how much %3 attends to %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), n::tokenLabel(shared->tokens, row),
                 n::tokenLabel(shared->tokens, column));
    };
    StepContent content;
    // α′ and b: a click on either row follows that query.
    content.plots = {
        followingQuery(std::move(all), input.query),
        followingQuery(tokenMatrix(shared, "outputs", tr("All outputs bⁱ (one row per token)"), t.heads[0].output, "b"),
                       input.query)};
    // bⁱ comes from row i of α′.
    content.sources = [](int plot, int row, int) -> std::vector<SourceCell> { return {{plot == 0 ? 1 : 0, row, -1}}; };
    content.explanation = text::allAtOnce(t, walkOf(input));
    return content;
}

} // namespace al
