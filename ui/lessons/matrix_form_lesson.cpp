#include "ui/lessons/matrix_form_lesson.h"

#include "core/attention/lecture_form.h"
#include "ui/notation.h"

namespace al {

namespace n = notation;

namespace {

// What one axis of a matrix is: its title and its labels.
struct Axis {
    QString title;
    QStringList labels;
};

// The axes the lesson's matrices have, for one trace.
struct Axes {
    Axis inputDims, tokens, queries, keys, qDims, vDims;
    explicit Axes(const Trace& t)
        : inputDims{MatrixFormLesson::tr("input dimension"), n::indexLabels(t.config.dModel)},
          tokens{MatrixFormLesson::tr("token"), n::tokenLabels(t.tokens)}, queries{MatrixFormLesson::tr("query"),
                                                                                   n::tokenLabels(t.tokens)},
          keys{MatrixFormLesson::tr("key"), n::tokenLabels(t.tokens)}, qDims{MatrixFormLesson::tr("q/k dimension"),
                                                                             n::indexLabels(t.config.dK)},
          vDims{MatrixFormLesson::tr("v dimension"), n::indexLabels(t.config.dV)} {}
};

constexpr auto D = ColorScheme::Diverging, W = ColorScheme::Weights;

PlotContent matrixData(const QString& id, const QString& symbol, SharedMatrix m, const Axis& rows, const Axis& columns,
                       ColorScheme scheme) {
    const QString title = QString("%1  (%2 × %3)").arg(symbol).arg(m.rows()).arg(m.cols());
    HeatmapData d{id, title, std::move(m), rows.labels, columns.labels, rows.title, columns.title, scheme, nullptr};
    d.describe = [symbol, rows, columns](int r, int c, double value) {
        return QString("%1 at (%2, %3) = %4<br>%5: %6<br>%7: %8")
            .arg(symbol)
            .arg(r + 1)
            .arg(c + 1)
            .arg(n::number(value, 4))
            .arg(rows.title, rows.labels.value(r), columns.title, columns.labels.value(c));
    };
    PlotContent plot;
    plot.data = std::move(d);
    return plot;
}

// A product's three plots, left factor × right factor = product: cell (r, c) of the product
// comes from row r of the left factor and column c of the right (Q = W^q I, A = KᵀQ, O = V A′;
// in the row form Q = X W^qᵀ, S = QKᵀ, O = A′V alike).
StepContent product(PlotContent left, PlotContent right, PlotContent result) {
    StepContent content;
    content.plots = {std::move(left), std::move(right), std::move(result)};
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot != 2) return {};
        return {{0, row, -1}, {1, -1, column}};
    };
    return content;
}

// What the form is, under every step's explanation.
QString formNote(bool rowForm) {
    return rowForm ? MatrixFormLesson::tr("<p><i>Paper (row) form. View → Lecture (column) form shows the "
                                          "lecture's layout, where A = KᵀQ.</i></p>")
                   : MatrixFormLesson::tr("<p><i>Lecture (column) form: every vector is a column. View → Paper "
                                          "(row) form shows the same matrices transposed.</i></p>");
}

// The scores' title: "A = KᵀQ / √d_k" in the column form, "S = QKᵀ / √d_k" in the row form.
QString scoresTitle(const ModelConfig& c, bool rowForm) {
    const QString symbol = rowForm ? QString("S") : QString("A");
    if (c.scoring == Scoring::Additive) return symbol;
    return symbol + (rowForm ? " = QKᵀ" : " = KᵀQ") + QString(c.scoring == Scoring::ScaledDot ? " / √d_k" : "");
}

// The scores of the first head: the trace's own S, or the lecture's A = Sᵀ shown transposed.
SharedMatrix scoresOf(const LessonInput& input) {
    const std::shared_ptr<const HeadAttention> firstHead = input.trace->attention(0);
    const SharedMatrix S = ofAttention(firstHead, firstHead->scores);
    return input.rowForm ? S : S.transposed();
}

SharedMatrix weightsOf(const LessonInput& input) {
    const std::shared_ptr<const HeadAttention> firstHead = input.trace->attention(0);
    const SharedMatrix weights = ofAttention(firstHead, firstHead->weights);
    return input.rowForm ? weights : weights.transposed();
}

} // namespace

QString MatrixFormLesson::stepTitle(int step, bool rowForm) const {
    return tr(rowForm ? rowFormTitles[step] : steps[step].title);
}

SharedMatrix MatrixFormLesson::lectureO(const std::shared_ptr<const Trace>& trace) const {
    return SharedMatrix(
        lectureOMemo_.get<Matrix>(trace, "O", [&] { return lectureMatrix(*trace, 0, LectureMatrix::O); }));
}

// The column form's matrices are the trace's own, shown transposed (A = Sᵀ, A′ …; run()
// always keeps the first head's scores); only O = V A′ is computed, the lecture's way.

namespace {
// One projection in matrix form for the first head: P = W I, column j is pʲ (the lecture's
// columns), or P = X Wᵀ, row j is pʲ (the paper's rows); P is Q, K or V (N × size).
StepContent projection(const LessonInput& input, const QString& letter, const Matrix& weights, int size,
                       const Matrix& projected, const Axis& tokenAxis, const Axis& sizeAxis) {
    const Trace& t = *input.trace;
    const Axes a(t);
    const SharedMatrix x = ofTrace(input.trace, t.x), p = ofTrace(input.trace, projected);
    const QString w = "W_" + letter.toLower(), shownW = "W^" + letter.toLower();
    return input.rowForm ? product(matrixData("X", "X", x, a.tokens, a.inputDims, D),
                                   matrixData(w + "_transposed", shownW + "ᵀ", weights.topRows(size).transpose(),
                                              a.inputDims, sizeAxis, D),
                                   matrixData(letter, letter, p, tokenAxis, sizeAxis, D))
                         : product(matrixData(w, shownW, weights.topRows(size), sizeAxis, a.inputDims, D),
                                   matrixData("I", "I", x.transposed(), a.inputDims, a.tokens, D),
                                   matrixData(letter, letter, p.transposed(), sizeAxis, tokenAxis, D));
}

} // namespace

StepContent MatrixFormLesson::queries(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const Axes a(t);
    StepContent content = projection(input, "Q", t.weights.W_q, t.config.dK, t.heads[0].q, a.queries, a.qDims);
    content.explanation =
        (input.rowForm
             ? tr("<p>In the paper every vector is a row: X (N × d<sub>model</sub>) has row i = x<sup>i</sup>, and "
                  "Q = X W<sup>q T</sup>, row i is q<sup>i</sup>.</p>")
             : tr("<p>Put the inputs side by side as the columns of I (d<sub>model</sub> × N). Then one product gives "
                  "every "
                  "query at once: Q = W<sup>q</sup> I, column i is q<sup>i</sup>.</p>")) +
        formNote(input.rowForm);
    return content;
}

StepContent MatrixFormLesson::keys(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const Axes a(t);
    StepContent content = projection(input, "K", t.weights.W_k, t.config.dK, t.heads[0].k, a.keys, a.qDims);
    content.explanation =
        (input.rowForm ? tr("<p>K = X W<sup>k T</sup>, row j is k<sup>j</sup>.</p>")
                       : tr("<p>The same for the keys: K = W<sup>k</sup> I, column j is k<sup>j</sup>.</p>")) +
        formNote(input.rowForm);
    return content;
}

StepContent MatrixFormLesson::values(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const Axes a(t);
    StepContent content = projection(input, "V", t.weights.W_v, t.config.dV, t.heads[0].v, a.keys, a.vDims);
    content.explanation =
        (input.rowForm
             ? tr("<p>V = X W<sup>v T</sup>, row j is v<sup>j</sup>.</p>")
             : tr("<p>And the values: V = W<sup>v</sup> I, column j is v<sup>j</sup>. W<sup>q</sup>, W<sup>k</sup> and "
                  "W<sup>v</sup> are the only parameters learned.</p>")) +
        formNote(input.rowForm);
    return content;
}

StepContent MatrixFormLesson::scores(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const Axes a(t);
    const QString title = scoresTitle(t.config, input.rowForm);
    StepContent content =
        input.rowForm
            ? product(matrixData("Q", "Q", ofTrace(input.trace, t.heads[0].q), a.queries, a.qDims, D),
                      matrixData("K_transposed", "Kᵀ", t.heads[0].k.transpose(), a.qDims, a.keys, D),
                      matrixData("S", title, scoresOf(input), a.queries, a.keys, D))
            : product(matrixData("K_transposed", "Kᵀ", ofTrace(input.trace, t.heads[0].k), a.keys, a.qDims, D),
                      matrixData("Q", "Q", ofTrace(input.trace, t.heads[0].q).transposed(), a.qDims, a.queries, D),
                      matrixData("A", title, scoresOf(input), a.keys, a.queries, D));
    content.explanation =
        (input.rowForm
             ? tr("<p>S = QK<sup>T</sup>: entry (i, j) is q<sup>i</sup>·k<sup>j</sup>, so <b>row i belongs to query "
                  "i</b>. "
                  "It is the lecture's A transposed: S = A<sup>T</sup>.</p>")
             : tr("<p>All scores in one product: A = K<sup>T</sup>Q. Entry (j, i) is k<sup>j</sup>·q<sup>i</sup>, so "
                  "<b>column i belongs to query i</b> and row j to key j.</p>")) +
        formNote(input.rowForm);
    return content;
}

StepContent MatrixFormLesson::normalise(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const Axes a(t);
    const bool rows = input.rowForm;
    const Axis& first = rows ? a.queries : a.keys;
    const Axis& second = rows ? a.keys : a.queries;
    StepContent content;
    content.plots = {matrixData(rows ? "S" : "A", scoresTitle(t.config, rows), scoresOf(input), first, second, D),
                     matrixData("A_prime", "A′", weightsOf(input), first, second, W)};
    // A′ is normalised along each query: a cell's source is its query's whole row (row
    // form) or column (column form) of the other matrix.
    content.sources = [rows](int plot, int row, int column) -> std::vector<SourceCell> {
        return {{plot == 0 ? 1 : 0, rows ? row : -1, rows ? -1 : column}};
    };
    content.explanation = (rows ? tr("<p>Softmax along each row: the weights of query i add up to 1.</p>")
                                : tr("<p>Softmax (or ReLU) works down each column: the weights of query i add up to 1. "
                                     "A′ is the attention "
                                     "matrix.</p>")) +
                          formNote(rows);
    return content;
}

StepContent MatrixFormLesson::output(const LessonInput& input, Cancellation&) const {
    const Trace& t = *input.trace;
    const Axes a(t);
    StepContent content =
        input.rowForm
            ? product(matrixData("A_prime", "A′", weightsOf(input), a.queries, a.keys, W),
                      matrixData("V", "V", ofTrace(input.trace, t.heads[0].v), a.keys, a.vDims, D),
                      matrixData("O", "O = A′V", ofTrace(input.trace, t.heads[0].output), a.queries, a.vDims, D))
            : product(matrixData("V", "V", ofTrace(input.trace, t.heads[0].v).transposed(), a.vDims, a.keys, D),
                      matrixData("A_prime", "A′", weightsOf(input), a.keys, a.queries, W),
                      matrixData("O", "O = V A′", lectureO(input.trace), a.vDims, a.queries, D));
    content.explanation =
        (input.rowForm
             ? tr("<p>O = A′V: row i of O is Σ<sub>j</sub> α′<sub>i,j</sub> v<sup>j</sup> = b<sup>i</sup>.</p>")
             : tr("<p>O = V A′: column i of O is Σ<sub>j</sub> α′<sub>i,j</sub> v<sup>j</sup> = b<sup>i</sup>. The "
                  "whole layer "
                  "is three products, a normalisation and one more product.</p>")) +
        formNote(input.rowForm);
    return content;
}

} // namespace al
