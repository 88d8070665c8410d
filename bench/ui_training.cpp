// Training in the window against training on the command line, side by side in one run, on
// the same preset: "I saw a saw" (samples/models/training.json: batch 16, Adam, lr 0.01),
// without the feed-forward baseline, so that both train the one model.
//   cli     a plain train::Trainer loop, as `attention-lab train` runs it (app/train_command.cpp):
//           the time of N steps.
//   window  a MainWindow (1400 × 900, offscreen) on the training lesson's first step, whose
//           loss and accuracy curves and α′ heatmap follow training: from the controls'
//           trainOrPause() until the progress handed to the window shows N steps. Measured
//           alongside, on the GUI thread:
//             frames  the moments a new picture reached the screen: after the page drew a new
//                     content (LessonPage::contentChanged), the first QEvent::Paint of one of
//                     its plot views that follows a replot of one of them (QCustomPlot redraws
//                     its buffer on the replot, the Paint puts it on the window). The frame
//                     interval is the time between two such moments, the first counted from
//                     the press of Train, the last until N steps are shown;
//             stall   the longest gap between two ticks of a 5 ms timer: the longest time the
//                     GUI thread could not have answered a key or a click.
// The two alternate for several rounds (a fresh run of the window each round); the speeds are
// the rounds' medians, the frame intervals pooled over the rounds, the stall the longest of
// all. The window's loss history is checked against the loop's, value for value. Beside the
// wall-clock figures, which other work on the machine slows, the CPU time per step of every
// thread (the window's: training, its evaluations, the page's descriptions, the GUI) and the
// GUI thread's CPU time per frame: what the window costs whatever else runs.
// Usage: attention-lab-ui-training [--steps N] [--rounds R]. One JSON line per figure, for
// bench/report.py.
#include "core/base/memory_reuse.h"
#include "core/io/dataset_pairing.h"
#include "core/io/transformer_loader.h"
#include "core/train/trainer.h"
#include "ui/attention_document.h"
#include "ui/lesson_page.h"
#include "ui/lessons/training/training_controls.h"
#include "ui/lessons/training/training_presets.h"
#include "ui/main_window.h"
#include "ui/sample_catalog.h"
#include "ui/widgets/plot_view.h"
#include "ui/worker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace {

// CPU time, in seconds: of the whole process (every thread), or of the calling thread alone.
double cpuSeconds(clockid_t which) {
    timespec now{};
    clock_gettime(which, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
}

double percentile(std::vector<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(fraction * double(values.size())))];
}

// The longest gap between two ticks of a 5 ms timer on the GUI thread, while measuring.
class Heartbeat {
public:
    Heartbeat() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this] { tick(); });
        clock_.start();
    }
    void start() {
        last_ = clock_.nsecsElapsed();
        timer_.start();
    }
    void stop() {
        tick();
        timer_.stop();
    }
    double longestMs() const { return double(longest_) * 1e-6; }

private:
    void tick() {
        const qint64 now = clock_.nsecsElapsed();
        longest_ = std::max(longest_, now - last_);
        last_ = now;
    }
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0, longest_ = 0;
};

// When new pictures of the page reach the screen (see the top of the file).
class FrameClock : public QObject {
public:
    explicit FrameClock(al::LessonPage& page) : page_(page) {
        QObject::connect(&page, &al::LessonPage::contentChanged, this, [this] {
            if (state_ != State::Off) state_ = State::AwaitingReplot;
            // The plots of this content (the page may have made new views for it).
            for (const auto& connection : replots_)
                QObject::disconnect(connection);
            replots_.clear();
            for (al::PlotView* plot : page_.visiblePlots())
                replots_.push_back(QObject::connect(plot, &QCustomPlot::afterReplot, this, [this] {
                    if (state_ == State::AwaitingReplot) state_ = State::AwaitingPaint;
                }));
        });
        qApp->installEventFilter(this);
    }
    void start() {
        state_ = State::Idle;
        clock_.start();
        last_ = 0;
    }
    // The time since the last new frame counts as one more interval: the next frame would
    // have come at least that late (a window that stops repainting is not let off).
    void stop() {
        if (state_ != State::Off) intervals_.push_back(double(clock_.nsecsElapsed() - last_) * 1e-6);
        state_ = State::Off;
    }
    const std::vector<double>& intervalsMs() const { return intervals_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && state_ == State::AwaitingPaint) {
            auto* plot = qobject_cast<al::PlotView*>(watched);
            if (plot && page_.isAncestorOf(plot)) {
                const qint64 now = clock_.nsecsElapsed();
                intervals_.push_back(double(now - last_) * 1e-6);
                last_ = now;
                state_ = State::Idle;
            }
        }
        return false;
    }

private:
    enum class State { Off, Idle, AwaitingReplot, AwaitingPaint };
    al::LessonPage& page_;
    State state_ = State::Off;
    QElapsedTimer clock_;
    qint64 last_ = 0;
    std::vector<double> intervals_;
    std::vector<QMetaObject::Connection> replots_;
};

struct Preset {
    al::TrainingRequest request;
    std::string modelFile, datasetFile;
};

// "I saw a saw" as training.json trains it, the baseline left out.
Preset iSawASaw() {
    for (const al::TrainingPreset& preset : al::bundledTrainingPresets())
        if (QFileInfo(preset.modelFile).fileName() == QLatin1String("i-saw-a-saw.model.json")) {
            Preset chosen;
            chosen.request.modelFile = preset.modelFile;
            chosen.request.datasetFile = preset.datasetFile;
            chosen.request.settings = preset.settings;
            chosen.request.withBaseline = false;
            chosen.modelFile = preset.modelFile.toStdString();
            chosen.datasetFile = preset.datasetFile.toStdString();
            return chosen;
        }
    return {};
}

struct CliRound {
    double stepsPerSecond = 0;
    double cpuMsPerStep = 0; // CPU time of every thread over the steps
    std::vector<double> history;
};

// As `attention-lab train MODEL DATASET --steps N --batch 16 --lr 0.01` trains.
CliRound trainOnCommandLine(const Preset& preset, long long steps) {
    al::nn::TransformerModel model = al::loadTransformer(preset.modelFile);
    const al::PairedDataset data = al::loadPairedDataset(model, preset.datasetFile);
    al::train::Trainer trainer(std::move(model), data.train, preset.request.settings);
    QElapsedTimer clock;
    const double cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    clock.start();
    for (long long s = 0; s < steps; ++s)
        trainer.step();
    const double seconds = double(clock.nsecsElapsed()) * 1e-9;
    return {double(steps) / seconds, (cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu) * 1e3 / double(steps),
            trainer.history()};
}

struct WindowRound {
    double stepsPerSecond = 0;
    double cpuMsPerStep = 0; // CPU time of every thread (training, its evaluations, the page, the GUI)
    double guiCpuMs = 0;     // CPU time of the GUI thread
    std::vector<double> history;
    bool reached = false;
};

// Processes events until the page shows the step, the run and the choice asked for, painted.
bool settle(al::TrainingControls& controls, al::LessonPage& page) {
    if (!controls.files().waitUntilIdle() || !controls.session().waitForSteps(0) || !page.waitUntilDrawn())
        return false;
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents(); // the queued replots and their paints
    return true;
}

WindowRound trainInWindow(al::MainWindow& window, const Preset& preset, long long steps, Heartbeat& heartbeat,
                          FrameClock& frames) {
    WindowRound round;
    al::TrainingControls& controls = *window.shownTraining();
    al::LessonPage& page = *window.currentLesson();
    controls.setRequest(preset.request); // a fresh run at step 0
    if (!settle(controls, page)) return round;

    QEventLoop loop;
    QElapsedTimer clock;
    qint64 reachedAt = 0;
    long long shownSteps = 0;
    const auto connection = QObject::connect(&controls.session(), &al::TrainingSession::progressed, &loop, [&] {
        const auto progress = controls.session().progress();
        if (!progress || progress->main.steps < steps) return;
        reachedAt = clock.nsecsElapsed();
        round.cpuMsPerStep = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        round.guiCpuMs = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        shownSteps = progress->main.steps;
        round.history = *progress->main.history;
        loop.quit();
    });
    QTimer::singleShot(300'000, &loop, &QEventLoop::quit); // a bound, should the window never get there
    heartbeat.start();
    frames.start();
    const double cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID), guiCpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    clock.start();
    controls.trainOrPause();
    loop.exec();
    frames.stop();
    heartbeat.stop();
    QObject::disconnect(connection);
    controls.trainOrPause(); // pause
    round.reached = shownSteps >= steps;
    if (round.reached) {
        round.stepsPerSecond = double(shownSteps) / (double(reachedAt) * 1e-9);
        round.cpuMsPerStep = (round.cpuMsPerStep - cpu) * 1e3 / double(shownSteps);
        round.guiCpuMs = (round.guiCpuMs - guiCpu) * 1e3;
    }
    settle(controls, page);
    return round;
}

bool sameHistory(const std::vector<double>& cli, const std::vector<double>& window, long long steps) {
    if (cli.size() < std::size_t(steps) || window.size() < std::size_t(steps)) return false;
    return std::equal(cli.begin(), cli.begin() + steps, window.begin());
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    al::keepFreedMemoryForReuse();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("AttentionLab-bench"); // not the user's settings
    long long steps = 2000;
    int rounds = 3;
    for (int a = 1; a + 1 < argc; a += 2) {
        if (std::strcmp(argv[a], "--steps") == 0) steps = std::max(1LL, std::atoll(argv[a + 1]));
        if (std::strcmp(argv[a], "--rounds") == 0) rounds = std::max(1, std::atoi(argv[a + 1]));
    }
    const Preset preset = iSawASaw();
    if (preset.modelFile.empty()) {
        std::fprintf(stderr, "attention-lab-ui-training: the bundled \"I saw a saw\" preset was not found\n");
        return 1;
    }

    al::MainWindow window;
    if (!window.openSample(al::defaultSamplePath()).isEmpty() || !window.document().waitForTrace()) return 1;
    window.resize(1400, 900);
    window.show();
    window.showLesson("training");
    window.setStep(0); // the curves and α′
    if (!window.shownTraining()) return 1;
    al::LessonPage& page = *window.currentLesson();
    Heartbeat heartbeat;
    FrameClock frames(page);

    trainOnCommandLine(preset, std::min(steps, 50LL)); // warm-up: the files in the cache, the allocator primed
    std::vector<double> cli, inWindow, cliCpu, windowCpu;
    double guiCpuMs = 0;
    bool same = true;
    for (int r = 0; r < rounds; ++r) {
        const CliRound a = trainOnCommandLine(preset, steps);
        const WindowRound b = trainInWindow(window, preset, steps, heartbeat, frames);
        if (!b.reached) {
            std::fprintf(stderr, "attention-lab-ui-training: the window did not reach %lld steps\n", steps);
            return 1;
        }
        cli.push_back(a.stepsPerSecond);
        inWindow.push_back(b.stepsPerSecond);
        cliCpu.push_back(a.cpuMsPerStep);
        windowCpu.push_back(b.cpuMsPerStep);
        guiCpuMs += b.guiCpuMs;
        same = same && sameHistory(a.history, b.history, steps);
    }
    const double cliSpeed = median(cli), windowSpeed = median(inWindow);
    const std::vector<double>& intervals = frames.intervalsMs();
    double load[1] = {0};
    getloadavg(load, 1); // other work on the machine: the figures are wall-clock times
    std::printf("{\"case\": \"cli\", \"steps\": %lld, \"rounds\": %d, \"steps_per_second\": %.1f, "
                "\"slowest\": %.1f, \"fastest\": %.1f, \"cpu_ms_per_step\": %.2f, \"load\": %.2f}\n",
                steps, rounds, cliSpeed, *std::min_element(cli.begin(), cli.end()),
                *std::max_element(cli.begin(), cli.end()), median(cliCpu), load[0]);
    std::printf("{\"case\": \"window\", \"steps\": %lld, \"rounds\": %d, \"steps_per_second\": %.1f, "
                "\"slowest\": %.1f, \"fastest\": %.1f, \"ratio\": %.3f, \"same_history\": %s, \"frames\": %zu, "
                "\"frame_median_ms\": %.1f, \"frame_p95_ms\": %.1f, \"frame_longest_ms\": %.1f, \"stall_ms\": %.1f, "
                "\"cpu_ms_per_step\": %.2f, \"gui_cpu_ms_per_frame\": %.2f}\n",
                steps, rounds, windowSpeed, *std::min_element(inWindow.begin(), inWindow.end()),
                *std::max_element(inWindow.begin(), inWindow.end()), windowSpeed / cliSpeed, same ? "true" : "false",
                intervals.size(), intervals.empty() ? 0.0 : median(intervals),
                intervals.empty() ? 0.0 : percentile(intervals, 0.95),
                intervals.empty() ? 0.0 : *std::max_element(intervals.begin(), intervals.end()), heartbeat.longestMs(),
                median(windowCpu), intervals.empty() ? 0.0 : guiCpuMs / double(intervals.size()));
    std::fflush(stdout);
}
