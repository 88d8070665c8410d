#include "ui/widgets/busy_indicator.h"

#include "ui/worker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace al {

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent), label_(new QLabel(tr("Computing…"), this)), progress_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)), tick_(new QTimer(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(progress_);
    layout->addWidget(cancel_);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // a corner of the status bar, no more
    progress_->setFixedWidth(120);
    cancel_->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    // The status bar as tall from the start as with Cancel in it: the pictures above do not
    // jump when a long computation shows it.
    setMinimumHeight(cancel_->sizeHint().height());
    progress_->setTextVisible(false);
    cancel_->setToolTip(tr("Stop this computation (Esc): the pictures stay as they were"));
    cancel_->setFocusPolicy(Qt::NoFocus); // the focus stays where the user works
    connect(cancel_, &QPushButton::clicked, this, &BusyIndicator::cancel);
    // Esc cancels from anywhere in the window, but only while Cancel is shown. (While
    // presenting, Esc also leaves the presentation: two shortcuts on one key fire neither,
    // so the ambiguous press cancels as well.)
    escape_ = new QShortcut(QKeySequence(Qt::Key_Escape), parent ? parent->window() : this);
    escape_->setContext(Qt::WindowShortcut);
    escape_->setEnabled(false);
    connect(escape_, &QShortcut::activated, this, &BusyIndicator::cancel);
    connect(escape_, &QShortcut::activatedAmbiguously, this, &BusyIndicator::cancel);
    tick_->setInterval(50);
    connect(tick_, &QTimer::timeout, this, &BusyIndicator::refresh);
    refresh();
}

BusyIndicator::~BusyIndicator() {
    delete escape_;
}

void BusyIndicator::follow(Worker* worker) {
    connect(worker, &Worker::busyChanged, this, [this, worker](bool busy) { workerBusy(worker, busy); });
    connect(worker, &QObject::destroyed, this, [this, worker] { workerBusy(worker, false); });
    if (worker->isBusy()) workerBusy(worker, true);
}

void BusyIndicator::workerBusy(Worker* worker, bool busy) {
    if (busy && !busySince_.contains(worker)) busySince_[worker].start();
    if (!busy) busySince_.remove(worker);
    if (busySince_.isEmpty())
        tick_->stop();
    else if (!tick_->isActive())
        tick_->start();
    refresh();
}

Worker* BusyIndicator::longestBusy() const {
    Worker* longest = nullptr;
    qint64 longestMs = -1;
    for (auto it = busySince_.cbegin(); it != busySince_.cend(); ++it)
        if (it.value().elapsed() > longestMs) {
            longest = it.key();
            longestMs = it.value().elapsed();
        }
    return longest;
}

bool BusyIndicator::showsCancel() const {
    return !cancel_->isHidden();
}

void BusyIndicator::cancel() {
    if (Worker* worker = longestBusy()) worker->cancel(); // its busyChanged(false) hides all this
}

void BusyIndicator::refresh() {
    Worker* worker = longestBusy();
    const qint64 ms = worker ? busySince_.value(worker).elapsed() : 0;
    const bool quiet = !worker || ms < quietMs;
    const bool long_ = worker && ms >= cancelMs;
    label_->setVisible(!quiet);
    progress_->setVisible(long_);
    cancel_->setVisible(long_);
    escape_->setEnabled(long_);
    if (long_) {
        // A computation that says nothing of its progress shows the busy bar instead.
        const int permille = int(worker->progress() * 1000);
        progress_->setRange(0, permille > 0 ? 1000 : 0);
        progress_->setValue(permille);
    }
}

} // namespace al
