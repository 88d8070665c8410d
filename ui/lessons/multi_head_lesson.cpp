#include "ui/lessons/multi_head_lesson.h"

#include "ui/notation.h"

namespace al {

namespace n = notation;

namespace {
QStringList headLabels(int heads) {
    return n::indexLabels(heads, QObject::tr("head "));
}

// Row h = segment h of a vector of H·size entries: the lecture's "split into H parts".
Matrix segments(const RowVector& vector, int heads, int size) {
    Matrix rows(heads, size);
    for (int h = 0; h < heads; ++h)
        rows.row(h) = vector.segment(Eigen::Index(h) * size, size);
    return rows;
}

// A matrix with one row per head.
PlotContent byHead(const QString& id, const QString& title, Matrix m, int heads, const QString& columns) {
    const int width = int(m.cols());
    return {HeatmapData{id, title, std::move(m), headLabels(heads), n::indexLabels(width), MultiHeadLesson::tr("head"),
                        columns, ColorScheme::Diverging, nullptr}};
}

// A matrix of the trace with one row per token: the query's row outlined, a click follows a row.
PlotContent byToken(const LessonInput& input, const QString& id, const QString& title, const Matrix& m,
                    const QString& columns) {
    PlotContent plot{HeatmapData{id, title, ofTrace(input.trace, m), n::tokenLabels(input.trace->tokens),
                                 n::indexLabels(int(m.cols())), MultiHeadLesson::tr("token"), columns,
                                 ColorScheme::Diverging, nullptr}};
    plot.outlineRow = input.query;
    plot.clicks = PlotContent::Clicks::RowIsQuery;
    return plot;
}
} // namespace

SharedMatrix MultiHeadLesson::headWeights(const std::shared_ptr<const Trace>& trace, int h,
                                          Cancellation& cancellation) {
    const std::shared_ptr<const HeadAttention> head = trace->attention(h, cancellation); // kept or computed on demand
    return ofAttention(head, head->weights);
}

namespace {
// What the steps add with a single head: this is the single-head lesson again.
QString oneHeadNote(int heads) {
    return heads == 1 ? MultiHeadLesson::tr("<p>With one head this is exactly the single-head lesson: one segment, "
                                            "one α′, and b = c.</p>")
                      : QString();
}
} // namespace

StepContent MultiHeadLesson::split(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const ModelConfig& c = t.config;
    const int i = input.query, heads = c.heads;
    const RowVector qAll = t.x.row(i) * t.weights.W_q.transpose(), kAll = t.x.row(i) * t.weights.W_k.transpose(),
                    vAll = t.x.row(i) * t.weights.W_v.transpose();
    StepContent content;
    const QString dimension = tr("dimension in the head");
    content.plots = {byHead("q_segments", tr("%1 in %2 segments").arg(n::plainSup("q", i)).arg(heads),
                            segments(qAll, heads, c.dK), heads, dimension),
                     byHead("k_segments", tr("%1 in %2 segments").arg(n::plainSup("k", i)).arg(heads),
                            segments(kAll, heads, c.dK), heads, dimension),
                     byHead("v_segments", tr("%1 in %2 segments").arg(n::plainSup("v", i)).arg(heads),
                            segments(vAll, heads, c.dV), heads, dimension)};
    content.explanation =
        tr("<p>q<sup>%1</sup> = W<sup>q</sup> a<sup>%1</sup> has H·d<sub>k</sub> = %2·%3 = %4 entries. "
           "Head h takes the h-th run of d<sub>k</sub> consecutive entries (row h here); k and v are split "
           "the same way.</p><p>The lecture draws it as q<sup>i,h</sup> = W<sup>q,h</sup> q<sup>i</sup>: "
           "that is the same thing, with W<sup>q,h</sup> the matrix that picks out rows "
           "h·d<sub>k</sub>+1 … (h+1)·d<sub>k</sub>.</p>")
            .arg(i + 1)
            .arg(heads)
            .arg(c.dK)
            .arg(heads * c.dK) +
        oneHeadNote(heads);
    return content;
}

StepContent MultiHeadLesson::attend(const LessonInput& input, Cancellation& cancellation) const {
    const std::shared_ptr<const Trace>& shared = input.trace;
    const int heads = shared->config.heads, shownHeads = std::min(heads, maxShownHeads);
    const QStringList tokens = n::tokenLabels(shared->tokens);
    std::vector<HeatmapData> weights;
    for (int h = 0; h < shownHeads; ++h) {
        cancellation.check(); // each head's α′ may be recomputed: N² work
        HeatmapData d = attentionWeightsMap(QString("head%1_weights").arg(h + 1), tr("head %1: α′").arg(h + 1),
                                            headWeights(shared, h, cancellation), tokens, tokens);
        d.describe = [shared, h](int row, int column, double value) {
            return tr("head %1: %2 = %3: how much %4 attends to %5")
                .arg(QString::number(h + 1), n::sub("α′", row, column), n::number(value, 4),
                     n::tokenLabel(shared->tokens, row), n::tokenLabel(shared->tokens, column));
        };
        weights.push_back(std::move(d));
    }
    std::vector<HeatmapData*> compared;
    for (HeatmapData& d : weights)
        compared.push_back(&d);
    shareColorRange(compared); // the heads are compared: one colour scale
    StepContent content;
    for (HeatmapData& d : weights) {
        PlotContent plot{std::move(d)};
        plot.outlineRow = input.query; // the same query in every head
        plot.clicks = PlotContent::Clicks::RowIsQuery;
        content.plots.push_back(std::move(plot));
    }
    content.sources = [shownHeads](int, int row, int) { // the same query in every head
        std::vector<SourceCell> cells;
        for (int h = 0; h < shownHeads; ++h)
            cells.push_back({h, row, -1});
        return cells;
    };
    content.explanation =
        tr("<p>Each head scores its own q segments against its own k segments and normalises on its "
           "own: %n different attention pattern(s) over the same tokens, one for each kind of "
           "“relevance” the heads learned.</p>",
           nullptr, heads) +
        (heads > maxShownHeads ? tr("<p>The first %1 heads are shown.</p>").arg(maxShownHeads) : QString()) +
        oneHeadNote(heads);
    return content;
}

StepContent MultiHeadLesson::headOutputs(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const int i = input.query, heads = t.config.heads;
    Matrix perHead(heads, t.config.dV);
    for (int h = 0; h < heads; ++h)
        perHead.row(h) = t.heads[std::size_t(h)].output.row(i);
    StepContent content;
    content.plots = {byHead("head_outputs", tr("%1 for every head h").arg(n::plainSup("b", i) + ",ʰ"),
                            std::move(perHead), heads, tr("v dimension"))};
    content.explanation =
        tr("<p>Head h mixes its own value segments with its own weights: b<sup>%1,h</sup> = "
           "Σ<sub>j</sub> α′<sup>h</sup><sub>%1,j</sub> v<sup>j,h</sup>. Row h is head h's output.</p>")
            .arg(i + 1) +
        oneHeadNote(heads);
    return content;
}

StepContent MultiHeadLesson::concatenate(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const int i = input.query, heads = t.config.heads;
    StepContent content;
    content.plots = {byToken(
        input, "concat", tr("c: the heads' outputs side by side  (%1 × %2)").arg(t.tokenCount()).arg(t.concat.cols()),
        t.concat, tr("entry of c"))};
    content.explanation =
        tr("<p>The heads' outputs are put end to end: c<sup>%1</sup> = [b<sup>%1,1</sup>; …; "
           "b<sup>%1,%2</sup>] has H·d<sub>v</sub> = %3 entries. Columns 1–%4 come from head 1, and so "
           "on.</p>")
            .arg(i + 1)
            .arg(heads)
            .arg(heads * t.config.dV)
            .arg(t.config.dV) +
        oneHeadNote(heads);
    return content;
}

StepContent MultiHeadLesson::projection(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const ModelConfig& c = t.config;
    StepContent content;
    if (!c.outputProjection) {
        content.explanation = tr("<p>This model has no output projection (Model → Output): b = c. Switch it on to see "
                                 "W<sup>O</sup>.</p>");
        return content;
    }
    content.plots = {PlotContent{HeatmapData{"W_o", tr("W^O  (%1 × %2)").arg(c.dModel).arg(c.heads * c.dV),
                                             ofTrace(input.trace, t.weights.W_o), n::indexLabels(c.dModel),
                                             n::indexLabels(c.heads * c.dV), tr("output dimension"), tr("entry of c"),
                                             ColorScheme::Diverging, nullptr}}};
    content.explanation = tr("<p>W<sup>O</sup> (d<sub>model</sub> × H·d<sub>v</sub>) mixes the heads: every output "
                             "entry is a weighted sum over all heads' entries. It is learned like W<sup>q</sup>, "
                             "W<sup>k</sup>, W<sup>v</sup>.</p>");
    return content;
}

StepContent MultiHeadLesson::output(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const ModelConfig& c = t.config;
    const int i = input.query;
    StepContent content;
    content.plots = {byToken(input, "concat", tr("c (the heads, concatenated)"), t.concat, tr("entry of c")),
                     byToken(input, "output", c.outputProjection ? tr("b = W^O c") : tr("b = c (no projection)"),
                             t.output, tr("output dimension"))};
    content.explanation =
        (c.outputProjection
             ? tr("<p>b<sup>%1</sup> = W<sup>O</sup> c<sup>%1</sup> = %2: back to d<sub>model</sub> = %3 "
                  "entries, ready for the next layer.</p>")
                   .arg(i + 1)
                   .arg(n::vector(t.output.row(i)))
                   .arg(c.dModel)
             : tr("<p>b<sup>%1</sup> = c<sup>%1</sup> = %2.</p>").arg(i + 1).arg(n::vector(t.output.row(i)))) +
        oneHeadNote(c.heads);
    return content;
}

} // namespace al
