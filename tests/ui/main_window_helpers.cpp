#include "tests/ui/main_window_helpers.h"

#include "ui/attention_document.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QKeyEvent>
#include <QPushButton>
#include <QTimer>

namespace al::test {

void settle(int milliseconds) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void press(QWidget* widget, Qt::Key key) {
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &up);
}

QStringList answeringBoxes(QMessageBox::StandardButton button, const std::function<void()>& run) {
    QStringList shown;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown << box->text();
            (box->button(button) ? box->button(button) : box->buttons().first())->click();
        }
    });
    answer.start();
    run();
    return shown;
}

HeatmapView* heatmapWithId(LessonPage* lesson, const QString& id) {
    lesson->waitUntilDrawn();
    for (HeatmapView* view : lesson->visibleHeatmaps())
        if (view->data().id == id) return view;
    return nullptr;
}

void openShown(MainWindow& window, const QString& sample) {
    REQUIRE(window.openSample(samples + sample).isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.resize(1600, 1000);
    window.show();
    settle();
}

} // namespace al::test
