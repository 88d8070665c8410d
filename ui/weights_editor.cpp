#include "ui/weights_editor.h"

#include "ui/attention_document.h"
#include "ui/notation.h"
#include "ui/widgets/matrix_table_model.h"
#include "ui/widgets/number_delegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace al {

void fitColumnsToNumbers(QTableView* view, const Matrix& matrix) {
    const QFontMetrics metrics(view->font());
    // The longest number of a matrix that is not huge (digits are equally wide in the table
    // fonts); beyond that the longest any number can be, "-8.888e-308". This runs after
    // every edit, so it measures text lengths, and only the longest in pixels.
    constexpr Eigen::Index measuredAtMost = 20'000;
    QString longest = QStringLiteral("-0.0000");
    if (matrix.size() <= measuredAtMost) {
        for (Eigen::Index i = 0; i < matrix.size(); ++i)
            if (const QString text = displayedNumber(matrix.data()[i]); text.size() > longest.size()) longest = text;
    } else {
        longest = QStringLiteral("-8.888e-308");
    }
    const int widest = metrics.horizontalAdvance(longest);
    const int margins = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 8;
    QHeaderView* header = view->horizontalHeader();
    header->setMinimumSectionSize(std::min(header->minimumSectionSize(), widest + margins));
    header->setDefaultSectionSize(widest + margins);
}

WeightsEditor::WeightsEditor(AttentionDocument& document, QWidget* parent) : QTabWidget(parent), document_(document) {
    inputs_ = addTable(tr("a (inputs)"), tr("The input vectors, one row per token. Double-click a cell to edit it."),
                       createSentenceBar());
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

QWidget* WeightsEditor::createSentenceBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    word_ = new QLineEdit(bar);
    word_->setPlaceholderText(tr("a word"));
    word_->setToolTip(tr("Type your own sentence: a new word's vector comes from the seed and the word, so the same "
                         "word always starts with the same vector"));
    auto* insert = new QPushButton(tr("Insert"), bar);
    insert->setToolTip(tr("Insert the word after the selected token (at the end when none is selected)"));
    auto* rename = new QPushButton(tr("Rename"), bar);
    rename->setToolTip(tr("Give the selected token this word, and the word's vector"));
    auto* remove = new QPushButton(tr("Remove"), bar);
    remove->setToolTip(tr("Remove the selected token"));
    row->addWidget(word_, 1);
    row->addWidget(insert);
    row->addWidget(rename);
    row->addWidget(remove);

    auto insertWord = [this] {
        const int selected = selectedToken();
        const int at = selected < 0 ? document_.sample().tokenCount() : selected + 1;
        editSentence(document_.insertToken(at, word_->text()), at);
    };
    connect(insert, &QPushButton::clicked, this, insertWord);
    connect(word_, &QLineEdit::returnPressed, this, insertWord); // type a word, Enter, the next word, …
    connect(rename, &QPushButton::clicked, this, [this] {
        const int selected = selectedToken();
        if (selected < 0) return emit editRefused(tr("Select the token to rename: click its row in the table."));
        editSentence(document_.renameToken(selected, word_->text()), selected);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int selected = selectedToken();
        if (selected < 0) return emit editRefused(tr("Select the token to remove: click its row in the table."));
        const int stays = std::min(selected, document_.sample().tokenCount() - 2); // the row then selected
        editSentence(document_.removeToken(selected), stays);
    });
    return bar;
}

int WeightsEditor::selectedToken() const {
    const QModelIndex current = inputsView_ ? inputsView_->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

void WeightsEditor::editSentence(const QString& refusal, int selectRow) {
    if (!refusal.isEmpty()) return emit editRefused(refusal);
    word_->clear();
    inputsView_->setCurrentIndex(inputs_->index(selectRow, 0));
}

MatrixTableModel* WeightsEditor::addTable(const QString& title, const QString& toolTip, QWidget* above) {
    auto* model = new MatrixTableModel(this);
    auto* view = new QTableView(this);
    view->setModel(model);
    view->setToolTip(toolTip);
    view->verticalHeader()->setDefaultSectionSize(22);
    auto* delegate = new NumberDelegate(view);
    view->setItemDelegate(delegate);
    connect(delegate, &NumberDelegate::refused, this, &WeightsEditor::editRefused);
    if (above) {
        auto* page = new QWidget(this);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(above);
        layout->addWidget(view, 1);
        addTab(page, title);
        inputsView_ = view;
    } else {
        addTab(view, title);
    }
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
    additive_->setMatrix(w.w_a, notation::indexLabels(int(w.w_a.rows()), tr("head ")),
                         notation::indexLabels(int(w.w_a.cols())));
    for (int tab = 0; tab < count(); ++tab) {
        QTableView* view = tab == 0 ? inputsView_ : qobject_cast<QTableView*>(widget(tab));
        if (view) fitColumnsToNumbers(view, static_cast<MatrixTableModel*>(view->model())->matrix());
    }
    setTabEnabled(4, c.outputProjection);
    setTabEnabled(5, c.scoring == Scoring::Additive);
}

} // namespace al
