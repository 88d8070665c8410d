#pragma once
// Driving the main window in a test as a user would: letting it settle, pressing keys,
// answering its message boxes, finding a lesson's heatmap, opening a sample shown.
#include "ui/lesson_page.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

namespace al::test {

inline const QString samples = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/";

// Lets the window lay itself out and settle its layout (its timers run).
void settle(int milliseconds = 150);

// The event loop, until `done` holds or `milliseconds` have passed; whether it holds. For
// what arrives in its own time (a window's size after full screen), later on a loaded machine.
template <typename Condition> bool settleUntil(Condition done, int milliseconds = 5000) {
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

void press(QWidget* widget, Qt::Key key);

// Answers every message box shown while `run` runs with `button`, recording its text.
QStringList answeringBoxes(QMessageBox::StandardButton button, const std::function<void()>& run);

HeatmapView* heatmapWithId(LessonPage* lesson, const QString& id);

// `window` with `sample` open, its trace computed, shown at 1600 × 1000 and settled.
void openShown(MainWindow& window, const QString& sample);

} // namespace al::test
