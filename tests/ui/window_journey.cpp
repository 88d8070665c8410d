#include "window_journey.h"

#include "ui/attention_document.h"
#include "ui/language.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"
#include "ui/model_panel.h"
#include "ui/widgets/mask_composer.h"
#include "ui/worker.h"
#include "window_checks.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStyleOptionButton>
#include <QTest>

namespace al::test {

namespace {
const QString samplesFolder = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/";
constexpr int windowWidth = 1600, windowHeight = 1000;

QString keyName(int key) {
    return key == Qt::Key_Right ? "→" : key == Qt::Key_Left ? "←" : QKeySequence(key).toString();
}

QString plainText(QString html) {
    return html.remove(QRegularExpression("<[^>]*>"));
}

QString describeWidget(const QWidget* widget) {
    if (!widget) return QStringLiteral("nothing");
    QString text = widget->metaObject()->className();
    if (!widget->objectName().isEmpty()) text += " " + widget->objectName();
    if (const auto* box = qobject_cast<const QAbstractSpinBox*>(widget)) text += " “" + box->text() + "”";
    return text;
}
} // namespace

WindowJourney::WindowJourney(const QString& sample)
    : sample_(sample), applicationName_(QCoreApplication::applicationName()) {
    // Settings of this process alone (ctest runs test cases side by side), cleared.
    QCoreApplication::setApplicationName(
        QString("%1-window-journey-%2").arg(applicationName_).arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    if (currentLanguage() != "en") applyLanguage("en");
    dialogWatch_.setInterval(100);
    QObject::connect(&dialogWatch_, &QTimer::timeout, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) return;
        const auto* box = qobject_cast<const QMessageBox*>(dialog);
        WARN(("a dialog “" + dialog->windowTitle() + "” opened" + (box ? ": " + box->text() : QString()) +
              " — closed unanswered")
                 .toStdString());
        dialog->close();
    });
    dialogWatch_.start();
    start();
}

WindowJourney::~WindowJourney() {
    if (window_ && window_->inPresentation()) window_->setPresentation(false); // gives back the app's font
    window_.reset();
    settle();
    if (currentLanguage() != "en") applyLanguage("en");
    QSettings settings;
    settings.clear();
    settings.sync();
    QFile::remove(settings.fileName());
    QCoreApplication::setApplicationName(applicationName_);
}

void WindowJourney::start() {
    window_ = std::make_unique<MainWindow>();
    REQUIRE(window_->openSample(samplesFolder + sample_).isEmpty());
    REQUIRE(window_->document().waitForTrace());
    window_->resize(windowWidth, windowHeight);
    window_->show();
    window_->activateWindow(); // keys reach the window's shortcuts only in the active window
    REQUIRE(QTest::qWaitForWindowActive(window_.get()));
    settle();
}

void WindowJourney::restart() {
    REQUIRE_FALSE(window_->document().isModified());
    window_->close();
    window_.reset();
    settle();
    start();
}

void WindowJourney::settle() {
    // The trace an edit started and the step drawn from it, as a user waits for the picture; then queued replots,
    // deferred rebuilds (a change of language), layout requests and the deletion of
    // replaced widgets each take a pass; a few passes run them all.
    if (window_) {
        REQUIRE(window_->document().worker().waitUntilIdle());
        REQUIRE(window_->currentLesson()->waitUntilDrawn()); // the step, described on the page's worker
    }
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

QString WindowJourney::where() const {
    const LessonPage* lesson = window_->currentLesson();
    QString text = QString("%1 · %2 · step %3 of %4 “%5”")
                       .arg(sample_, lesson->title())
                       .arg(lesson->step() + 1)
                       .arg(lesson->stepCount())
                       .arg(plainText(lesson->stepTitle(lesson->step())));
    if (const QSpinBox* query = queryBox(); query && query->isVisible())
        text += QString(" · query %1").arg(query->value());
    if (window_->inPresentation()) text += " · presentation";
    if (currentLanguage() != "en") text += " · " + currentLanguage();
    return text;
}

void WindowJourney::check(const QString& change, bool lessonList) {
    settle();
    QStringList findings = checkEveryVisiblePlot(*window_);
    if (lessonList) findings += checkLessonList(*window_);
    INFO((where() + "\n  after " + change + ":\n  - " + findings.join("\n  - ")).toStdString());
    CHECK(findings.isEmpty());
}

int WindowJourney::step() const {
    return window_->currentLesson()->step();
}

void WindowJourney::clickLesson(const QString& id) {
    auto* list = window_->findChild<QListWidget*>();
    REQUIRE(list != nullptr);
    int row = -1;
    for (int i = 0; i < window_->lessons().size(); ++i)
        if (window_->lessons()[i]->id() == id) row = i;
    REQUIRE(row >= 0);
    const QRect item = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, item.center());
    settle();
    REQUIRE(window_->currentLesson()->id() == id);
}

void WindowJourney::pressKey(int key, int modifiers) {
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window_.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    settle();
}

void WindowJourney::stepWith(int key, const QString& buttonText) {
    const int before = step();
    const QString focus = describeWidget(QApplication::focusWidget());
    pressKey(key);
    if (step() != before) return;
    FAIL_CHECK((where() + ": " + keyName(key) + " did not change the step (the focus was on " + focus + "); the " +
                buttonText + " button instead")
                   .toStdString());
    for (QPushButton* button : window_->findChildren<QPushButton*>())
        if (button->text() == buttonText && button->isVisible()) click(button);
}

void WindowJourney::stepForward(int key) {
    stepWith(key, MainWindow::tr("Next ▶"));
}

void WindowJourney::stepBack() {
    stepWith(Qt::Key_Left, MainWindow::tr("◀ Back"));
}

void WindowJourney::presentLesson(int number) {
    REQUIRE(number >= 1);
    REQUIRE(number <= window_->lessons().size());
    const QString focus = describeWidget(QApplication::focusWidget());
    pressKey(Qt::Key_0 + number);
    const QString id = window_->lessons()[number - 1]->id();
    if (window_->currentLesson()->id() == id) return;
    FAIL_CHECK((where() + ": the key " + QString::number(number) + " did not show lesson " + QString::number(number) +
                " (the focus was on " + focus + ")")
                   .toStdString());
    window_->showLesson(id); // the list, the other way to a lesson, is hidden while presenting
    settle();
}

void WindowJourney::clickNext() {
    for (QPushButton* button : window_->findChildren<QPushButton*>())
        if (button->text() == MainWindow::tr("Next ▶") && button->isVisible()) return click(button);
    FAIL("no Next button on screen");
}

void WindowJourney::typeQuery(int query) {
    QSpinBox* box = queryBox();
    REQUIRE(box != nullptr);
    REQUIRE(box->isVisible());
    typeInto(box, QString::number(query));
    CHECK(window_->currentLesson()->query() == query - 1);
}

void WindowJourney::typeInto(QAbstractSpinBox* box, const QString& text) {
    auto* edit = box->findChild<QLineEdit*>();
    REQUIRE(edit != nullptr);
    QTest::mouseClick(edit, Qt::LeftButton, Qt::NoModifier, edit->rect().center());
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
    settle();
}

void WindowJourney::clickCell(HeatmapView& view, int row, int column) {
    const QPoint at(int(view.xAxis->coordToPixel(column)), int(view.yAxis->coordToPixel(row)));
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, at);
    settle();
}

void WindowJourney::clickTitle(PlotView& plot) {
    const QCPLayoutElement* title = plot.plotLayout()->element(0, 0);
    QTest::mouseClick(&plot, Qt::LeftButton, Qt::NoModifier, title ? title->outerRect().center() : QPoint(4, 4));
    settle();
}

void WindowJourney::click(QAbstractButton* button) {
    REQUIRE(button != nullptr);
    QPoint at = button->rect().center();
    if (auto* box = qobject_cast<QCheckBox*>(button)) { // on the box itself: a wide check box's centre may be empty
        QStyleOptionButton option;
        option.initFrom(box);
        at = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box).center();
    }
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, at);
    settle();
}

void WindowJourney::chooseMenuEntry(const QString& text) {
    for (QAction* action : window_->findChildren<QAction*>())
        if (action->text() == text && action->isEnabled()) {
            action->trigger(); // what QMenu does when the entry is clicked
            settle();
            return;
        }
    FAIL(("no menu entry “" + text + "”").toStdString());
}

QSpinBox* WindowJourney::queryBox() const {
    for (QSpinBox* box : window_->findChildren<QSpinBox*>())
        if (box->prefix() == MainWindow::tr("query i = ")) return box;
    return nullptr;
}

QSpinBox* WindowJourney::headsBox() const {
    // The model panel's row labelled "Heads".
    auto* panel = window_->findChild<ModelPanel*>();
    auto* form = panel ? qobject_cast<QFormLayout*>(panel->layout()) : nullptr;
    if (!form) return nullptr;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
        auto* text = label ? qobject_cast<QLabel*>(label->widget()) : nullptr;
        if (text && field && text->text() == ModelPanel::tr("Heads")) return qobject_cast<QSpinBox*>(field->widget());
    }
    return nullptr;
}

MaskComposer* WindowJourney::maskComposer() const {
    return window_->findChild<MaskComposer*>();
}

QCheckBox* WindowJourney::checkBox(QWidget* inside, const QString& text) const {
    for (QCheckBox* box : inside->findChildren<QCheckBox*>())
        if (box->text() == text) return box;
    return nullptr;
}

HeatmapView* WindowJourney::visibleHeatmap(int index) const {
    int seen = 0;
    for (HeatmapView* view : window_->currentLesson()->findChildren<HeatmapView*>())
        if (view->isVisible() && seen++ == index) return view;
    return nullptr;
}

} // namespace al::test
