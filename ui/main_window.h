#pragma once
// The app's window: the lesson list on the left, the lesson page in the centre with its
// step bar and explanation under it, the model's controls and the vectors-and-weights
// editor on the right. Menus: File (open, sessions, export), Edit (undo, redo), Samples,
// View (forms, colours, presentation, language), Help (welcome, user guide, keys).
//
// The step bar's Next goes from a lesson's last step on to the next lesson, Back from its
// first step to the previous one; ← and → do the same wherever the focus is, except in a
// field being typed in. On the very first start a welcome page says where to begin.
//
// Everything but the document is built by buildInterface(); a change of language builds
// it anew in the new language, keeping the document, its undo history and where the user
// is (lesson, step, query, window layout).
#include "core/nn/architecture.h"
#include "core/nn/transformer_model.h"
#include "ui/session_state.h"
#include "ui/widgets/color_schemes.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QTimer;

namespace al {

class AttentionDocument;
class LessonPage;
class LessonList;
class PlotView;
class StepBar;
class StepKeys;
class LessonControls;
class TrainingControls;
class TransformerControls;
class WelcomePage;
class Worker;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a sample (or a saved session, whose lesson, step and query it then shows, once
    // its trace is computed: document().waitForTrace() waits for that); on failure changes
    // nothing and returns the message (the GUI shows it in a dialog).
    QString openSample(const QString& path);
    // Opens a file the way File → Open does: a file that cannot be opened is reported and
    // changes nothing, without asking first about unsaved edits; only a good file leads to
    // that question, then replaces the sample.
    void openWithDialogOnError(const QString& path);
    // Opens a transformer@1 model (main_window_models.cpp): read on a worker thread, then shown
    // in the Transformer lesson of its task, which the window turns to. A file that cannot be
    // read is reported in a dialog (with `dialogs`) and in lastModelFailure(); nothing changes.
    void openModel(const QString& path, bool dialogs = true);
    // A dataset@1 file: the training lesson trains a fresh model on it.
    void openDataset(const QString& path);
    Worker& modelLoader() const { return *modelLoader_; }
    const QString& lastModelFailure() const { return modelFailure_; }
    // The controls of the Transformer lesson that shows models of `task` first, or null.
    TransformerControls* transformerControls(nn::Task task) const;
    // The training lesson's controls when it is the lesson shown, else null.
    TrainingControls* shownTraining() const;
    // The controls of the lesson shown (null on the welcome page, or for a lesson without any).
    LessonControls* shownControls() const;
    bool showLesson(const QString& id); // false for an unknown id
    void setStep(int step);             // 0-based, clamped
    void setQuery(int query);           // 0-based, clamped
    // Next ▶ and ◀ Back: a step on, or back; across to the next (previous) lesson at a
    // lesson's end (start). Nothing past the last lesson's last step or before the first's first.
    void stepBy(int direction);

    // The welcome page, in place of the lesson page until a lesson is chosen. The first
    // start shows it once (remembered in QSettings "welcome/shown").
    void showWelcome();
    void showWelcomeOnFirstStart();
    bool showsWelcome() const;

    // Where the user is, as a session file records it, and going back there.
    SessionState sessionState() const;
    void applySession(const SessionState& session);
    QString saveSession(const QString& path); // "" or what went wrong

    // Large type, high contrast, keys only, and full screen unless `fullScreen` is false
    // (a screenshot of what the projector shows, at the window's own size).
    void setPresentation(bool on, bool fullScreen = true);
    bool inPresentation() const { return presenting_; }
    void setColours(Palette palette);
    // "system" or a language code; rebuilds the interface in it (at once when `now`, else
    // once the current event is handled: a menu cannot be deleted from its own signal).
    void setLanguage(const QString& choice, bool now = false);

    AttentionDocument& document() { return *document_; }
    const QList<LessonPage*>& lessons() const { return lessons_; }
    // Every lesson drawn from the current trace (only the lesson shown is kept current).
    const QList<LessonPage*>& lessonsUpToDate();
    LessonPage* currentLesson() const;
    StepBar* stepBar() const { return stepBar_; }
    QLabel* stepTitleLabel() const;
    QLabel* stepCountLabel() const;
    QPushButton* nextButton() const;
    QPushButton* backButton() const;
    QSpinBox* queryBox() const;
    LessonList* lessonList() const { return lessonList_; }
    QSplitter* pageSplitter() const { return pageSplit_; }
    QDockWidget* modelDock() const { return modelDock_; }
    QDockWidget* editorDock() const { return editorDock_; }
    // Whether the current layout is a sound one: every lesson title whole, the docks and the
    // pictures neither squeezed nor swollen. A saved layout that is not is never restored.
    bool layoutIsSound() const;
    // The file name an export of `plot` (or of the page, for null) proposes for the step
    // shown, without the extension: lesson, step, plot and, where it applies, the query.
    QString exportName(const PlotView* plot) const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override; // the page splitter's resizes
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildInterface();
    void rebuildInterface();
    // The window's layout (main_window_layout.cpp): docks, splitters and toolbars, as one
    // blob for QSettings. restoreLayout() applies a saved one, then checks it once the window
    // has its size: a broken one gives way to the default layout.
    QByteArray layoutState() const;
    void restoreLayout(const QByteArray& state);
    void restoreLayoutWhenSized(const QByteArray& state); // now, and again once the size settles
    void settleLayout();                                  // the layout waiting for the window's size, now
    void applyDefaultLayout();
    void keepLayoutSound(); // the default layout when the current one is not sound
    // The explanation pane as tall as its text needs (within bounds), unless the user
    // dragged the splitter.
    void fitExplanation();
    void createLessons();
    void createMenus();            // main_window_menus.cpp
    void createPresentationKeys(); // main_window_menus.cpp
    void createDocks();
    void createStepBar();
    void showDocksFor(const LessonPage& lesson);  // hidden beside a lesson that brings its own controls
    void placeDocksFor(const LessonPage& lesson); // the same, after a layout put the docks back
    QAction* addWindowAction(const QKeySequence& key, const std::function<void()>& run);

    void openInteractively();
    void showOpened(const QString& path);    // a file's sample and trace have replaced the open ones
    bool saveInteractively(bool askForName); // false when cancelled or failed
    bool confirmUnsavedChanges();            // true: go on (saved, discarded or nothing to save)
    void exportCurrentLesson();
    void exportCurrentPage();
    void exportTrace();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void setRowForm(bool rowForm);
    void applyTypeSizes();    // the step title's and explanation's fonts, larger when presenting
    void showLessonContent(); // step bar, explanation and status after any change
    void showTraceSummary();
    void showStatus(const QString& message);
    void updateTitle();
    void leaveWelcome();
    void showUserGuide();
    void showModel(std::shared_ptr<const nn::TransformerModel> model, const QString& path); // in its lesson
    void addModelMenu(QMenu* samples); // the bundled trained Transformers, in the Samples menu

    AttentionDocument* document_;
    Worker* modelLoader_;
    QString modelFailure_;
    QObject* built_ = nullptr; // parent of the actions and timers of the current interface
    QList<LessonPage*> lessons_;
    LessonList* lessonList_ = nullptr;
    QStackedWidget* centre_ = nullptr; // the lesson page (with step bar and explanation), or the welcome
    WelcomePage* welcome_ = nullptr;
    StepKeys* stepKeys_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QTextBrowser* explanation_ = nullptr;
    QElapsedTimer explained_;            // since the explanation was last set
    QTimer* explanationTimer_ = nullptr; // sets it once a throttled frame's time is up
    StepBar* stepBar_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* columnFormAction_ = nullptr;
    QAction* rowFormAction_ = nullptr;
    QAction* presentationAction_ = nullptr;
    QList<QAction*> paletteActions_;
    QList<QAction*> presentationKeys_; // enabled only while presenting
    QSplitter* sideSplit_ = nullptr;   // lesson list | page
    QSplitter* pageSplit_ = nullptr;   // pictures over explanation
    QDockWidget* modelDock_ = nullptr;
    QDockWidget* editorDock_ = nullptr;
    bool docksForModel_ = true;                   // the docks are where the current lesson wants them
    std::pair<bool, bool> docksOpen_{true, true}; // the model and editor docks, as the user left them
    QLabel* summary_ = nullptr;
    QString overflowNotice_; // HTML put before every explanation while the trace has overflowed
    bool rowForm_ = false;
    bool presenting_ = false;
    Palette userPalette_ = Palette::Standard; // the palette to return to after presenting
    QFont normalFont_;
    QByteArray stateBeforePresenting_;
    QRect geometryBeforePresenting_;
    QByteArray defaultDockState_; // where the docks go before any saved layout
    QByteArray pendingLayout_;    // to restore once more when the window's size settles
    bool layoutPending_ = false;
    QTimer* layoutTimer_ = nullptr; // waits for the window's size to settle (full screen and back)
    bool explanationSizedByUser_ = false;
    QPointer<QWidget> userGuide_;
};

} // namespace al
