#include "ui/main_window.h"

#include "core/attention/attention.h"
#include "ui/attention_document.h"
#include "ui/help_windows.h"
#include "ui/language.h"
#include "ui/lesson_export.h"
#include "ui/lesson_list.h"
#include "ui/lesson_page.h"
#include "ui/lessons/lesson_controls.h"
#include "ui/lessons/lesson_registry.h"
#include "ui/lessons/training/training_controls.h"
#include "ui/lessons/transformer/transformer_controls.h"
#include "ui/mask_notice.h"
#include "ui/model_panel.h"
#include "ui/step_bar.h"
#include "ui/step_keys.h"
#include "ui/weights_editor.h"
#include "ui/welcome_page.h"
#include "ui/widgets/busy_indicator.h"
#include "ui/widgets/plot_view.h"
#include "ui/worker.h"

#include <QApplication>
#include <QDataStream>
#include <QDir>
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

#include <map>

// The icon and the user guide live in the ui library's resources; Q_INIT_RESOURCE declares a
// function, so it is used outside any namespace.
static void initResources() {
    Q_INIT_RESOURCE(resources);
    Q_INIT_RESOURCE(user_guide);
}

namespace al {

namespace {
// What a student must know when the trace overflowed, instead of unexplained ±∞ cells.
QString overflowNotice(const Trace& trace) {
    const std::string field = firstNonFiniteField(trace);
    if (field.empty()) return {};
    return MainWindow::tr("<p style=\"color:#b00000\"><b>Overflow in %1.</b> Some values exceed the range of a "
                          "double (about ±1.8 × 10<sup>308</sup>) and are shown as ±∞. Softmax takes its limit "
                          "there: keys scoring +∞ share the weight equally and keys at −∞ get none, so every row "
                          "of α′ stays finite and sums to 1. Smaller inputs or weights, or a larger temperature, "
                          "avoid it.</p>")
        .arg(QString::fromStdString(field));
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new AttentionDocument(this)), modelLoader_(new Worker(this)) {
    initResources();
    setWindowIcon(QIcon(":/attention-lab.svg"));
    setAcceptDrops(true);
    normalFont_ = QApplication::font();
    QSettings settings;
    rowForm_ = settings.value("view/rowForm", false).toBool();
    userPalette_ = paletteNamed(settings.value("view/colours").toString()).value_or(Palette::Standard);
    setHeatmapPalette(userPalette_);

    connect(document_, &AttentionDocument::traceChanged, this, [this](std::shared_ptr<const Trace> trace) {
        currentLesson()->setTrace(trace);   // only the lesson shown is redrawn: the others on showing
        for (LessonPage* lesson : lessons_) // and they let go of the trace they showed before
            if (lesson != currentLesson()) lesson->releaseTrace();
        stepBar_->setTokenCount(trace->tokenCount());
        overflowNotice_ = overflowNotice(*trace);
        showTraceSummary();
        showLessonContent();
    });
    connect(document_, &AttentionDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &AttentionDocument::noted, this, &MainWindow::showStatus);
    connect(document_, &AttentionDocument::opened, this, &MainWindow::showOpened);
    stepKeys_ = new StepKeys(this, [this](int direction) {
        // In front of a class, → is the lesson's own where it has something running (one more
        // training step, the animation's next time step); the Next button and a remote's Page
        // Down still go to the next step.
        if (LessonControls* controls = shownControls();
            controls && presenting_ && direction > 0 && controls->presentNext(currentLesson()->step()))
            return;
        stepBy(direction);
    });
    explanationTimer_ = new QTimer(this);
    explanationTimer_->setSingleShot(true);
    connect(explanationTimer_, &QTimer::timeout, this, &MainWindow::showLessonContent);
    layoutTimer_ = new QTimer(this);
    layoutTimer_->setSingleShot(true);
    layoutTimer_->setInterval(40);
    connect(layoutTimer_, &QTimer::timeout, this, &MainWindow::settleLayout);
    buildInterface();
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreLayoutWhenSized(settings.value("window/layout").toByteArray());
}

void MainWindow::buildInterface() {
    built_ = new QObject(this);

    createLessons();
    lessonList_ = new LessonList(this);
    lessonList_->setToolTip(tr("The lessons, in the order of the lecture"));
    QStringList titles;
    for (LessonPage* lesson : lessons_)
        titles << lesson->title();
    lessonList_->setTitles(titles);

    pages_ = new QStackedWidget(this);
    pages_->setFocusPolicy(Qt::ClickFocus); // a click on the page takes the arrow keys back
    for (LessonPage* lesson : lessons_)
        pages_->addWidget(lesson);
    explanation_ = new QTextBrowser(this);
    explanation_->setOpenExternalLinks(false);
    explanation_->setOpenLinks(false);
    connect(explanation_, &QTextBrowser::anchorClicked, this, [this](const QUrl& link) {
        if (link.toString() == LessonPage::retryLink) currentLesson()->retry();
    });

    auto* lessonCentre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(lessonCentre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    pageSplit_ = new QSplitter(Qt::Vertical, lessonCentre);
    pageSplit_->addWidget(pages_);
    pageSplit_->addWidget(explanation_);
    pageSplit_->setStretchFactor(0, 1);
    pageSplit_->setStretchFactor(1, 0);
    pageSplit_->setChildrenCollapsible(false);
    pageSplit_->installEventFilter(this); // a new height: the explanation fitted anew
    connect(pageSplit_, &QSplitter::splitterMoved, this, [this] { explanationSizedByUser_ = true; });
    createStepBar();
    centreLayout->addWidget(stepBar_);
    centreLayout->addWidget(pageSplit_, 1);
    centre_ = new QStackedWidget(this);
    centre_->addWidget(lessonCentre);
    welcome_ = nullptr;

    sideSplit_ = new QSplitter(Qt::Horizontal, this);
    sideSplit_->addWidget(lessonList_);
    sideSplit_->addWidget(centre_);
    sideSplit_->setStretchFactor(0, 0);
    sideSplit_->setStretchFactor(1, 1);
    sideSplit_->setChildrenCollapsible(false);
    setCentralWidget(sideSplit_);

    setStatusBar(new QStatusBar(this));
    summary_ = new QLabel(this);
    statusBar()->addPermanentWidget(summary_);
    auto* busy = new BusyIndicator(this); // made here for its Esc, which works in the whole window
    statusBar()->addPermanentWidget(busy);
    busy->follow(&document_->worker());
    busy->follow(modelLoader_);
    for (LessonPage* lesson : lessons_) {
        // A lesson's variants take long too; the training lesson's pages come thirty times a
        // second while it trains (its own files and animation are followed below).
        if (!qobject_cast<TrainingControls*>(lesson->controls())) busy->follow(&lesson->worker());
        if (auto* controls = qobject_cast<TransformerControls*>(lesson->controls()))
            busy->follow(&controls->loader()); // and a model file
        if (auto* training = qobject_cast<TrainingControls*>(lesson->controls()))
            busy->follow(&training->files()); // and a dataset read, a model saved
        if (auto* training = qobject_cast<TrainingControls*>(lesson->controls()))
            busy->follow(&training->animation().worker()); // and an animation written
    }
    createDocks();
    defaultDockState_ = saveState();
    setMenuBar(new QMenuBar(this));
    createMenus();
    createPresentationKeys();

    connect(lessonList_, &QListWidget::itemClicked, this, &MainWindow::leaveWelcome);
    connect(lessonList_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        leaveWelcome();
        stepBar_->stopPlaying();
        // Focus inside the page that goes would pass to the new page's first control (a spin
        // box, which keeps the arrows and Space): the new page itself takes it instead.
        const bool focusOnPage = pages_->isAncestorOf(QApplication::focusWidget());
        pages_->setCurrentIndex(row);
        if (focusOnPage || presenting_) pages_->currentWidget()->setFocus(Qt::OtherFocusReason);
        currentLesson()->setTrace(document_->trace()); // lessons not shown were not redrawn
        currentLesson()->setQuery(stepBar_->query());
        showDocksFor(*currentLesson());
        showLessonContent();
    });
    setRowForm(rowForm_);
    lessonList_->setCurrentRow(0);
    if (document_->trace()) {
        stepBar_->setTokenCount(document_->trace()->tokenCount());
        currentLesson()->setTrace(document_->trace());
        showTraceSummary();
    }
    updateTitle();
    applyTypeSizes();
    showLessonContent();
}

void MainWindow::rebuildInterface() {
    const SessionState session = sessionState();
    std::map<QString, TransformerSetup> models;              // each Transformer lesson's model and input, kept
    std::map<QString, TrainingCarry> training;               // and each training run, training on
    std::map<QString, std::shared_ptr<const void>> settings; // and every lesson's own controls' settings
    for (LessonPage* lesson : lessons_) {
        if (lesson->controls()) settings[lesson->id()] = lesson->controls()->state();
        if (auto* controls = qobject_cast<TransformerControls*>(lesson->controls()))
            models[lesson->id()] = controls->setup();
        if (auto* controls = qobject_cast<TrainingControls*>(lesson->controls()))
            training[lesson->id()] = controls->carryOut(this);
    }
    const QByteArray layout = layoutState();
    const bool presenting = presenting_, welcoming = showsWelcome();
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
    for (LessonPage* lesson : lessons_)
        if (lesson->controls() && settings.count(lesson->id())) lesson->controls()->takeOver(settings[lesson->id()]);
    for (LessonPage* lesson : lessons_)
        if (auto* controls = qobject_cast<TransformerControls*>(lesson->controls());
            controls && models.count(lesson->id()))
            controls->applySetup(models[lesson->id()]);
    for (LessonPage* lesson : lessons_)
        if (auto* controls = qobject_cast<TrainingControls*>(lesson->controls());
            controls && training.count(lesson->id()))
            controls->carryIn(training[lesson->id()]);
    applySession(session);
    if (welcoming) showWelcome();
    // The new widgets get their sizes once they are laid out: give them the old layout then
    // (the lesson list keeps the width its titles need in the new language).
    restoreLayoutWhenSized(layout);
    if (presenting) setPresentation(true);
}

void MainWindow::createLessons() {
    lessons_.clear();
    for (const std::shared_ptr<const Lesson>& lesson : lessonRegistry())
        lessons_ << new LessonPage(lesson, *document_, this);
    for (LessonPage* lesson : lessons_) {
        connect(lesson, &LessonPage::contentChanged, this, [this, lesson] {
            if (lesson == currentLesson()) showLessonContent();
        });
        connect(lesson, &LessonPage::queryClicked, this, &MainWindow::setQuery);
        connect(lesson, &LessonPage::failed, this, &MainWindow::showStatus);
        if (auto* controls = qobject_cast<TransformerControls*>(lesson->controls()))
            connect(controls, &TransformerControls::refused, this, &MainWindow::showStatus);
        if (auto* training = qobject_cast<TrainingControls*>(lesson->controls())) {
            connect(training, &TrainingControls::openInLessons, this, [this](const QString& path) { openModel(path); });
            connect(training, &TrainingControls::saved, this, [this](const QString& path) {
                showStatus(tr("Saved the trained model as %1").arg(QDir::toNativeSeparators(path)));
            });
            connect(training, &TrainingControls::animated, this, [this](const QString& path, const QString& problem) {
                showStatus(problem.isEmpty() ? tr("Wrote the animation %1").arg(QDir::toNativeSeparators(path))
                                             : problem);
            });
        }
        // A click on the page gives the keyboard back to the step bar: ← and → step again
        // after typing in the query box (its plots take the focus only by a click, too).
        lesson->setFocusPolicy(Qt::ClickFocus);
    }
}

QAction* MainWindow::addWindowAction(const QKeySequence& key, const std::function<void()>& run) {
    auto* action = new QAction(built_);
    action->setShortcut(key);
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    return action;
}

void MainWindow::createStepBar() {
    stepBar_ = new StepBar(this);
    connect(stepBar_, &StepBar::stepRequested, this, &MainWindow::stepBy);
    connect(stepBar_, &StepBar::rewind, this, [this] { setStep(0); });
    connect(stepBar_, &StepBar::playStep, this, [this] { setStep(currentLesson()->step() + 1); });
    connect(stepBar_, &StepBar::playingChanged, this, &MainWindow::showLessonContent);
    connect(stepBar_, &StepBar::queryChanged, this, [this](int query) { currentLesson()->setQuery(query); });
    connect(stepBar_, &StepBar::typingDone, this, [this] { pages_->setFocus(Qt::OtherFocusReason); });
}

void MainWindow::placeDocksFor(const LessonPage& lesson) {
    docksForModel_ = true; // the docks as a layout just placed them: the user's choice
    showDocksFor(lesson);
}

void MainWindow::showDocksFor(const LessonPage& lesson) {
    // The model panel and the vector tables belong to the lessons that show the sample's
    // model; the others (convolution) have their own controls and take the room. What the
    // user closed stays closed when the docks come back.
    const bool shown = lesson.lesson().showsSampleModel();
    if (shown == docksForModel_) return;
    docksForModel_ = shown;
    if (!shown) docksOpen_ = {modelDock_->isVisible(), editorDock_->isVisible()};
    modelDock_->setVisible(shown && docksOpen_.first);
    editorDock_->setVisible(shown && docksOpen_.second);
}

QLabel* MainWindow::stepTitleLabel() const {
    return stepBar_->titleLabel();
}
QLabel* MainWindow::stepCountLabel() const {
    return stepBar_->countLabel();
}
QPushButton* MainWindow::nextButton() const {
    return stepBar_->nextButton();
}
QPushButton* MainWindow::backButton() const {
    return stepBar_->backButton();
}
QSpinBox* MainWindow::queryBox() const {
    return stepBar_->queryBox();
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

const QList<LessonPage*>& MainWindow::lessonsUpToDate() {
    for (LessonPage* lesson : lessons_)
        lesson->setTrace(document_->trace());
    return lessons_;
}

LessonPage* MainWindow::currentLesson() const {
    return lessons_.value(pages_->currentIndex(), lessons_.first());
}

TrainingControls* MainWindow::shownTraining() const {
    return qobject_cast<TrainingControls*>(shownControls());
}

LessonControls* MainWindow::shownControls() const {
    return showsWelcome() ? nullptr : currentLesson()->controls();
}

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

void MainWindow::setQuery(int query) {
    stepBar_->setQuery(query);
}

void MainWindow::stepBy(int direction) {
    stepBar_->stopPlaying();
    if (showsWelcome()) { // the keys leave the welcome for the lesson behind it
        leaveWelcome();
        return;
    }
    const LessonPage* lesson = currentLesson();
    const int step = lesson->step() + direction;
    if (step >= 0 && step < lesson->stepCount()) {
        setStep(step);
        return;
    }
    const int next = int(lessons_.indexOf(lesson)) + direction;
    if (next < 0 || next >= lessons_.size()) return; // the very first or the very last step
    lessonList_->setCurrentRow(next);
    setStep(direction > 0 ? 0 : lessons_[next]->stepCount() - 1);
}

QString MainWindow::exportName(const PlotView* plot) const {
    return exportBaseName(*currentLesson(), plot ? plot->id() : QStringLiteral("page"), true);
}

void MainWindow::setRowForm(bool rowForm) {
    rowForm_ = rowForm;
    (rowForm ? rowFormAction_ : columnFormAction_)->setChecked(true);
    for (LessonPage* lesson : lessons_)
        lesson->setRowForm(rowForm);
    QSettings().setValue("view/rowForm", rowForm);
}

void MainWindow::setColours(Palette chosen) {
    if (!presenting_) {
        userPalette_ = chosen;
        QSettings().setValue("view/colours", paletteName(chosen));
    }
    for (QAction* action : paletteActions_)
        action->setChecked(action->data().toString() == paletteName(chosen));
    if (chosen == heatmapPalette()) return;
    setHeatmapPalette(chosen);
    for (LessonPage* lesson : lessons_)
        lesson->redraw();
}

void MainWindow::setLanguage(const QString& choice, bool now) {
    saveLanguageChoice(choice);
    const QString code = resolveLanguage(choice);
    if (code == currentLanguage()) return;
    if (!applyLanguage(code)) {
        showStatus(tr("The translation for %1 is missing from %2").arg(code, translationsFolder()));
        return;
    }
    if (now)
        rebuildInterface();
    else
        QTimer::singleShot(0, this, &MainWindow::rebuildInterface);
}

void MainWindow::applyTypeSizes() {
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * (presenting_ ? 2.0 : 1.3)); // the formula, large on a projector
    titleFont.setBold(true);
    stepBar_->setTitleFont(titleFont);
    QFont explanationFont = QApplication::font();
    explanationFont.setPointSizeF(explanationFont.pointSizeF() * 1.15);
    explanation_->setFont(explanationFont);
    fitExplanation();
}

void MainWindow::showLessonContent() {
    LessonPage* lesson = currentLesson();
    // While a model trains the page is drawn anew thirty times a second; its explanation, whose
    // layout is the costly part of a frame, follows at most five times a second.
    const auto* training = qobject_cast<const TrainingControls*>(lesson->controls());
    constexpr int explanationInterval = 200; // ms
    if (training && training->session().isRunning() && explained_.isValid() &&
        explained_.elapsed() < explanationInterval) {
        if (!explanationTimer_->isActive()) explanationTimer_->start(int(explanationInterval - explained_.elapsed()));
        const int index = int(lessons_.indexOf(lesson));
        stepBar_->showStep(*lesson, lessons_.value(index - 1), lessons_.value(index + 1));
        return;
    }
    explanationTimer_->stop();
    explained_.start();
    const QString maskNotice = document_->trace() ? activeMaskNotice(document_->sample().model.masks,
                                                                     *document_->trace(), lesson->id(), lesson->step())
                                                  : QString();
    const bool showsSample = lesson->lesson().showsSampleModel();
    explanation_->setHtml((showsSample ? overflowNotice_ + maskNotice : QString()) + lesson->explanation());
    showTraceSummary();
    const int index = int(lessons_.indexOf(lesson));
    stepBar_->showStep(*lesson, lessons_.value(index - 1), lessons_.value(index + 1));
    // A plot's own Save image proposes the name an export of this step would give it.
    for (PlotView* plot : lesson->visiblePlots())
        plot->setProperty("fileBaseName", exportName(plot));
    fitExplanation();
}

void MainWindow::showTraceSummary() {
    if (lessons_.isEmpty()) return;
    if (qobject_cast<const TrainingControls*>(currentLesson()->controls())) return summary_->clear(); // its own line
    if (const auto* controls = qobject_cast<const TransformerControls*>(currentLesson()->controls())) {
        // A Transformer lesson shows its own model, not the sample.
        const nn::TransformerModel* model = controls->model();
        if (!model) return summary_->clear();
        const nn::Architecture& a = model->architecture;
        summary_->setText(tr("%1 · d_model %2 · %3 head(s) · d_ff %4 · %5 encoder and %6 decoder layer(s)")
                              .arg(taskName(model->task))
                              .arg(a.dModel)
                              .arg(a.heads)
                              .arg(a.dFF)
                              .arg(nn::hasEncoder(model->task) ? a.encoderLayers : 0)
                              .arg(nn::hasDecoder(model->task) ? a.decoderLayers : 0));
        return;
    }
    const std::shared_ptr<const Trace> trace = document_->trace();
    if (!trace) return;
    const ModelConfig& c = trace->config;
    summary_->setText(tr("%1 tokens · d_model %2 · %3 head(s) · d_k %4 · d_v %5")
                          .arg(trace->tokenCount())
                          .arg(c.dModel)
                          .arg(c.heads)
                          .arg(c.dK)
                          .arg(c.dV));
}

void MainWindow::updateTitle() {
    const QString title = QString::fromStdString(document_->sample().title);
    setWindowTitle(title.isEmpty() ? tr("AttentionLab") : tr("%1[*] — AttentionLab").arg(title));
    setWindowModified(document_->isModified());
}

void MainWindow::showStatus(const QString& message) {
    statusBar()->showMessage(message, 6000);
}

} // namespace al
