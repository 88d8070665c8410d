// The main window's layout: saved and restored (and checked: a broken one is never
// restored), the default one, presentation mode and back, and the explanation pane fitted
// to its text.
#include "ui/lesson_list.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QDataStream>
#include <QDockWidget>
#include <QMenuBar>
#include <QResizeEvent>
#include <QScopedPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include <cmath>

namespace al {

namespace {
constexpr double presentationFontScale = 1.5;
constexpr quint32 layoutVersion = 2; // a blob of another version is not restored
// The bounds of a sound layout, as shares of the window's width or the page's height.
constexpr double widestDock = 0.45, narrowestCentre = 0.35, lowestPictures = 0.4;
// The explanation's share of the page at most, when its text needs more (it scrolls then).
constexpr double tallestExplanation = 0.42;
} // namespace

QByteArray MainWindow::layoutState() const {
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    const QList<int> dockWidths{modelDock_->width(), editorDock_->width()};
    const QList<int> dockHeights{modelDock_->height(), editorDock_->height()};
    out << layoutVersion << saveState() << sideSplit_->saveState() << pageSplit_->saveState() << dockWidths
        << dockHeights
        << explanationSizedByUser_
        // Docks hidden beside a lesson with its own controls: as the user left them elsewhere.
        << docksForModel_ << docksOpen_.first << docksOpen_.second;
    return state;
}

void MainWindow::restoreLayout(const QByteArray& state) {
    if (state.isEmpty()) return;
    QDataStream in(state);
    quint32 version = 0;
    QByteArray window, side, page;
    QList<int> dockWidths, dockHeights;
    bool explanationSized = false;
    in >> version;
    if (version != layoutVersion) return; // from another version: keep the defaults
    in >> window >> side >> page >> dockWidths >> dockHeights >> explanationSized;
    if (in.status() != QDataStream::Ok) return;
    restoreState(window);
    bool docksForModel = true, modelOpen = true, editorOpen = true;
    if (!in.atEnd()) in >> docksForModel >> modelOpen >> editorOpen;
    if (in.status() == QDataStream::Ok && !docksForModel) { // saved while a lesson had them hidden
        modelDock_->setVisible(modelOpen);
        editorDock_->setVisible(editorOpen);
    }
    placeDocksFor(*currentLesson());
    sideSplit_->restoreState(side);
    // Docks built anew (after a change of language) take their sizes back explicitly.
    if (dockWidths.size() == 2) resizeDocks({modelDock_, editorDock_}, dockWidths, Qt::Horizontal);
    if (dockHeights.size() == 2) resizeDocks({modelDock_, editorDock_}, dockHeights, Qt::Vertical);
    explanationSizedByUser_ = explanationSized;
    if (explanationSized)
        pageSplit_->restoreState(page);
    else
        fitExplanation();
}

void MainWindow::restoreLayoutWhenSized(const QByteArray& state) {
    restoreLayout(state);
    // Sizes only mean something once the window has its own: after it is shown, and after
    // it leaves full screen (which a window manager does in its own time), the same layout
    // is given once more and checked.
    pendingLayout_ = state;
    layoutPending_ = true;
    if (isVisible()) layoutTimer_->start();
}

void MainWindow::settleLayout() {
    layoutTimer_->stop();
    if (!layoutPending_ || presenting_) return; // presenting: the sides stay hidden until it ends
    layoutPending_ = false;
    if (pendingLayout_.isEmpty())
        applyDefaultLayout();
    else
        restoreLayout(pendingLayout_);
    keepLayoutSound();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (layoutPending_) layoutTimer_->start();
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    if (layoutPending_ && isVisible()) layoutTimer_->start(); // again: the size is still settling
}

bool MainWindow::layoutIsSound() const {
    if (presenting_) return true; // the sides are hidden on purpose
    if (!lessonList_->isHidden() && lessonList_->width() < lessonList_->neededWidth()) return false;
    const int window = width();
    for (const QDockWidget* dock : {modelDock_, editorDock_}) {
        if (dock->isHidden() || dock->isFloating()) continue;
        if (dock->width() > widestDock * window || dock->width() < dock->minimumSizeHint().width() ||
            dock->height() < dock->minimumSizeHint().height())
            return false;
    }
    if (centralWidget()->width() < narrowestCentre * window) return false;
    if (pageSplit_->isVisible() && pages_->height() < lowestPictures * pageSplit_->height()) return false;
    return true;
}

void MainWindow::keepLayoutSound() {
    if (!layoutIsSound()) applyDefaultLayout();
}

void MainWindow::applyDefaultLayout() {
    if (!defaultDockState_.isEmpty()) restoreState(defaultDockState_);
    placeDocksFor(*currentLesson());
    const int window = width();
    const int dockWidth = std::clamp(std::max(modelDock_->sizeHint().width(), editorDock_->sizeHint().width()),
                                     window / 5, window * 3 / 10);
    resizeDocks({modelDock_, editorDock_}, {dockWidth, dockWidth}, Qt::Horizontal);
    const int dockArea = std::max(modelDock_->height() + editorDock_->height(), 2);
    const int modelHeight = std::clamp(modelDock_->sizeHint().height(), dockArea / 3, dockArea * 2 / 3);
    resizeDocks({modelDock_, editorDock_}, {modelHeight, dockArea - modelHeight}, Qt::Vertical);
    // The list at the width its titles need (its minimum), the page takes the rest.
    sideSplit_->setSizes({lessonList_->neededWidth(), std::max(sideSplit_->width(), 1) * 4});
    explanationSizedByUser_ = false;
    fitExplanation();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == pageSplit_ && event->type() == QEvent::Resize) fitExplanation();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitExplanation() {
    if (explanationSizedByUser_ || !pageSplit_ || !explanation_) return;
    const int total = pageSplit_->height() - pageSplit_->handleWidth();
    if (total < 50) return; // not laid out yet
    const int frame = 2 * explanation_->frameWidth();
    // The text laid out at the pane's width, as the pane will show it.
    QScopedPointer<QTextDocument> text(explanation_->document()->clone());
    text->setDefaultFont(explanation_->font());
    text->setTextWidth(std::max(explanation_->width() - frame, 50));
    const int needed = int(std::ceil(text->size().height())) + frame + 2;
    const int fewLines = 3 * explanation_->fontMetrics().lineSpacing() + frame;
    const int most = int(tallestExplanation * total);
    const int height = std::clamp(needed, std::min(fewLines, most), most);
    pageSplit_->setSizes({total - height, height});
}

void MainWindow::setPresentation(bool on, bool fullScreen) {
    if (on == presenting_) return;
    if (on) settleLayout(); // a layout still waiting for the window's size is the one to come back to
    presenting_ = on;
    presentationAction_->setChecked(on);
    for (QAction* key : presentationKeys_)
        key->setEnabled(on);
    if (on) {
        stateBeforePresenting_ = layoutState();
        geometryBeforePresenting_ = isFullScreen() ? QRect() : geometry();
        explanationSizedByUser_ = false; // the projector's page fits its own text
        QFont large = normalFont_;
        large.setPointSizeF(normalFont_.pointSizeF() * presentationFontScale);
        QApplication::setFont(large);
        setColours(Palette::HighContrast);
        for (QWidget* side :
             {static_cast<QWidget*>(modelDock_), static_cast<QWidget*>(editorDock_), static_cast<QWidget*>(lessonList_),
              static_cast<QWidget*>(menuBar()), static_cast<QWidget*>(statusBar())})
            side->hide();
        if (fullScreen) showFullScreen();
    } else {
        QApplication::setFont(normalFont_);
        setColours(userPalette_);
        lessonList_->show();
        menuBar()->show();
        statusBar()->show();
        if (isFullScreen()) showNormal();
        // The window's own size and place (some platforms come back from full screen at another).
        if (geometryBeforePresenting_.isValid() && geometry() != geometryBeforePresenting_)
            setGeometry(geometryBeforePresenting_);
        // Exactly the layout from before, once the window is back at its own size.
        restoreLayoutWhenSized(stateBeforePresenting_);
    }
    applyTypeSizes();
    showLessonContent();
}

} // namespace al
