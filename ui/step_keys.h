#pragma once
// ← and → step through the lessons wherever the keyboard focus is in the window — on a
// plot, the lesson list, a button, a table — except while the user is typing: in a text
// field, a spin box (the query box) or a table cell's editor the arrows move the cursor.
// An application event filter, because a window shortcut loses the arrows to whichever
// widget claims them, and after one click in the query box they would be lost for good.
#include <QObject>

#include <functional>

class QWidget;

namespace al {

class StepKeys : public QObject {
    Q_OBJECT
public:
    // Watches the key presses of `window`'s widgets; `step` is called with −1 or +1.
    StepKeys(QWidget* window, std::function<void(int)> step);

    // Whether `widget` takes the arrow keys for typing (a text field, a spin box, an
    // editable combo box or text area, a table cell's editor).
    static bool isTyping(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
    std::function<void(int)> step_;
};

} // namespace al
