#include "ui/lessons/matrix_form_lesson.h"

#include "ui/notation.h"

#include "ui/widgets/plot_grid_layout.h"

namespace al {

namespace n = notation;

namespace {

// What one axis of a matrix is: its title and its labels.
struct Axis {
    QString title;
    QStringList labels;
};

Axis tokenAxis(const Trace& t, const QString& title) { return {title, n::tokenLabels(t.tokens)}; }
Axis dimensionAxis(int count, const QString& title) { return {title, n::indexLabels(count)}; }

HeatmapData matrixData(const QString& id, const QString& symbol, SharedMatrix m, const Axis& rows,
                       const Axis& columns, ColorScheme scheme) {
    const QString title = QString("%1  (%2 × %3)").arg(symbol).arg(m.rows()).arg(m.cols());
    HeatmapData d{id, title, std::move(m), rows.labels,
                  columns.labels, rows.title, columns.title, scheme, nullptr};
    d.describe = [symbol, rows, columns](int r, int c, double value) {
        return QString("%1 at (%2, %3) = %4<br>%5: %6<br>%7: %8")
            .arg(symbol).arg(r + 1).arg(c + 1).arg(n::number(value, 4))
            .arg(rows.title, rows.labels.value(r), columns.title, columns.labels.value(c));
    };
    return d;
}

} // namespace

MatrixFormLesson::MatrixFormLesson(QWidget* parent) : Lesson(parent) {
    auto* layout = new PlotGridLayout(this); // each plot the room its matrix's shape asks for
    for (auto& map : maps_) {
        map = new HeatmapView(this);
        layout->addWidget(map);
    }
    for (int panel = 0; panel < 3; ++panel) connectHover(maps_[std::size_t(panel)], panel);
}

// Which cells of the factors produced a cell of a product. Column form: Q = W^q I, A = KᵀQ,
// O = V A′ — cell (r, c) of the product comes from row r of the left factor and column c
// of the right. The row form has the same shape (Q = X W^qᵀ, S = QKᵀ, O = A′V). For A′ the
// source is the same cell of A (or S).
void MatrixFormLesson::showSources(int panel, int row, int column) {
    if (step() == 4) {
        maps_[panel == 0 ? 1 : 0]->setSourceHighlight(rowForm() ? row : -1, rowForm() ? -1 : column);
        return;
    }
    if (panel == 2) {
        maps_[0]->setSourceHighlight(row, -1);
        maps_[1]->setSourceHighlight(-1, column);
    }
}

QString MatrixFormLesson::stepTitle(int step) const {
    static const char* const column[] = {QT_TR_NOOP("1. Q = W^q I"), QT_TR_NOOP("2. K = W^k I"), QT_TR_NOOP("3. V = W^v I"), QT_TR_NOOP("4. A = KᵀQ"),
                                         QT_TR_NOOP("5. A′ = softmax of each column of A"), QT_TR_NOOP("6. O = V A′")};
    static const char* const row[] = {QT_TR_NOOP("1. Q = X W^qᵀ"), QT_TR_NOOP("2. K = X W^kᵀ"), QT_TR_NOOP("3. V = X W^vᵀ"), QT_TR_NOOP("4. S = QKᵀ"),
                                      QT_TR_NOOP("5. A′ = softmax of each row of S"), QT_TR_NOOP("6. O = A′ V")};
    return tr(rowForm() ? row[step] : column[step]);
}

QList<PlotView*> MatrixFormLesson::visiblePlots() const { return shownAmong({maps_[0], maps_[1], maps_[2]}); }

void MatrixFormLesson::refresh() {
    maps_[2]->setHidden(step() == 4);
    if (rowForm()) refreshRowForm();
    else refreshColumnForm();
    for (HeatmapView* map : maps_) map->setHighlight(-1, -1);
}

SharedMatrix MatrixFormLesson::lectureO() {
    if (lectureOOf_.lock() != trace()) {
        lectureO_ = std::make_shared<const Matrix>(lectureMatrix(*trace(), 0, LectureMatrix::O));
        lectureOOf_ = trace();
    }
    return SharedMatrix(lectureO_);
}

void MatrixFormLesson::refreshColumnForm() {
    const Trace& t = *trace();
    const ModelConfig& c = t.config;
    const HeadTrace& head = t.heads[0];
    const std::shared_ptr<const HeadAttention> firstHead = t.attention(0);
    // The column form's matrices are the trace's own, shown transposed (A = Sᵀ, A′ …: its first
    // head's, Trace::attention); only O = V A′ is computed, the lecture's way.
    const SharedMatrix A = ofAttention(firstHead, firstHead->scores).transposed();
    const auto D = ColorScheme::Diverging, S = ColorScheme::Weights;
    const Axis inputDims = dimensionAxis(c.dModel, tr("input dimension"));
    const Axis tokens = tokenAxis(t, tr("token")), queries = tokenAxis(t, tr("query")), keys = tokenAxis(t, tr("key"));
    const Axis qDims = dimensionAxis(c.dK, tr("q/k dimension")), vDims = dimensionAxis(c.dV, tr("v dimension"));
    const QString scaled = c.scoring == Scoring::ScaledDot ? " / √d_k" : "";
    const QString aTitle = c.scoring == Scoring::Additive ? QString("A") : "A = KᵀQ" + scaled;
    switch (step()) {
    case 0:
        maps_[0]->setData(matrixData("W_q", "W^q", t.weights.W_q.topRows(c.dK), qDims, inputDims, D));
        maps_[1]->setData(matrixData("I", "I", ofTrace(t.x).transposed(), inputDims, tokens, D));
        maps_[2]->setData(matrixData("Q", "Q", ofTrace(head.q).transposed(), qDims, queries, D));
        break;
    case 1:
        maps_[0]->setData(matrixData("W_k", "W^k", t.weights.W_k.topRows(c.dK), qDims, inputDims, D));
        maps_[1]->setData(matrixData("I", "I", ofTrace(t.x).transposed(), inputDims, tokens, D));
        maps_[2]->setData(matrixData("K", "K", ofTrace(head.k).transposed(), qDims, keys, D));
        break;
    case 2:
        maps_[0]->setData(matrixData("W_v", "W^v", t.weights.W_v.topRows(c.dV), vDims, inputDims, D));
        maps_[1]->setData(matrixData("I", "I", ofTrace(t.x).transposed(), inputDims, tokens, D));
        maps_[2]->setData(matrixData("V", "V", ofTrace(head.v).transposed(), vDims, keys, D));
        break;
    case 3:
        maps_[0]->setData(matrixData("K_transposed", "Kᵀ", ofTrace(head.k), keys, qDims, D));
        maps_[1]->setData(matrixData("Q", "Q", ofTrace(head.q).transposed(), qDims, queries, D));
        maps_[2]->setData(matrixData("A", aTitle, A, keys, queries, D));
        break;
    case 4:
        maps_[0]->setData(matrixData("A", aTitle, A, keys, queries, D));
        maps_[1]->setData(matrixData("A_prime", "A′", ofAttention(firstHead, firstHead->weights).transposed(), keys, queries, S));
        break;
    default:
        maps_[0]->setData(matrixData("V", "V", ofTrace(head.v).transposed(), vDims, keys, D));
        maps_[1]->setData(matrixData("A_prime", "A′", ofAttention(firstHead, firstHead->weights).transposed(), keys, queries, S));
        maps_[2]->setData(matrixData("O", "O = V A′", lectureO(), vDims, queries, D));
        break;
    }
    static const char* const texts[] = {
        QT_TR_NOOP("<p>Put the inputs side by side as the columns of I (d<sub>model</sub> × N). Then one product gives every "
        "query at once: Q = W<sup>q</sup> I, column i is q<sup>i</sup>.</p>"),
        QT_TR_NOOP("<p>The same for the keys: K = W<sup>k</sup> I, column j is k<sup>j</sup>.</p>"),
        QT_TR_NOOP("<p>And the values: V = W<sup>v</sup> I, column j is v<sup>j</sup>. W<sup>q</sup>, W<sup>k</sup> and "
        "W<sup>v</sup> are the only parameters learned.</p>"),
        QT_TR_NOOP("<p>All scores in one product: A = K<sup>T</sup>Q. Entry (j, i) is k<sup>j</sup>·q<sup>i</sup>, so "
        "<b>column i belongs to query i</b> and row j to key j.</p>"),
        QT_TR_NOOP("<p>Softmax (or ReLU) works down each column: the weights of query i add up to 1. A′ is the attention "
        "matrix.</p>"),
        QT_TR_NOOP("<p>O = V A′: column i of O is Σ<sub>j</sub> α′<sub>i,j</sub> v<sup>j</sup> = b<sup>i</sup>. The whole layer "
        "is three products, a normalisation and one more product.</p>")};
    explanation_ = tr(texts[step()]) + tr("<p><i>Lecture (column) form: every vector is a column. View → Paper "
                                          "(row) form shows the same matrices transposed.</i></p>");
}

void MatrixFormLesson::refreshRowForm() {
    const Trace& t = *trace();
    const ModelConfig& c = t.config;
    const HeadTrace& head = t.heads[0];
    const std::shared_ptr<const HeadAttention> firstHead = t.attention(0);
    const auto D = ColorScheme::Diverging, S = ColorScheme::Weights;
    const Axis inputDims = dimensionAxis(c.dModel, tr("input dimension"));
    const Axis tokens = tokenAxis(t, tr("token")), queries = tokenAxis(t, tr("query")), keys = tokenAxis(t, tr("key"));
    const Axis qDims = dimensionAxis(c.dK, tr("q/k dimension")), vDims = dimensionAxis(c.dV, tr("v dimension"));
    const QString sTitle = c.scoring == Scoring::Additive ? QString("S")
                                                          : "S = QKᵀ" + QString(c.scoring == Scoring::ScaledDot ? " / √d_k" : "");
    switch (step()) {
    case 0:
        maps_[0]->setData(matrixData("X", "X", ofTrace(t.x), tokens, inputDims, D));
        maps_[1]->setData(matrixData("W_q_transposed", "W^qᵀ", t.weights.W_q.topRows(c.dK).transpose(), inputDims, qDims, D));
        maps_[2]->setData(matrixData("Q", "Q", ofTrace(head.q), queries, qDims, D));
        break;
    case 1:
        maps_[0]->setData(matrixData("X", "X", ofTrace(t.x), tokens, inputDims, D));
        maps_[1]->setData(matrixData("W_k_transposed", "W^kᵀ", t.weights.W_k.topRows(c.dK).transpose(), inputDims, qDims, D));
        maps_[2]->setData(matrixData("K", "K", ofTrace(head.k), keys, qDims, D));
        break;
    case 2:
        maps_[0]->setData(matrixData("X", "X", ofTrace(t.x), tokens, inputDims, D));
        maps_[1]->setData(matrixData("W_v_transposed", "W^vᵀ", t.weights.W_v.topRows(c.dV).transpose(), inputDims, vDims, D));
        maps_[2]->setData(matrixData("V", "V", ofTrace(head.v), keys, vDims, D));
        break;
    case 3:
        maps_[0]->setData(matrixData("Q", "Q", ofTrace(head.q), queries, qDims, D));
        maps_[1]->setData(matrixData("K_transposed", "Kᵀ", head.k.transpose(), qDims, keys, D));
        maps_[2]->setData(matrixData("S", sTitle, ofAttention(firstHead, firstHead->scores), queries, keys, D));
        break;
    case 4:
        maps_[0]->setData(matrixData("S", sTitle, ofAttention(firstHead, firstHead->scores), queries, keys, D));
        maps_[1]->setData(matrixData("A_prime", "A′", ofAttention(firstHead, firstHead->weights), queries, keys, S));
        break;
    default:
        maps_[0]->setData(matrixData("A_prime", "A′", ofAttention(firstHead, firstHead->weights), queries, keys, S));
        maps_[1]->setData(matrixData("V", "V", ofTrace(head.v), keys, vDims, D));
        maps_[2]->setData(matrixData("O", "O = A′V", ofTrace(head.output), queries, vDims, D));
        break;
    }
    static const char* const texts[] = {
        QT_TR_NOOP("<p>In the paper every vector is a row: X (N × d<sub>model</sub>) has row i = x<sup>i</sup>, and "
        "Q = X W<sup>q T</sup>, row i is q<sup>i</sup>.</p>"),
        QT_TR_NOOP("<p>K = X W<sup>k T</sup>, row j is k<sup>j</sup>.</p>"),
        QT_TR_NOOP("<p>V = X W<sup>v T</sup>, row j is v<sup>j</sup>.</p>"),
        QT_TR_NOOP("<p>S = QK<sup>T</sup>: entry (i, j) is q<sup>i</sup>·k<sup>j</sup>, so <b>row i belongs to query i</b>. "
        "It is the lecture's A transposed: S = A<sup>T</sup>.</p>"),
        QT_TR_NOOP("<p>Softmax along each row: the weights of query i add up to 1.</p>"),
        QT_TR_NOOP("<p>O = A′V: row i of O is Σ<sub>j</sub> α′<sub>i,j</sub> v<sup>j</sup> = b<sup>i</sup>.</p>")};
    explanation_ = tr(texts[step()]) + tr("<p><i>Paper (row) form. View → Lecture (column) form shows the "
                                          "lecture's layout, where A = KᵀQ.</i></p>");
}

} // namespace al
