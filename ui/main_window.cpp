#include "ui/main_window.h"

#include "core/attention.h"
#include "ui/attention_document.h"
#include "ui/language.h"
#include "ui/lessons/convolution_lesson.h"
#include "ui/lessons/masks_lesson.h"
#include "ui/lessons/matrix_form_lesson.h"
#include "ui/lessons/multi_head_lesson.h"
#include "ui/lessons/positional_lesson.h"
#include "ui/lessons/scoring_lesson.h"
#include "ui/lessons/vectors_in_lesson.h"
#include "ui/lessons/walkthrough_lesson.h"
#include "ui/mask_notice.h"
#include "ui/model_panel.h"
#include "ui/weights_editor.h"

#include <QApplication>
#include <QDataStream>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

// The icon lives in the ui library's resources; Q_INIT_RESOURCE declares a function, so it
// is used outside any namespace.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace al {

namespace {
constexpr double presentationFontScale = 1.5;

// What a student must know when the trace overflowed, instead of unexplained ±∞ cells.
QString overflowNotice(const Trace& trace) {
    const std::string field = firstNonFiniteField(trace);
    if (field.empty()) return {};
    return MainWindow::tr("<p style=\"color:#b00000\"><b>Overflow in %1.</b> Some values exceed the range of a "
                          "double (about ±1.8 × 10<sup>308</sup>) and are shown as ±∞. Softmax takes its limit "
                          "there: keys scoring +∞ share the weight equally and keys at −∞ get none, so every row "
                          "of α′ stays finite and sums to 1. Smaller inputs or weights, or a larger temperature, "
                          "avoid it.</p>").arg(QString::fromStdString(field));
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), document_(new AttentionDocument(this)) {
    initResources();
    setWindowIcon(QIcon(":/attention-lab.svg"));
    setAcceptDrops(true);
    normalFont_ = QApplication::font();
    QSettings settings;
    rowForm_ = settings.value("view/rowForm", false).toBool();
    userPalette_ = paletteNamed(settings.value("view/colours").toString()).value_or(Palette::Standard);
    setHeatmapPalette(userPalette_);

    connect(document_, &AttentionDocument::traceChanged, this, [this](std::shared_ptr<const Trace> trace) {
        currentLesson()->setTrace(trace); // only the lesson shown is redrawn: the others on showing
        for (Lesson* lesson : lessons_)   // and they let go of the trace they showed before
            if (lesson != currentLesson()) lesson->releaseTrace();
        query_->setRange(1, trace->tokenCount());
        overflowNotice_ = overflowNotice(*trace);
        showTraceSummary();
        showLessonContent();
    });
    connect(document_, &AttentionDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &AttentionDocument::noted, this, &MainWindow::showStatus);
    buildInterface();
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreLayout(settings.value("window/layout").toByteArray());
}

QByteArray MainWindow::layoutState() const {
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    const QList<int> dockWidths{modelDock_->width(), editorDock_->width()};
    const QList<int> dockHeights{modelDock_->height(), editorDock_->height()};
    out << saveState() << sideSplit_->saveState() << pageSplit_->saveState() << dockWidths << dockHeights;
    return state;
}

void MainWindow::restoreLayout(const QByteArray& state) {
    if (state.isEmpty()) return;
    QDataStream in(state);
    QByteArray window, side, page;
    QList<int> dockWidths, dockHeights;
    in >> window >> side >> page >> dockWidths >> dockHeights;
    if (in.status() != QDataStream::Ok) return; // from another version: keep the defaults
    restoreState(window);
    sideSplit_->restoreState(side);
    pageSplit_->restoreState(page);
    // Docks built anew (after a change of language) take their sizes back explicitly.
    if (dockWidths.size() == 2) resizeDocks({modelDock_, editorDock_}, dockWidths, Qt::Horizontal);
    if (dockHeights.size() == 2) resizeDocks({modelDock_, editorDock_}, dockHeights, Qt::Vertical);
}

void MainWindow::buildInterface() {
    built_ = new QObject(this);
    playTimer_ = new QTimer(built_);
    playTimer_->setInterval(2500);

    createLessons();
    lessonList_ = new QListWidget(this);
    lessonList_->setToolTip(tr("The lessons, in the order of the lecture"));
    for (Lesson* lesson : lessons_) lessonList_->addItem(lesson->title());
    lessonList_->setMaximumWidth(220);

    pages_ = new QStackedWidget(this);
    for (Lesson* lesson : lessons_) pages_->addWidget(lesson);
    explanation_ = new QTextBrowser(this);
    explanation_->setOpenExternalLinks(false);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    pageSplit_ = new QSplitter(Qt::Vertical, centre);
    pageSplit_->addWidget(pages_);
    pageSplit_->addWidget(explanation_);
    pageSplit_->setStretchFactor(0, 3);
    pageSplit_->setStretchFactor(1, 1);
    centreLayout->addWidget(createStepBar());
    centreLayout->addWidget(pageSplit_, 1);

    sideSplit_ = new QSplitter(Qt::Horizontal, this);
    sideSplit_->addWidget(lessonList_);
    sideSplit_->addWidget(centre);
    sideSplit_->setStretchFactor(1, 1);
    setCentralWidget(sideSplit_);

    setStatusBar(new QStatusBar(this));
    summary_ = new QLabel(this);
    statusBar()->addPermanentWidget(summary_);
    createDocks();
    setMenuBar(new QMenuBar(this));
    createMenus();
    createPresentationKeys();

    connect(lessonList_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        playTimer_->stop();
        pages_->setCurrentIndex(row);
        currentLesson()->setTrace(document_->trace()); // lessons not shown were not redrawn
        currentLesson()->setQuery(query_->value() - 1);
        showLessonContent();
    });
    connect(playTimer_, &QTimer::timeout, this, [this] {
        Lesson* lesson = currentLesson();
        if (lesson->step() + 1 >= lesson->stepCount()) playTimer_->stop();
        else setStep(lesson->step() + 1);
        showLessonContent();
    });
    setRowForm(rowForm_);
    lessonList_->setCurrentRow(0);
    if (document_->trace()) {
        query_->setRange(1, document_->trace()->tokenCount());
        currentLesson()->setTrace(document_->trace());
        showTraceSummary();
    }
    updateTitle();
    applyTypeSizes();
    showLessonContent();
}

void MainWindow::rebuildInterface() {
    const SessionState session = sessionState();
    const QByteArray layout = layoutState();
    const bool presenting = presenting_;
    if (presenting) setPresentation(false);
    for (QDockWidget* dock : {modelDock_, editorDock_}) {
        removeDockWidget(dock);
        dock->deleteLater();
    }
    takeCentralWidget()->deleteLater();
    menuBar()->deleteLater(); // setMenuBar and setStatusBar below replace them
    lessons_.clear();
    paletteActions_.clear();
    presentationKeys_.clear();
    delete built_;
    buildInterface();
    applySession(session);
    // The new widgets get their sizes once they are laid out: give them the old layout then.
    restoreLayout(layout);
    QTimer::singleShot(0, this, [this, layout] { restoreLayout(layout); });
    if (presenting) setPresentation(true);
}

void MainWindow::createLessons() {
    lessons_ = {new VectorsInLesson(this),    new WalkthroughLesson(this),  new MatrixFormLesson(this),
                new MultiHeadLesson(this),    new PositionalLesson(this),   new MasksLesson(*document_, this),
                new ScoringLesson(this),      new ConvolutionLesson(this)};
    for (Lesson* lesson : lessons_) {
        connect(lesson, &Lesson::contentChanged, this, [this, lesson] {
            if (lesson == currentLesson()) showLessonContent();
        });
        connect(lesson, &Lesson::queryClicked, this, &MainWindow::setQuery);
    }
}

QAction* MainWindow::addWindowAction(const QKeySequence& key, const std::function<void()>& run) {
    auto* action = new QAction(built_);
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    return action;
}

QWidget* MainWindow::createStepBar() {
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    back_ = new QPushButton(tr("◀ Back"), bar);
    back_->setToolTip(tr("The previous step (←)"));
    next_ = new QPushButton(tr("Next ▶"), bar);
    next_->setToolTip(tr("The next step (→)"));
    play_ = new QPushButton(tr("Play"), bar);
    play_->setToolTip(tr("Go through the steps one after another"));
    stepTitle_ = new QLabel(bar);
    stepTitle_->setWordWrap(true);
    query_ = new QSpinBox(bar);
    query_->setPrefix(tr("query i = "));
    query_->setRange(1, 1);
    query_->setToolTip(tr("Which output bⁱ to follow (or click a row of a heatmap)"));
    layout->addWidget(back_);
    layout->addWidget(next_);
    layout->addWidget(play_);
    layout->addSpacing(12);
    layout->addWidget(stepTitle_, 1);
    layout->addWidget(query_);
    connect(back_, &QPushButton::clicked, this, [this] { playTimer_->stop(); setStep(currentLesson()->step() - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { playTimer_->stop(); setStep(currentLesson()->step() + 1); });
    connect(play_, &QPushButton::clicked, this, [this] {
        if (playTimer_->isActive()) { playTimer_->stop(); showLessonContent(); return; }
        if (currentLesson()->step() + 1 >= currentLesson()->stepCount()) setStep(0);
        playTimer_->start();
        showLessonContent();
    });
    connect(query_, &QSpinBox::valueChanged, this, [this](int value) { currentLesson()->setQuery(value - 1); });
    addWindowAction(Qt::Key_Left, [this] { back_->click(); });
    addWindowAction(Qt::Key_Right, [this] { next_->click(); });
    return bar;
}

void MainWindow::createDocks() {
    modelDock_ = new QDockWidget(tr("Model"), this);
    modelDock_->setObjectName("modelDock");
    auto* panel = new ModelPanel(*document_, modelDock_);
    modelDock_->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, modelDock_);
    editorDock_ = new QDockWidget(tr("Vectors and weights"), this);
    editorDock_->setObjectName("editorDock");
    auto* editor = new WeightsEditor(*document_, editorDock_);
    editorDock_->setWidget(editor);
    addDockWidget(Qt::RightDockWidgetArea, editorDock_);
    connect(panel, &ModelPanel::editRefused, this, &MainWindow::showStatus);
    connect(editor, &WeightsEditor::editRefused, this, &MainWindow::showStatus);
    if (document_->trace()) document_->republish(); // show the open sample in the new controls
}

const QList<Lesson*>& MainWindow::lessonsUpToDate() {
    for (Lesson* lesson : lessons_) lesson->setTrace(document_->trace());
    return lessons_;
}

Lesson* MainWindow::currentLesson() const { return lessons_.value(pages_->currentIndex(), lessons_.first()); }

bool MainWindow::showLesson(const QString& id) {
    for (int i = 0; i < lessons_.size(); ++i)
        if (lessons_[i]->id() == id) {
            lessonList_->setCurrentRow(i);
            return true;
        }
    return false;
}

void MainWindow::setStep(int step) {
    currentLesson()->setStep(step);
    showLessonContent();
}

void MainWindow::setQuery(int query) { query_->setValue(query + 1); }

void MainWindow::setRowForm(bool rowForm) {
    rowForm_ = rowForm;
    (rowForm ? rowFormAction_ : columnFormAction_)->setChecked(true);
    for (Lesson* lesson : lessons_) lesson->setRowForm(rowForm);
    QSettings().setValue("view/rowForm", rowForm);
}

void MainWindow::setColours(Palette chosen) {
    if (!presenting_) {
        userPalette_ = chosen;
        QSettings().setValue("view/colours", paletteName(chosen));
    }
    for (QAction* action : paletteActions_) action->setChecked(action->data().toString() == paletteName(chosen));
    if (chosen == heatmapPalette()) return;
    setHeatmapPalette(chosen);
    for (Lesson* lesson : lessons_) lesson->redraw();
}

void MainWindow::setPresentation(bool on, bool fullScreen) {
    if (on == presenting_) return;
    presenting_ = on;
    presentationAction_->setChecked(on);
    for (QAction* key : presentationKeys_) key->setEnabled(on);
    if (on) {
        stateBeforePresenting_ = layoutState();
        QFont large = normalFont_;
        large.setPointSizeF(normalFont_.pointSizeF() * presentationFontScale);
        QApplication::setFont(large);
        setColours(Palette::HighContrast);
        for (QWidget* side : {static_cast<QWidget*>(modelDock_), static_cast<QWidget*>(editorDock_),
                              static_cast<QWidget*>(lessonList_), static_cast<QWidget*>(menuBar()),
                              static_cast<QWidget*>(statusBar())})
            side->hide();
        if (fullScreen) showFullScreen();
    } else {
        QApplication::setFont(normalFont_);
        setColours(userPalette_);
        lessonList_->show();
        menuBar()->show();
        statusBar()->show();
        restoreLayout(stateBeforePresenting_);
        if (isFullScreen()) showNormal();
    }
    applyTypeSizes();
    showLessonContent();
}

void MainWindow::setLanguage(const QString& choice, bool now) {
    saveLanguageChoice(choice);
    const QString code = resolveLanguage(choice);
    if (code == currentLanguage()) return;
    if (!applyLanguage(code)) {
        showStatus(tr("The translation for %1 is missing from %2").arg(code, translationsFolder()));
        return;
    }
    if (now) rebuildInterface();
    else QTimer::singleShot(0, this, &MainWindow::rebuildInterface);
}

void MainWindow::applyTypeSizes() {
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * (presenting_ ? 2.0 : 1.3)); // the formula, large on a projector
    titleFont.setBold(true);
    stepTitle_->setFont(titleFont);
    QFont explanationFont = QApplication::font();
    explanationFont.setPointSizeF(explanationFont.pointSizeF() * 1.15);
    explanation_->setFont(explanationFont);
}

void MainWindow::showLessonContent() {
    Lesson* lesson = currentLesson();
    stepTitle_->setText(lesson->stepTitle(lesson->step()));
    const QString maskNotice =
        document_->trace() ? activeMaskNotice(document_->sample().model.masks, *document_->trace(), lesson->id(), lesson->step())
                           : QString();
    explanation_->setHtml(overflowNotice_ + maskNotice + lesson->explanation());
    back_->setEnabled(lesson->step() > 0);
    next_->setEnabled(lesson->step() + 1 < lesson->stepCount());
    play_->setText(playTimer_->isActive() ? tr("Pause") : tr("Play"));
    play_->setEnabled(lesson->stepCount() > 1);
    query_->setVisible(lesson->id() == "walkthrough" || lesson->id() == "multihead" || lesson->id() == "vectors");
}

void MainWindow::showTraceSummary() {
    const std::shared_ptr<const Trace> trace = document_->trace();
    const ModelConfig& c = trace->config;
    summary_->setText(tr("%1 tokens · d_model %2 · %3 head(s) · d_k %4 · d_v %5")
                          .arg(trace->tokenCount()).arg(c.dModel).arg(c.heads).arg(c.dK).arg(c.dV));
}

void MainWindow::updateTitle() {
    const QString title = QString::fromStdString(document_->sample().title);
    setWindowTitle(title.isEmpty() ? tr("AttentionLab") : tr("%1[*] — AttentionLab").arg(title));
    setWindowModified(document_->isModified());
}

void MainWindow::showStatus(const QString& message) { statusBar()->showMessage(message, 6000); }

} // namespace al
