#pragma once
// Training in the window (MATH.md §10): the very Trainer of `attention-lab train`, stepped on
// a thread of its own so that the window stays fluid. The GUI thread sends commands (train,
// pause, one step, reset); the training thread hands back how far training went as a
// TrainingProgress, by value, at most about thirty times a second. With the same model,
// dataset and settings the loss history is the command's, value for value: nothing here
// changes what a step does, and the evaluations of the timeline only read the weights.
#include "core/io/dataset_pairing.h"
#include "core/nn/transformer_model.h"
#include "core/train/timeline.h"
#include "core/train/trainer.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace al {

// What a run trains: the model as it starts (step 0), the dataset paired with it, the settings.
struct TrainingSetup {
    std::shared_ptr<const nn::TransformerModel> model;
    std::shared_ptr<const PairedDataset> data;
    train::TrainingSettings settings;
    // Also train the feed-forward-only baseline (the same model without attention and without
    // positions, from the same seed) step for step beside it: encoder tasks only.
    bool withBaseline = false;
};

// One model's run as far as it went.
struct RunProgress {
    long long steps = 0;
    std::shared_ptr<const std::vector<double>> history; // the batch loss of each step (FORMATS.md)
    std::vector<train::Moment> moments;                 // evaluated: step 0, then every interval
    // The weights alone, kept about ten times as often as the evaluations (their `train` and
    // `test` are not filled in): what the timeline scrubs through.
    std::vector<train::Moment> snapshots;
    std::shared_ptr<const nn::TransformerModel> model; // the weights after `steps` steps
    QString failure;                                   // why training stopped by itself, or ""
};

struct TrainingProgress {
    quint64 run = 0; // counts the resets: a progress of an older run is not this one's
    TrainingSetup setup;
    RunProgress main;
    std::optional<RunProgress> baseline; // with setup.withBaseline
    bool running = false;                // training on (not paused)
    double stepsPerSecond = 0;           // over the last second of training
};

class TrainingSession : public QObject {
    Q_OBJECT
public:
    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override; // stops the step under way and waits for the thread

    // Back to step 0 with this setup, paused; what was trained is dropped.
    void reset(TrainingSetup setup);
    // Steps until paused, until training fails, or (with `until` ≥ 0) once that many steps
    // are taken.
    void train(long long until = -1);
    void pause(); // after the step under way
    void step();  // one more step (when paused)
    // Training on from the latest progress the GUI thread has, or asked to.
    bool isRunning() const;

    // The latest progress handed over (null before the first reset's).
    std::shared_ptr<const TrainingProgress> progress() const { return shown_; }

    // For the tests and the headless commands: processes events until the progress shows at
    // least `steps` steps of the current run (or training stopped, or `timeoutMs` passed).
    bool waitForSteps(long long steps, int timeoutMs = 120'000);

signals:
    void progressed(); // progress() is newer

private:
    struct Run;
    void loop();    // the training thread
    void deliver(); // the GUI thread

    std::shared_ptr<const TrainingProgress> shown_; // the GUI thread's

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<TrainingSetup> pendingReset_;      // guarded by mutex_
    bool running_ = false;                           // guarded by mutex_
    long long stopAt_ = -1;                          // pause once this many steps are taken; guarded by mutex_
    bool failed_ = false;                            // stopped by itself: only a reset goes on; guarded by mutex_
    long long stepsWanted_ = 0;                      // single steps asked for; guarded by mutex_
    bool quit_ = false;                              // guarded by mutex_
    quint64 runNumber_ = 0;                          // the latest reset's; guarded by mutex_
    std::shared_ptr<Cancellation> stepping_;         // the step under way; guarded by mutex_
    std::shared_ptr<const TrainingProgress> latest_; // guarded by mutex_
    bool deliveryPosted_ = false;                    // guarded by mutex_
    std::thread thread_;
};

} // namespace al
