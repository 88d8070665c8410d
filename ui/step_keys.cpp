#include "ui/step_keys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace al {

StepKeys::StepKeys(QWidget* window, std::function<void(int)> step)
    : QObject(window), window_(window), step_(std::move(step)) {
    qApp->installEventFilter(this);
}

bool StepKeys::isTyping(const QWidget* widget) {
    if (!widget) return false;
    if (auto* line = qobject_cast<const QLineEdit*>(widget)) return !line->isReadOnly();
    if (auto* spin = qobject_cast<const QAbstractSpinBox*>(widget)) return !spin->isReadOnly();
    if (auto* text = qobject_cast<const QTextEdit*>(widget)) return !text->isReadOnly();
    if (auto* text = qobject_cast<const QPlainTextEdit*>(widget)) return !text->isReadOnly();
    if (auto* combo = qobject_cast<const QComboBox*>(widget)) return combo->isEditable();
    return false;
}

bool StepKeys::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType()) return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Left && key->key() != Qt::Key_Right) return false;
    if (key->modifiers() & ~Qt::KeypadModifier) return false; // Shift+→ selects text, Alt+← …
    auto* widget = static_cast<QWidget*>(watched);
    if (widget->window() != window_ || isTyping(QApplication::focusWidget()) || isTyping(widget)) return false;
    step_(key->key() == Qt::Key_Left ? -1 : +1);
    return true;
}

} // namespace al
