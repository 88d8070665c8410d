#pragma once
// The input vectors and the weights as editable tables, one tab per matrix: aⁱ, W^q, W^k,
// W^v, W^o, w_a. Every committed cell goes to the document, which recomputes at once.
#include <QTabWidget>

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
    MatrixTableModel* addTable(const QString& title, const QString& toolTip);

    AttentionDocument& document_;
    MatrixTableModel* inputs_;
    MatrixTableModel* query_;
    MatrixTableModel* key_;
    MatrixTableModel* value_;
    MatrixTableModel* output_;
    MatrixTableModel* additive_;
};

} // namespace al
