#include "ui/weights_editor.h"

#include "ui/attention_document.h"
#include "ui/notation.h"
#include "ui/widgets/matrix_table_model.h"

#include <QHeaderView>
#include <QTableView>

namespace al {

WeightsEditor::WeightsEditor(AttentionDocument& document, QWidget* parent) : QTabWidget(parent), document_(document) {
    inputs_ = addTable(tr("a (inputs)"), tr("The input vectors, one row per token. Double-click a cell to edit it."));
    query_ = addTable(tr("W^q"), tr("W^q: row r gives entry r of every query q = W^q a"));
    key_ = addTable(tr("W^k"), tr("W^k: row r gives entry r of every key k = W^k a"));
    value_ = addTable(tr("W^v"), tr("W^v: row r gives entry r of every value v = W^v a"));
    output_ = addTable(tr("W^o"), tr("W^o: the output projection b = W^o c (only with the projection on)"));
    additive_ = addTable(tr("w_a"), tr("w_a: one row per head, for additive scores w_a·tanh(q + k)"));

    inputs_->setCommit([this](int r, int c, double v) { return document_.setEmbedding(r, c, v); });
    const std::pair<MatrixTableModel*, WeightMatrix> weights[] = {{query_, WeightMatrix::Query},
                                                                  {key_, WeightMatrix::Key},
                                                                  {value_, WeightMatrix::Value},
                                                                  {output_, WeightMatrix::Output},
                                                                  {additive_, WeightMatrix::Additive}};
    for (auto [model, which] : weights)
        model->setCommit([this, which](int r, int c, double v) { return document_.setWeight(which, r, c, v); });
    connect(&document_, &AttentionDocument::traceChanged, this, &WeightsEditor::showDocument);
}

MatrixTableModel* WeightsEditor::addTable(const QString& title, const QString& toolTip) {
    auto* model = new MatrixTableModel(this);
    auto* view = new QTableView(this);
    view->setModel(model);
    view->setToolTip(toolTip);
    view->horizontalHeader()->setDefaultSectionSize(64);
    view->verticalHeader()->setDefaultSectionSize(22);
    addTab(view, title);
    connect(model, &MatrixTableModel::editRefused, this, &WeightsEditor::editRefused);
    return model;
}

void WeightsEditor::showDocument() {
    const Sample& s = document_.sample();
    const Weights& w = s.model.weights;
    const ModelConfig& c = s.model.config;
    const QStringList tokens = notation::tokenLabels(s.tokens);
    inputs_->setMatrix(s.embeddings, tokens, notation::indexLabels(c.dModel));
    query_->setMatrix(w.W_q, notation::indexLabels(int(w.W_q.rows())), notation::indexLabels(c.dModel));
    key_->setMatrix(w.W_k, notation::indexLabels(int(w.W_k.rows())), notation::indexLabels(c.dModel));
    value_->setMatrix(w.W_v, notation::indexLabels(int(w.W_v.rows())), notation::indexLabels(c.dModel));
    output_->setMatrix(w.W_o, notation::indexLabels(int(w.W_o.rows())), notation::indexLabels(int(w.W_o.cols())));
    additive_->setMatrix(w.w_a, notation::indexLabels(int(w.w_a.rows()), tr("head ")), notation::indexLabels(int(w.w_a.cols())));
    setTabEnabled(4, c.outputProjection);
    setTabEnabled(5, c.scoring == Scoring::Additive);
}

} // namespace al
