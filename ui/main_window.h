#pragma once
// The app's window: the lesson list on the left, the lesson page in the centre with its
// step bar and explanation under it, the model's controls and the vectors-and-weights
// editor on the right. Menus: File (open, recent, export), Samples, View, Help.
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace al {

class AttentionDocument;
class Lesson;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a sample; on failure shows nothing and returns the message (the GUI shows it
    // in a dialog). "" on success.
    QString openSample(const QString& path);
    bool showLesson(const QString& id); // false for an unknown id
    void setStep(int step);             // 0-based, clamped
    void setQuery(int query);           // 0-based, clamped

    AttentionDocument& document() { return *document_; }
    const QList<Lesson*>& lessons() const { return lessons_; }
    // Every lesson drawn from the current trace (only the lesson shown is kept current).
    const QList<Lesson*>& lessonsUpToDate();
    Lesson* currentLesson() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createLessons();
    void createMenus();
    void createDocks();
    QWidget* createStepBar();
    void openInteractively();
    void openWithDialogOnError(const QString& path);
    void exportCurrentLesson();
    void exportCurrentPage();
    void exportTrace();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void setRowForm(bool rowForm);
    void showLessonContent(); // step bar, explanation and status after any change
    void showStatus(const QString& message);

    AttentionDocument* document_;
    QList<Lesson*> lessons_;
    QListWidget* lessonList_;
    QStackedWidget* pages_;
    QTextBrowser* explanation_;
    QLabel* stepTitle_;
    QPushButton* back_;
    QPushButton* next_;
    QPushButton* play_;
    QSpinBox* query_;
    QTimer* playTimer_;
    QMenu* recentMenu_;
    QAction* columnFormAction_;
    QAction* rowFormAction_;
    QLabel* summary_;
};

} // namespace al
