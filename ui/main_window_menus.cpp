// The main window's menus, the keys of presentation mode, and the help: the welcome page,
// the user guide and the table of keys.
#include "ui/attention_document.h"
#include "ui/help_windows.h"
#include "ui/language.h"
#include "ui/lesson_list.h"
#include "ui/lesson_page.h"
#include "ui/lessons/lesson_controls.h"
#include "ui/main_window.h"
#include "ui/sample_catalog.h"
#include "ui/welcome_page.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace al {

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open sample or session…"), QKeySequence::Open, this, &MainWindow::openInteractively)
        ->setToolTip(tr("Open an AttentionLab sample, or a session saved with its edits"));
    recentMenu_ = file->addMenu(tr("Open &recent"));
    file->addAction(tr("&Save session"), QKeySequence::Save, this, [this] { saveInteractively(false); })
        ->setToolTip(tr("The sample with every edit, the lesson, step and query, as one file"));
    file->addAction(tr("Save session &as…"), QKeySequence::SaveAs, this, [this] { saveInteractively(true); });
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

    // Undo follows the page: the sample's edits, or the lesson's own (the convolution kernel).
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    auto* stacks = new QUndoGroup(built_);
    stacks->addStack(document_->undoStack());
    for (LessonPage* lesson : lessons_)
        if (lesson->undoStack()) stacks->addStack(lesson->undoStack());
    stacks->setActiveStack(document_->undoStack());
    // By the row chosen: this runs before the page of that row is made the current one.
    connect(lessonList_, &QListWidget::currentRowChanged, stacks, [this, stacks](int row) {
        QUndoStack* own = row >= 0 && row < lessons_.size() ? lessons_[row]->undoStack() : nullptr;
        stacks->setActiveStack(own ? own : document_->undoStack());
    });
    QAction* undo = stacks->createUndoAction(built_, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = stacks->createRedoAction(built_, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});

    QMenu* samples = menuBar()->addMenu(tr("&Samples"));
    for (const SampleEntry& entry : bundledSamples())
        samples->addAction(entry.title, this, [this, path = entry.path] { openWithDialogOnError(path); })
            ->setToolTip(QFileInfo(entry.path).fileName());
    addModelMenu(samples);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* forms = new QActionGroup(built_);
    columnFormAction_ = view->addAction(tr("&Lecture (column) form: A = KᵀQ"));
    rowFormAction_ = view->addAction(tr("&Paper (row) form: S = QKᵀ"));
    for (QAction* action : {columnFormAction_, rowFormAction_}) {
        action->setCheckable(true);
        forms->addAction(action);
    }
    connect(rowFormAction_, &QAction::toggled, this, &MainWindow::setRowForm);

    QMenu* colours = view->addMenu(tr("&Colours"));
    auto* palettes = new QActionGroup(built_);
    for (const auto& [palette, text] :
         {std::pair{Palette::Standard, tr("&Standard (viridis, blue–red)")},
          std::pair{Palette::HighContrast, tr("&High contrast (inferno, purple–orange)")}}) {
        QAction* action = colours->addAction(text, this, [this, palette = palette] { setColours(palette); });
        action->setCheckable(true);
        action->setData(paletteName(palette));
        action->setChecked(palette == heatmapPalette());
        palettes->addAction(action);
        paletteActions_ << action;
    }

    presentationAction_ = view->addAction(tr("P&resentation mode"), this, [this](bool on) { setPresentation(on); });
    presentationAction_->setCheckable(true);
    presentationAction_->setShortcut(Qt::Key_F5);
    presentationAction_->setToolTip(
        tr("Full screen, large type, high contrast; ←/→ or space to step, 1–9 for the first nine lessons, "
           "Esc to leave"));
    addAction(presentationAction_); // F5 works with the menu bar hidden too

    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(built_);
    const QString choice = savedLanguageChoice();
    QStringList choices{"system"};
    choices << availableLanguages();
    for (const QString& code : choices) {
        const QString text = code == "system" ? tr("&System default") : languageName(code);
        QAction* action = language->addAction(text, this, [this, code] { setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == choice);
        languages->addAction(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Welcome"), this, &MainWindow::showWelcome)
        ->setToolTip(tr("What AttentionLab is and where to start"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, &MainWindow::showUserGuide)
        ->setToolTip(tr("Every lesson explained, with pictures (works offline)"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { (new ShortcutsDialog(this))->show(); });
    help->addSeparator();
    help->addAction(tr("&About AttentionLab"), this, [this] {
        QMessageBox::about(this, tr("About AttentionLab"),
                           tr("<p><b>AttentionLab</b> %1</p><p>Self-attention, step by step, exactly: every number "
                              "on screen is the trace of the computation, checked against PyTorch and NumPy.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createPresentationKeys() {
    presentationKeys_ << addWindowAction(Qt::Key_Space,
                                         [this] {
                                             // Training starts and stops, an animation plays.
                                             LessonControls* controls = shownControls();
                                             if (!controls || !controls->presentSpace(currentLesson()->step()))
                                                 nextButton()->click();
                                         })
                      << addWindowAction(Qt::Key_Backspace, [this] { backButton()->click(); })
                      // A presenter's remote sends Page Down and Page Up.
                      << addWindowAction(Qt::Key_PageDown, [this] { nextButton()->click(); })
                      << addWindowAction(Qt::Key_PageUp, [this] { backButton()->click(); })
                      << addWindowAction(Qt::Key_Escape, [this] { setPresentation(false); });
    for (int n = 1; n <= 9; ++n)
        presentationKeys_ << addWindowAction(Qt::Key(Qt::Key_0 + n), [this, n] {
            if (n <= lessons_.size()) showLesson(lessons_[n - 1]->id());
        });
    for (QAction* key : presentationKeys_)
        key->setEnabled(presenting_);
}

bool MainWindow::showsWelcome() const {
    return welcome_ && centre_->currentWidget() == welcome_;
}

void MainWindow::showWelcome() {
    if (!welcome_) {
        welcome_ = new WelcomePage(centre_);
        centre_->addWidget(welcome_);
        connect(welcome_, &WelcomePage::startWalkthrough, this, [this] {
            showLesson("walkthrough");
            setStep(0);
            leaveWelcome();
        });
        connect(welcome_, &WelcomePage::startFromTheBeginning, this, [this] {
            showLesson(lessons_.first()->id());
            leaveWelcome();
        });
        connect(welcome_, &WelcomePage::openGuide, this, &MainWindow::showUserGuide);
    }
    centre_->setCurrentWidget(welcome_);
    QSettings().setValue("welcome/shown", true);
}

void MainWindow::showWelcomeOnFirstStart() {
    if (!QSettings().value("welcome/shown", false).toBool()) showWelcome();
}

void MainWindow::leaveWelcome() {
    if (!showsWelcome()) return;
    centre_->setCurrentIndex(0);
    pages_->setFocus(Qt::OtherFocusReason);
    fitExplanation();
}

void MainWindow::showUserGuide() {
    if (!userGuide_) userGuide_ = new UserGuideWindow(currentLanguage(), this);
    userGuide_->show();
    userGuide_->raise();
    userGuide_->activateWindow();
}

} // namespace al
