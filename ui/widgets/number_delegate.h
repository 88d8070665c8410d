#pragma once
// The editor of a cell of a number table. While what is typed is not a number the field
// turns red and says so, and Enter or Tab then keeps the editor open with that message,
// instead of closing it and silently putting the old value back.
#include <QStyledItemDelegate>

namespace al {

class NumberDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

signals:
    void refused(const QString& reason); // Enter on something that is not a number

protected:
    bool eventFilter(QObject* editor, QEvent* event) override;
};

// The message for a text that is not a number.
QString notANumberMessage(const QString& text);

} // namespace al
