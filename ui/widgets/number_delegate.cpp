#include "ui/widgets/number_delegate.h"

#include "ui/widgets/matrix_table_model.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace al {

namespace {
void showProblem(QLineEdit* editor) {
    const bool number = parseNumber(editor->text()).has_value();
    editor->setStyleSheet(number ? QString() : QStringLiteral("QLineEdit { background: #ffd8d8; }"));
    editor->setToolTip(number ? QString() : notANumberMessage(editor->text()));
    if (number)
        QToolTip::hideText();
    else
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), editor->toolTip(), editor);
}
} // namespace

QString notANumberMessage(const QString& text) {
    return NumberDelegate::tr(
               "“%1” is not a number. Type one such as 0.5, −2 or 1e−3, or press Esc to keep the old value.")
        .arg(text);
}

QWidget* NumberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const {
    QWidget* widget = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* editor = qobject_cast<QLineEdit*>(widget))
        connect(editor, &QLineEdit::textEdited, editor, [editor] { showProblem(editor); });
    return widget;
}

bool NumberDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool commits =
            key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab;
        if (commits && !parseNumber(editor->text())) {
            showProblem(editor);
            emit refused(notANumberMessage(editor->text()));
            return true; // the editor stays open
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace al
