// How long the GUI thread stalls while the window works: for every step of every lesson,
// and for an edit (τ), the longest gap between the ticks of a 1 ms timer on the GUI thread
// — the longest time the window could not answer a key or a click — and beside it the time
// until the picture is complete (the document's trace computed, the step described on its
// worker, its plots drawn). Offscreen, at N = 2000 (d_model 64, 4 heads) and N = 4096
// (d_model 512, 8 heads; skipped with --quick). For each lesson, the step with the longest
// stall. One JSON line per row, for bench/report.py.
#include "bench/random_sample.h"
#include "core/base/memory_reuse.h"
#include "core/io/sample_writer.h"
#include "ui/attention_document.h"
#include "ui/lesson_page.h"
#include "ui/lessons/lesson_registry.h"
#include "ui/main_window.h"
#include "ui/worker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>

namespace {

// The longest gap between two moments the GUI thread was free to tick.
class Heartbeat {
public:
    Heartbeat() {
        timer_.setInterval(1);
        QObject::connect(&timer_, &QTimer::timeout, [this] { tick(); });
        timer_.start();
        clock_.start();
    }
    void restart() {
        longest_ = 0;
        last_ = clock_.nsecsElapsed();
    }
    void tick() {
        const qint64 now = clock_.nsecsElapsed();
        longest_ = std::max(longest_, now - last_);
        last_ = now;
    }
    double longestMs() const { return double(longest_) * 1e-6; }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0, longest_ = 0;
};

struct Figures {
    double stallMs = 0, completeMs = 0;
};

// Runs `act` on the GUI thread, then the event loop until the window shows what was asked.
Figures measure(al::MainWindow& window, Heartbeat& heartbeat, const std::function<void()>& act) {
    QElapsedTimer clock;
    heartbeat.restart();
    clock.start();
    act();
    auto complete = [&] {
        al::LessonPage* page = window.currentLesson();
        return !window.document().isComputing() && page->trace() == window.document().trace() && page->isDrawn() &&
               !page->worker().isBusy();
    };
    while (!complete())
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents(); // the queued replots
    window.repaint();
    heartbeat.tick();
    return {heartbeat.longestMs(), double(clock.nsecsElapsed()) * 1e-6};
}

void print(int tokens, int dModel, int heads, const char* what, const QString& lesson, int step, const Figures& f) {
    std::printf("{\"tokens\": %d, \"d_model\": %d, \"heads\": %d, \"case\": \"%s\", \"lesson\": \"%s\", \"step\": %d, "
                "\"stall_ms\": %.1f, \"complete_ms\": %.1f}\n",
                tokens, dModel, heads, what, lesson.toUtf8().constData(), step, f.stallMs, f.completeMs);
    std::fflush(stdout);
}

void run(int tokens, int dModel, int heads, const QTemporaryDir& folder) {
    const QString path = folder.filePath(QString("stall-%1.json").arg(tokens));
    {
        std::ofstream out(path.toStdString());
        al::writeSample(out, al::bench::randomSample(tokens, dModel, heads));
    }
    al::MainWindow window;
    window.resize(1400, 900);
    window.show();
    Heartbeat heartbeat;
    print(tokens, dModel, heads, "open", "vectors", 1, measure(window, heartbeat, [&] { window.openSample(path); }));
    for (const auto& lesson : al::lessonRegistry()) {
        Figures heaviest;
        int heaviestStep = 1;
        for (int step = 0; step < lesson->stepCount(); ++step) {
            const Figures f = measure(window, heartbeat, [&] {
                if (step == 0) window.showLesson(lesson->id());
                window.setStep(step);
            });
            if (f.stallMs >= heaviest.stallMs) {
                heaviest = f;
                heaviestStep = step + 1;
            }
        }
        print(tokens, dModel, heads, "lesson", lesson->id(), heaviestStep, heaviest);
    }
    window.showLesson("matrix");
    measure(window, heartbeat, [&] { window.setStep(3); });
    al::ModelConfig hotter = window.document().sample().model.config;
    hotter.temperature = 0.5;
    print(tokens, dModel, heads, "edit", "matrix", 4,
          measure(window, heartbeat, [&] { window.document().setConfig(hotter); }));
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    al::keepFreedMemoryForReuse();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("AttentionLab-bench"); // not the user's settings
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    QTemporaryDir folder;
    run(2000, 64, 4, folder);
    if (!quick) run(4096, 512, 8, folder);
}
