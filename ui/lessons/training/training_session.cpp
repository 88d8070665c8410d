#include "ui/lessons/training/training_session.h"

#include "core/train/evaluation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>

#include <algorithm>
#include <chrono>
#include <deque>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace al {
namespace {

using Clock = std::chrono::steady_clock;

// How often the window is handed a progress while training runs: about thirty frames a second.
constexpr auto publishInterval = std::chrono::milliseconds(30);

} // namespace

// One model trained on the training thread, with its timeline.
struct TrainingSession::Run {
    Run(const nn::TransformerModel& model, std::shared_ptr<const PairedDataset> paired,
        const train::TrainingSettings& settings)
        : trainer(model, paired->train, settings),
          timeline(train::evaluationInterval(model, paired->train, paired->test, settings.batch),
                   train::timelineCapacity(model)),
          snapshots(std::max<long long>(1, timeline.interval() / 10), train::timelineCapacity(model)),
          data(std::move(paired)) {}

    // The moments due: the weights, and every interval also both sets evaluated.
    void keepMomentIfDue(Cancellation& cancellation) {
        const long long steps = trainer.stepsTaken();
        if (snapshots.isDue(steps)) snapshots.add(train::Moment{steps, currentModel(), {}, std::nullopt});
        if (!timeline.isDue(steps)) return;
        train::Moment moment;
        moment.step = steps;
        moment.model = currentModel();
        moment.train = train::evaluate(*moment.model, data->train, cancellation);
        if (!data->test.empty()) moment.test = train::evaluate(*moment.model, data->test, cancellation);
        timeline.add(std::move(moment));
    }

    // One step; false when training failed (the weights stay those of the last good step).
    bool step(Cancellation& cancellation) {
        try {
            trainer.step(cancellation);
        } catch (const train::TrainingDiverged& diverged) {
            failure = QString::fromStdString(diverged.problem().text());
            return false;
        }
        keepMomentIfDue(cancellation);
        return true;
    }

    // The weights as they are now, copied once per step count.
    std::shared_ptr<const nn::TransformerModel> currentModel() {
        if (!current || currentSteps != trainer.stepsTaken()) {
            current = std::make_shared<const nn::TransformerModel>(trainer.model());
            currentSteps = trainer.stepsTaken();
        }
        return current;
    }

    RunProgress progress() {
        RunProgress shown;
        shown.steps = trainer.stepsTaken();
        shown.history = std::make_shared<const std::vector<double>>(trainer.history());
        shown.moments = timeline.moments();
        shown.snapshots = snapshots.moments();
        shown.model = currentModel();
        shown.failure = failure;
        return shown;
    }

    train::Trainer trainer;
    train::Timeline timeline;  // evaluated moments
    train::Timeline snapshots; // the weights alone, more often
    std::shared_ptr<const PairedDataset> data;
    std::shared_ptr<const nn::TransformerModel> current;
    long long currentSteps = -1;
    QString failure;
};

TrainingSession::TrainingSession(QObject* parent) : QObject(parent), thread_([this] { loop(); }) {}

TrainingSession::~TrainingSession() {
    {
        const std::lock_guard lock(mutex_);
        quit_ = true;
        if (stepping_) stepping_->requestStop();
    }
    wake_.notify_all();
    thread_.join();
}

void TrainingSession::reset(TrainingSetup setup) {
    {
        const std::lock_guard lock(mutex_);
        pendingReset_ = std::move(setup);
        ++runNumber_;
        running_ = false;
        failed_ = false;
        stepsWanted_ = 0;
        if (stepping_) stepping_->requestStop();
    }
    wake_.notify_all();
}

void TrainingSession::train(long long until) {
    {
        const std::lock_guard lock(mutex_);
        if (failed_) return; // nothing to train on from: the last good weights stay shown
        running_ = true;
        stopAt_ = until;
    }
    wake_.notify_all();
}

void TrainingSession::pause() {
    {
        const std::lock_guard lock(mutex_);
        running_ = false;
        stepsWanted_ = 0;
    }
    wake_.notify_all(); // the last step taken is handed over
}

void TrainingSession::step() {
    {
        const std::lock_guard lock(mutex_);
        if (running_ || failed_) return;
        ++stepsWanted_;
    }
    wake_.notify_all();
}

bool TrainingSession::isRunning() const {
    const std::lock_guard lock(mutex_);
    return running_;
}

void TrainingSession::loop() {
#ifdef _OPENMP
    // The trainer runs a batch's chunks on as many threads as OpenMP would use, starting
    // helpers for each step and waiting for them. In the window one core goes to the GUI
    // thread (each frame costs it about 15 ms) and to the page's descriptions: a helper then
    // waits for a core, and the step for the helper (on two cores training ran about a fifth
    // slower so). Training leaves them that core. The chunks, and so the history, are the
    // same whatever the number of threads.
    omp_set_num_threads(std::max(1, omp_get_max_threads() - 1));
#endif
    std::unique_ptr<Run> main, baseline;
    TrainingSetup setup;
    quint64 run = 0;
    bool unpublished = false; // steps taken (or a reset) the GUI thread was not handed yet
    std::deque<std::pair<Clock::time_point, long long>> recent; // (when, steps) over the last second
    Clock::time_point lastPublished{};

    std::unique_lock lock(mutex_);
    for (;;) {
        const auto canStep = [&] { return main && main->failure.isEmpty() && (running_ || stepsWanted_ > 0); };
        wake_.wait(lock, [&] { return quit_ || pendingReset_ || canStep() || unpublished; });
        if (quit_) return;
        auto cancellation = std::make_shared<Cancellation>();
        stepping_ = cancellation;

        if (pendingReset_) {
            setup = std::move(*pendingReset_);
            pendingReset_.reset();
            run = runNumber_;
            main.reset();
            baseline.reset();
            recent.clear();
            unpublished = false;
            lock.unlock();
            try {
                auto started = std::make_unique<Run>(*setup.model, setup.data, setup.settings);
                started->keepMomentIfDue(*cancellation);
                std::unique_ptr<Run> twin;
                if (setup.withBaseline) {
                    // Note 001's fully-connected network: each word's vector alone, no attention
                    // and no positions (as the bundled baseline).
                    nn::Architecture architecture = setup.model->architecture;
                    architecture.attention = false;
                    architecture.positional = PositionalEncoding::None;
                    const nn::TransformerModel feedForward =
                        nn::makeTransformer(setup.model->task, architecture, setup.model->vocabulary,
                                            setup.model->outputs, setup.model->seed);
                    twin = std::make_unique<Run>(feedForward, setup.data, setup.settings);
                    twin->keepMomentIfDue(*cancellation);
                }
                main = std::move(started);
                baseline = std::move(twin);
            } catch (const Cancelled&) {
                lock.lock();
                continue; // a newer reset, or the end
            }
            lock.lock();
            unpublished = true;
        } else if (canStep()) {
            if (!running_) --stepsWanted_;
            lock.unlock();
            try {
                const bool good = main->step(*cancellation) && (!baseline || baseline->step(*cancellation));
                lock.lock();
                if (!good && run == runNumber_) {
                    running_ = false;
                    stepsWanted_ = 0;
                    failed_ = true;
                }
                if (stopAt_ >= 0 && main->trainer.stepsTaken() >= stopAt_) running_ = false;
            } catch (const Cancelled&) {
                lock.lock();
                continue; // a reset or the end drops this run
            }
            unpublished = true;
            const auto now = Clock::now();
            recent.emplace_back(now, main->trainer.stepsTaken());
            while (recent.size() > 2 && now - recent.front().first > std::chrono::seconds(1))
                recent.pop_front();
            if (running_ && now - lastPublished < publishInterval) continue;
        }
        if (!unpublished || !main) continue;

        // Hand the progress over: built on this thread, posted once to the GUI thread.
        unpublished = false;
        const bool running = running_;
        lock.unlock();
        auto progress = std::make_shared<TrainingProgress>();
        progress->run = run;
        progress->setup = setup;
        progress->main = main->progress();
        if (baseline) progress->baseline = baseline->progress();
        progress->running = running;
        if (recent.size() >= 2) {
            const double seconds = std::chrono::duration<double>(recent.back().first - recent.front().first).count();
            if (seconds > 0) progress->stepsPerSecond = double(recent.back().second - recent.front().second) / seconds;
        }
        lastPublished = Clock::now();
        lock.lock();
        if (run != runNumber_) continue; // reset meanwhile: this run is not shown
        progress->running = running_;
        latest_ = std::move(progress);
        if (!deliveryPosted_) {
            deliveryPosted_ = true;
            QMetaObject::invokeMethod(
                this, [this] { deliver(); }, Qt::QueuedConnection);
        }
    }
}

void TrainingSession::deliver() {
    {
        const std::lock_guard lock(mutex_);
        deliveryPosted_ = false;
        shown_ = latest_;
    }
    emit progressed();
}

bool TrainingSession::waitForSteps(long long steps, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    const auto reached = [&] {
        quint64 wanted;
        {
            const std::lock_guard lock(mutex_);
            wanted = runNumber_;
        }
        return shown_ && shown_->run == wanted &&
               (shown_->main.steps >= steps || !shown_->main.failure.isEmpty() ||
                (shown_->baseline && !shown_->baseline->failure.isEmpty()));
    };
    while (!reached()) {
        if (deadline.hasExpired()) return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

} // namespace al
