#pragma once
// The real main window on the offscreen screen, driven as a user drives it: clicks on the
// lesson list, cells, buttons and check boxes, keys (→, ←, F5, Esc) to whatever has the
// focus, numbers typed into spin boxes, menu entries chosen. After each change check()
// runs the event loop as the app would (queued replots, deferred rebuilds) and then the
// checks of window_checks.h, failing the test case with the findings and where they were.
//
// Every journey starts from clean settings of its own (in the tests' organisation, set by
// ui_test_main.cpp, under a name of this process) and ends in English, out of presentation
// mode, with those settings removed.
#include <QString>
#include <QTimer>
#include <Qt>

#include <memory>

class QAbstractButton;
class QAbstractSpinBox;
class QCheckBox;
class QSpinBox;
class QWidget;

namespace al {
class HeatmapView;
class MainWindow;
class MaskComposer;
class PlotView;
} // namespace al

namespace al::test {

class WindowJourney {
public:
    // The window at 1600 × 1000 on screen with `sample` (a file in samples/) open.
    explicit WindowJourney(const QString& sample);
    ~WindowJourney();
    WindowJourney(const WindowJourney&) = delete;
    WindowJourney& operator=(const WindowJourney&) = delete;

    MainWindow& window() { return *window_; }

    // Input. Each runs the event loop afterwards, as the app's would.
    void clickLesson(const QString& id);
    void pressKey(int key, int modifiers = 0); // to the widget with the focus (else the window)
    // → (or another key that steps: space while presenting) and ←: a failure when the step did
    // not change, then the Next (Back) button instead.
    void stepForward(int key = Qt::Key_Right);
    void stepBack();
    // The key 1–8 while presenting: a failure when lesson `number` is not shown then.
    void presentLesson(int number);
    void clickNext();
    void typeQuery(int query); // 1-based, typed into the step bar's query box
    void clickCell(HeatmapView& view, int row, int column);
    void clickTitle(PlotView& plot); // on the plot, away from its cells
    void click(QAbstractButton* button);
    void typeInto(QAbstractSpinBox* box, const QString& text); // select all, type, Enter
    void chooseMenuEntry(const QString& text);                 // the menu entry with this text, as a click on it
    // Closes the window (which saves its layout), makes a new one that restores it, and opens
    // the sample again, as the app starts. The document must have no unsaved edits (closing
    // would ask about them in a dialog).
    void restart();

    // What a user finds on screen.
    QSpinBox* queryBox() const;
    QSpinBox* headsBox() const;
    MaskComposer* maskComposer() const;
    QCheckBox* checkBox(QWidget* inside, const QString& text) const;
    HeatmapView* visibleHeatmap(int index) const; // the index-th visible heatmap of the page
    int step() const;

    // After a change: every visible plot checked (and the lesson list when `lessonList`);
    // a failed check names the sample, lesson, step, query and the change.
    void check(const QString& change, bool lessonList = false);
    void settle(); // the event loop, until what the change posted has run
    QString where() const;

private:
    void start();
    void stepWith(int key, const QString& buttonText);

    QString sample_;
    QString applicationName_; // restored at the end
    // A modal dialog would wait for an answer that never comes: it is named and closed.
    QTimer dialogWatch_;
    std::unique_ptr<MainWindow> window_;
};

} // namespace al::test
