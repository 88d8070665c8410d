#pragma once
// The input vectors and the weights as editable tables, one tab per matrix: aⁱ, W^q, W^k,
// W^v, W^o, w_a. Every committed cell goes to the document, which recomputes at once; a
// cell refuses what is not a number, with a message. Over the inputs, a word field and
// buttons edit the sentence itself: insert, rename and remove tokens.
#include "core/base/matrix.h"

#include <QTabWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace al {

class AttentionDocument;
class MatrixTableModel;

class WeightsEditor : public QTabWidget {
    Q_OBJECT
public:
    explicit WeightsEditor(AttentionDocument& document, QWidget* parent = nullptr);

signals:
    void editRefused(const QString& reason);

private:
    void showDocument();
    QWidget* createSentenceBar();
    MatrixTableModel* addTable(const QString& title, const QString& toolTip, QWidget* above = nullptr);
    int selectedToken() const; // the inputs table's current row, −1 for none
    void editSentence(const QString& refusal, int selectRow);

    AttentionDocument& document_;
    QLineEdit* word_ = nullptr;
    QTableView* inputsView_ = nullptr;
    MatrixTableModel* inputs_;
    MatrixTableModel* query_;
    MatrixTableModel* key_;
    MatrixTableModel* value_;
    MatrixTableModel* output_;
    MatrixTableModel* additive_;
};

// Makes every column of `view` wide enough for the numbers of `matrix` as the table shows
// them, so that none is elided ("−0.3536", "1.235e−05").
void fitColumnsToNumbers(QTableView* view, const Matrix& matrix);

} // namespace al
