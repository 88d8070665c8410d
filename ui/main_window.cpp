#include "ui/main_window.h"

#include "ui/attention_document.h"
#include "ui/lesson_export.h"
#include "ui/lesson_page.h"
#include "ui/lessons/convolution_lesson.h"
#include "ui/lessons/masks_lesson.h"
#include "ui/lessons/matrix_form_lesson.h"
#include "ui/lessons/multi_head_lesson.h"
#include "ui/lessons/positional_lesson.h"
#include "ui/lessons/scoring_lesson.h"
#include "ui/lessons/vectors_in_lesson.h"
#include "ui/lessons/walkthrough_lesson.h"
#include "ui/model_panel.h"
#include "ui/sample_catalog.h"
#include "ui/weights_editor.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace al {

namespace {
constexpr int maxRecentFiles = 8;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), document_(new AttentionDocument(this)) {
    setWindowTitle(tr("AttentionLab"));
    setWindowIcon(QIcon(":/attention-lab.svg"));
    setAcceptDrops(true);
    playTimer_ = new QTimer(this);
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
    QFont explanationFont = explanation_->font();
    explanationFont.setPointSizeF(explanationFont.pointSizeF() * 1.15);
    explanation_->setFont(explanationFont);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical, centre);
    split->addWidget(pages_);
    split->addWidget(explanation_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    centreLayout->addWidget(createStepBar());
    centreLayout->addWidget(split, 1);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(lessonList_);
    main->addWidget(centre);
    main->setStretchFactor(1, 1);
    setCentralWidget(main);

    summary_ = new QLabel(this);
    statusBar()->addPermanentWidget(summary_);
    createDocks();
    createMenus();

    connect(lessonList_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        playTimer_->stop();
        pages_->setCurrentIndex(row);
        currentLesson()->setTrace(document_->trace()); // lessons not shown were not redrawn
        currentLesson()->setQuery(query_->value() - 1);
        showLessonContent();
    });
    connect(document_, &AttentionDocument::traceChanged, this, [this](std::shared_ptr<const Trace> trace) {
        currentLesson()->setTrace(trace); // only the lesson shown is redrawn: the others on showing
        query_->setRange(1, trace->tokenCount());
        const ModelConfig& c = trace->config;
        summary_->setText(tr("%1 tokens · d_model %2 · %3 head(s) · d_k %4 · d_v %5")
                              .arg(trace->tokenCount()).arg(c.dModel).arg(c.heads).arg(c.dK).arg(c.dV));
        showLessonContent();
    });
    connect(playTimer_, &QTimer::timeout, this, [this] {
        Lesson* lesson = currentLesson();
        if (lesson->step() + 1 >= lesson->stepCount()) playTimer_->stop();
        else setStep(lesson->step() + 1);
        showLessonContent();
    });
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    setRowForm(settings.value("view/rowForm", false).toBool());
    lessonList_->setCurrentRow(0);
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
    QFont titleFont = stepTitle_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    stepTitle_->setFont(titleFont);
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
    auto* left = new QAction(this);
    left->setShortcut(Qt::Key_Left);
    connect(left, &QAction::triggered, back_, &QPushButton::click);
    auto* right = new QAction(this);
    right->setShortcut(Qt::Key_Right);
    connect(right, &QAction::triggered, next_, &QPushButton::click);
    addActions({left, right});
    return bar;
}

void MainWindow::createDocks() {
    auto* modelDock = new QDockWidget(tr("Model"), this);
    modelDock->setObjectName("modelDock");
    auto* panel = new ModelPanel(*document_, modelDock);
    modelDock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, modelDock);
    auto* editorDock = new QDockWidget(tr("Vectors and weights"), this);
    editorDock->setObjectName("editorDock");
    auto* editor = new WeightsEditor(*document_, editorDock);
    editorDock->setWidget(editor);
    addDockWidget(Qt::RightDockWidgetArea, editorDock);
    connect(panel, &ModelPanel::editRefused, this, &MainWindow::showStatus);
    connect(editor, &WeightsEditor::editRefused, this, &MainWindow::showStatus);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open sample…"), QKeySequence::Open, this, &MainWindow::openInteractively)
        ->setToolTip(tr("Open an attention-lab sample file"));
    recentMenu_ = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("Export this &page…"), QKeySequence(tr("Ctrl+Shift+E")), this, &MainWindow::exportCurrentPage)
        ->setToolTip(tr("The step's plots and explanation as one PNG, SVG or PDF"));
    file->addAction(tr("&Export every step of this lesson…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportCurrentLesson)
        ->setToolTip(tr("Every plot and page of every step, as PNG, SVG, PDF or CSV, with index.json"));
    file->addAction(tr("Export &trace…"), this, &MainWindow::exportTrace)
        ->setToolTip(tr("Everything the computation produced, as an attention-lab/trace@1 JSON file"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    QMenu* samples = menuBar()->addMenu(tr("&Samples"));
    for (const SampleEntry& entry : bundledSamples())
        samples->addAction(entry.title, this, [this, path = entry.path] { openWithDialogOnError(path); })
            ->setToolTip(QFileInfo(entry.path).fileName());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* forms = new QActionGroup(this);
    columnFormAction_ = view->addAction(tr("&Lecture (column) form: A = KᵀQ"));
    rowFormAction_ = view->addAction(tr("&Paper (row) form: S = QKᵀ"));
    for (QAction* action : {columnFormAction_, rowFormAction_}) {
        action->setCheckable(true);
        forms->addAction(action);
    }
    connect(rowFormAction_, &QAction::toggled, this, &MainWindow::setRowForm);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About AttentionLab"), this, [this] {
        QMessageBox::about(this, tr("About AttentionLab"),
                           tr("<p><b>AttentionLab</b> %1</p><p>Self-attention, step by step, exactly: every number "
                              "on screen is the trace of the computation, checked against PyTorch and NumPy.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

const QList<Lesson*>& MainWindow::lessonsUpToDate() {
    for (Lesson* lesson : lessons_) lesson->setTrace(document_->trace());
    return lessons_;
}

Lesson* MainWindow::currentLesson() const { return lessons_.value(pages_->currentIndex(), lessons_.first()); }

QString MainWindow::openSample(const QString& path) {
    const QString error = document_->load(path);
    if (!error.isEmpty()) return error;
    rememberRecent(QFileInfo(path).absoluteFilePath());
    setWindowTitle(tr("%1 — AttentionLab").arg(QString::fromStdString(document_->sample().title)));
    showStatus(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return {};
}

void MainWindow::openWithDialogOnError(const QString& path) {
    const QString error = openSample(path);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Cannot open the sample"), error);
}

void MainWindow::openInteractively() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open sample"), samplesFolder(),
                                                      tr("AttentionLab samples (*.json);;All files (*)"));
    if (!path.isEmpty()) openWithDialogOnError(path);
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

void MainWindow::setQuery(int query) { query_->setValue(query + 1); }

void MainWindow::setRowForm(bool rowForm) {
    (rowForm ? rowFormAction_ : columnFormAction_)->setChecked(true);
    for (Lesson* lesson : lessons_) lesson->setRowForm(rowForm);
    QSettings().setValue("view/rowForm", rowForm);
}

void MainWindow::showLessonContent() {
    Lesson* lesson = currentLesson();
    stepTitle_->setText(lesson->stepTitle(lesson->step()));
    explanation_->setHtml(lesson->explanation());
    back_->setEnabled(lesson->step() > 0);
    next_->setEnabled(lesson->step() + 1 < lesson->stepCount());
    play_->setText(playTimer_->isActive() ? tr("Pause") : tr("Play"));
    play_->setEnabled(lesson->stepCount() > 1);
    query_->setVisible(lesson->id() == "walkthrough" || lesson->id() == "multihead" || lesson->id() == "vectors");
}

void MainWindow::exportCurrentLesson() {
    QString filter;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export every step of this lesson to folder"));
    if (folder.isEmpty()) return;
    const QStringList formats{tr("PNG images"), tr("SVG vector images"), tr("PDF documents"), tr("CSV tables of every heatmap")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Export"), tr("Format:"), formats, 0, false, &ok);
    if (!ok) return;
    ExportOptions options{ExportFormat(formats.indexOf(chosen)), 1.0};
    if (options.format == ExportFormat::Png) {
        options.scale = QInputDialog::getDouble(this, tr("Scale"), tr("Scale factor (2 or 3 for slides):"), 2.0, 0.5, 8.0, 1, &ok);
        if (!ok) return;
    }
    QString error;
    const auto files = exportLessons({currentLesson()}, folder, options, &error);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export"), error);
    else showStatus(tr("Wrote %1 files and index.json to %2").arg(files.size()).arg(folder));
}

void MainWindow::exportCurrentPage() {
    Lesson* lesson = currentLesson();
    const QString name = QString("%1-step%2.png").arg(lesson->id()).arg(lesson->step() + 1);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export this page"), name, imageFileFilters());
    if (path.isEmpty()) return;
    const ExportFormat format = formatOfFile(path).value_or(ExportFormat::Png);
    const QString error = writePicture(path, format, lessonPageSize(*lesson), format == ExportFormat::Png ? 2.0 : 1.0,
                                       lessonPageTitle(*lesson), [&](QCPPainter& painter) { paintLessonPage(painter, *lesson); });
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export this page"), error);
    else showStatus(tr("Wrote %1").arg(path));
}

void MainWindow::exportTrace() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export trace"), "trace.json", tr("AttentionLab traces (*.json)"));
    if (path.isEmpty()) return;
    if (const QString error = document_->writeTrace(path); !error.isEmpty()) QMessageBox::warning(this, tr("Export trace"), error);
    else showStatus(tr("Wrote %1").arg(path));
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recentFiles").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue("recentFiles", QStringList(recent.mid(0, maxRecentFiles)));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value("recentFiles").toStringList();
    for (const QString& path : recent)
        recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] { openWithDialogOnError(path); })
            ->setToolTip(path);
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::showStatus(const QString& message) { statusBar()->showMessage(message, 6000); }

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) openWithDialogOnError(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

} // namespace al
