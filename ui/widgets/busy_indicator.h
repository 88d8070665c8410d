#pragma once
// The status bar's sign that something is being computed, for any number of workers (the
// document's, a lesson's): nothing at all for a short computation, a quiet "Computing…"
// after 150 ms, and after a second a progress bar and a Cancel button (Esc does the same
// while it shows). It follows the worker that has been busy longest. Nothing is modal and
// the cursor stays as it is: the window keeps answering meanwhile.
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;
class QTimer;

namespace al {

class Worker;

class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    static constexpr int quietMs = 150;   // shorter computations show nothing
    static constexpr int cancelMs = 1000; // from here on: progress and Cancel

    explicit BusyIndicator(QWidget* parent = nullptr);
    ~BusyIndicator() override;
    void follow(Worker* worker); // until it is destroyed
    // The worker busy longest, or null when none is busy.
    Worker* longestBusy() const;
    bool showsCancel() const;
    void cancel(); // Cancel of the worker busy longest

private:
    void workerBusy(Worker* worker, bool busy);
    void refresh();

    QHash<Worker*, QElapsedTimer> busySince_; // the busy workers
    QLabel* label_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QPointer<QShortcut> escape_; // on the window, which outlives a rebuilt status bar
    QTimer* tick_;
};

} // namespace al
