// The main window's layout as a user leaves and finds it: exactly the same after presentation
// mode, every lesson title whole after a language switch, a broken saved layout not
// restored, the explanation pane as tall as its text, and the docks making room beside the
// convolution lesson.
#include "tests/ui/main_window_helpers.h"
#include "ui/attention_document.h"
#include "ui/help_windows.h"
#include "ui/language.h"
#include "ui/lesson_export.h"
#include "ui/lesson_list.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"
#include "ui/page_picture.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace al;
using namespace al::test;

namespace {
// Every title of the list shown whole: the list's text area is as wide as the widest.
void checkTitlesFit(const MainWindow& window) {
    const LessonList* list = window.lessonList();
    for (int row = 0; row < list->count(); ++row) {
        INFO(list->item(row)->text().toStdString());
        // The item's text and margins, as the delegate lays it out, fit the list's width.
        CHECK(list->sizeHintForIndex(list->model()->index(row, 0)).width() <= list->viewport()->width());
        CHECK(list->fontMetrics().horizontalAdvance(list->item(row)->text()) < list->viewport()->width());
    }
    CHECK(list->width() >= list->neededWidth());
}

struct Widths {
    int window, list, model, editor, modelHeight, centre;
    bool operator==(const Widths&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Widths& w) {
    return out << "window " << w.window << ", list " << w.list << ", model dock " << w.model << " × " << w.modelHeight
               << ", editor dock " << w.editor << ", centre " << w.centre;
}
Widths widthsOf(const MainWindow& window) {
    return {window.width(),
            window.lessonList()->width(),
            window.modelDock()->width(),
            window.editorDock()->width(),
            window.modelDock()->height(),
            window.centralWidget()->width()};
}

} // namespace

TEST_CASE("presentation mode on and off gives back exactly the layout before", "[window][layout]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "animal-street.json").isEmpty());
    window.resize(1600, 1000);
    window.show();
    REQUIRE(window.document().waitForTrace()); // the trace arrives once shown, as when the app starts
    settle();
    REQUIRE(window.layoutIsSound());
    checkTitlesFit(window);
    // The layout settles on timers (a window's size after full screen arrives in its own
    // time): on a loaded machine 150 ms is not always enough.
    auto settled = [&] {
        REQUIRE(window.currentLesson()->waitUntilDrawn());
        settle(600);
    };
    const Widths before = widthsOf(window);
    for (int round = 0; round < 2; ++round) {
        window.setPresentation(true);
        settled();
        window.setPresentation(false);
        settled();
        settleUntil([&] { return widthsOf(window) == before; });
        CHECK(widthsOf(window) == before);
        checkTitlesFit(window);
    }
}

TEST_CASE("after a language switch the lesson list still shows every title whole", "[window][layout][language]") {
    MainWindow window;
    openShown(window, "animal-street.json");
    for (const QString language : {"zh_CN", "en", "zh_CN", "en"}) {
        window.setLanguage(language, true);
        settle();
        // The rebuilt docks take their sizes back on timers: give a slow build (the sanitizers)
        // up to two seconds more before judging the layout.
        for (int wait = 0; wait < 20 && !window.layoutIsSound(); ++wait)
            settle(100);
        INFO(language.toStdString());
        checkTitlesFit(window);
        CHECK(window.layoutIsSound());
    }
    applyLanguage("en");
}

TEST_CASE("a broken saved layout is not restored: the next start has the default one", "[window][layout]") {
    // What the previous version saved after a language switch: the lesson list at 60 pixels
    // ("Convolutio"), and a right dock swollen to most of the window.
    QByteArray broken;
    {
        QMainWindow shape;
        QSplitter side;
        side.addWidget(new QWidget);
        side.addWidget(new QWidget);
        side.resize(1200, 800);
        side.setSizes({60, 1140});
        QDataStream out(&broken, QIODevice::WriteOnly);
        out << shape.saveState() << side.saveState() << side.saveState() << QList<int>{1100, 1100}
            << QList<int>{400, 400};
    }
    QSettings().setValue("window/layout", broken);
    MainWindow restarted;
    REQUIRE(restarted.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(restarted.document().waitForTrace());
    restarted.resize(1600, 1000);
    restarted.show();
    settle();
    CHECK(restarted.layoutIsSound());
    CHECK(restarted.modelDock()->width() < 0.45 * restarted.width());
    checkTitlesFit(restarted);

    // A sound layout is kept as it was left, through a restart.
    restarted.resizeDocks({restarted.modelDock()}, {420}, Qt::Horizontal);
    settle();
    REQUIRE(restarted.layoutIsSound());
    const Widths left = widthsOf(restarted);
    restarted.close(); // saves the layout
    MainWindow again;
    REQUIRE(again.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(again.document().waitForTrace());
    again.show();
    settle();
    CHECK(widthsOf(again) == left);
    QSettings().remove("window");
}

TEST_CASE("the explanation pane is as tall as its text needs, within bounds", "[window][layout]") {
    MainWindow window;
    openShown(window, "animal-street.json");
    auto* explanation = window.findChild<QTextBrowser*>();
    REQUIRE(window.showLesson("matrix")); // a short explanation
    window.setStep(1);
    settle();
    const int total = window.pageSplitter()->height();
    const int shortHeight = explanation->height();
    CHECK(shortHeight < total / 4);
    CHECK(explanation->document()->size().height() <= shortHeight); // all of it in view
    REQUIRE(window.showLesson("walkthrough"));                      // a long one
    window.setStep(3);
    REQUIRE(window.currentLesson()->waitUntilDrawn()); // its text comes from the page's worker
    CHECK(settleUntil([&] { return explanation->height() > shortHeight; }));
    CHECK(explanation->height() <= 0.43 * total);
}

TEST_CASE("the model panel and vector tables make room beside the convolution lesson, and come back as left",
          "[window][layout]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.showLesson("walkthrough"));
    CHECK(window.modelDock()->isVisible());
    CHECK(window.editorDock()->isVisible());
    window.editorDock()->close(); // the user's choice, kept across lessons
    REQUIRE(window.showLesson("convolution"));
    CHECK_FALSE(window.currentLesson()->lesson().showsSampleModel());
    CHECK_FALSE(window.modelDock()->isVisible());
    CHECK_FALSE(window.editorDock()->isVisible());
    REQUIRE(window.showLesson("masks"));
    CHECK(window.modelDock()->isVisible());
    CHECK_FALSE(window.editorDock()->isVisible());
}
