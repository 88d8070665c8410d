// The document computes its traces on its worker: the GUI thread keeps answering, only
// the latest edit's trace is shown, and Cancel never leaves a picture that disagrees with
// the sample (the edit is taken back; a sample being opened is not opened).
#include "tests/support/test_samples.h"
#include "ui/attention_document.h"
#include "ui/widgets/busy_indicator.h"
#include "ui/worker.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <fstream>

using namespace al;

namespace {
Sample sampleOf(int tokens, int dModel, int heads) {
    auto json = test::validSampleJson(tokens, dModel);
    json["model"]["heads"] = heads;
    json["model"]["seed"] = 3;
    return test::sampleFrom(json);
}

QString writeSample(const QTemporaryDir& folder, const QString& name, int tokens, int dModel) {
    auto json = test::validSampleJson(tokens, dModel);
    json["title"] = name.toStdString();
    const QString path = folder.filePath(name);
    std::ofstream(path.toStdString()) << json.dump();
    return path;
}

// The traces handed over, in order.
struct Traces {
    std::vector<std::shared_ptr<const Trace>> seen;
    explicit Traces(AttentionDocument& document) {
        QObject::connect(&document, &AttentionDocument::traceChanged,
                         [this](std::shared_ptr<const Trace> t) { seen.push_back(std::move(t)); });
    }
};
} // namespace

TEST_CASE("an edit made while a recompute runs drops the stale trace", "[document][worker]") {
    AttentionDocument document;
    Traces traces(document);
    document.setSample(sampleOf(300, 16, 2));
    CHECK(document.isComputing());
    CHECK_FALSE(document.trace()); // nothing is shown before the trace is ready
    REQUIRE(document.waitForTrace());
    REQUIRE(traces.seen.size() == 1);
    const auto first = document.trace();

    REQUIRE(document.setEmbedding(4, 2, 1.5).isEmpty());
    CHECK(document.isComputing());
    CHECK(document.trace() == first); // the old picture stays meanwhile
    CHECK(document.sample().embeddings(4, 2) == 1.5);
    REQUIRE(document.setEmbedding(4, 2, -2.5).isEmpty()); // restarts: 1.5's trace is stale
    REQUIRE(document.waitForTrace());
    REQUIRE(traces.seen.size() == 2); // only the latest
    CHECK(traces.seen.back()->inputs(4, 2) == -2.5);
    CHECK(document.trace()->inputs(4, 2) == -2.5);
    CHECK(document.undoStack()->count() == 2); // both edits are on the stack all the same
}

TEST_CASE("cancelling the recompute after an edit undoes the edit", "[document][worker]") {
    AttentionDocument document;
    document.setSample(sampleOf(300, 16, 2));
    REQUIRE(document.waitForTrace());
    REQUIRE(document.setEmbedding(0, 0, 4.0).isEmpty());
    REQUIRE(document.waitForTrace());
    const auto shown = document.trace();
    Traces traces(document);
    QSignalSpy notes(&document, &AttentionDocument::noted);

    SECTION("one edit") {
        REQUIRE(document.setEmbedding(1, 1, 9.0).isEmpty());
    }
    SECTION("an edit, an undo of the step before and two edits: back to the computed one") {
        REQUIRE(document.setEmbedding(1, 1, 9.0).isEmpty());
        document.undoStack()->undo();
        document.undoStack()->undo();
        REQUIRE(document.setEmbedding(2, 2, 7.0).isEmpty()); // the computed step is gone from the stack
        REQUIRE(document.setEmbedding(2, 3, 7.0).isEmpty());
    }
    REQUIRE(document.isComputing());
    document.worker().cancel();

    CHECK_FALSE(document.isComputing());
    CHECK(document.sample().embeddings == shown->inputs); // the sample the picture shows
    CHECK(document.sample().embeddings(0, 0) == 4.0);
    CHECK(document.trace() == shown);
    REQUIRE(notes.count() == 1);
    CHECK(notes.at(0).at(0).toString() == "Stopped: the edit was undone");
    CHECK_FALSE(document.waitForTrace(2'000)); // says it was stopped; nothing arrives later
    CHECK(document.trace() == shown);
    for (const auto& trace : traces.seen)
        CHECK(trace == shown); // the editors are told to show it again
    // Redo brings the edit back, and computes it.
    if (document.undoStack()->canRedo()) {
        document.undoStack()->redo();
        REQUIRE(document.waitForTrace());
        CHECK(document.trace()->inputs(1, 1) == 9.0);
    }
}

TEST_CASE("cancelling in the middle of a temperature drag ends the drag at the value last computed",
          "[document][worker]") {
    AttentionDocument document;
    document.setSample(sampleOf(200, 8, 2));
    REQUIRE(document.waitForTrace());
    ModelConfig config = document.sample().model.config;
    config.temperature = 0.9;
    REQUIRE(document.setConfig(config).isEmpty());
    REQUIRE(document.waitForTrace()); // the picture shows τ = 0.9
    for (double t : {0.8, 0.7}) {
        config.temperature = t;
        REQUIRE(document.setConfig(config).isEmpty());
    }
    CHECK(document.undoStack()->count() == 1); // one drag, one step
    document.worker().cancel();
    CHECK(document.sample().model.config.temperature == 0.9);
    CHECK(document.trace()->config.temperature == 0.9);
    CHECK(document.undoStack()->count() == 1);
    document.undoStack()->undo();
    REQUIRE(document.waitForTrace());
    CHECK(document.sample().model.config.temperature == 1.0);
    document.undoStack()->redo(); // the drag's step now ends where the picture was
    REQUIRE(document.waitForTrace());
    CHECK(document.sample().model.config.temperature == 0.9);
}

TEST_CASE("cancelling the opening of a sample keeps the open sample and file", "[document][worker]") {
    QTemporaryDir folder;
    const QString before = writeSample(folder, "before.json", 40, 8);
    const QString next = writeSample(folder, "next.json", 600, 16);
    AttentionDocument document;
    REQUIRE(document.load(before).isEmpty());
    REQUIRE(document.waitForTrace());
    REQUIRE(document.setEmbedding(0, 0, 2.0).isEmpty()); // an edit, with its undo step
    REQUIRE(document.waitForTrace());
    const auto shown = document.trace();
    QSignalSpy opened(&document, &AttentionDocument::opened);
    QSignalSpy notes(&document, &AttentionDocument::noted);

    REQUIRE(document.load(next).isEmpty());
    CHECK(document.isComputing());
    CHECK(document.filePath() == before); // not yet replaced
    CHECK(document.sample().tokenCount() == 40);
    document.worker().cancel();

    CHECK(document.filePath() == before);
    CHECK(document.sample().title == "before.json");
    CHECK(document.sample().embeddings(0, 0) == 2.0);
    CHECK(document.trace() == shown);
    CHECK(document.undoStack()->canUndo()); // the history of the open sample is kept
    CHECK(document.isModified());
    CHECK_FALSE(document.waitForTrace(2'000));
    CHECK(opened.count() == 0);
    REQUIRE(notes.count() == 1);
    CHECK(notes.at(0).at(0).toString() == "Stopped: the new sample was not opened; before.json stays open");

    // Opened without Cancel, it replaces the open sample only once its trace is there.
    REQUIRE(document.load(next).isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(opened.count() == 1);
    CHECK(document.filePath() == next);
    CHECK(document.trace()->tokenCount() == 600);
    CHECK_FALSE(document.undoStack()->canUndo());
}

TEST_CASE("the trace written while a recompute is on its way is refused, then the sample's own", "[document][worker]") {
    QTemporaryDir folder;
    AttentionDocument document;
    document.setSample(sampleOf(200, 8, 2));
    REQUIRE(document.waitForTrace());
    REQUIRE(document.setEmbedding(3, 3, 6.5).isEmpty());
    const QString path = folder.filePath("trace.json");
    CHECK(document.writeTrace(path).contains("still being computed"));
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(document.waitForTrace());
    REQUIRE(document.writeTrace(path).isEmpty());
    std::ifstream in(path.toStdString());
    const auto json = nlohmann::json::parse(in);
    CHECK(json["inputs"][3][3].get<double>() == 6.5);
}

TEST_CASE("a failed recompute is told and takes the edit back", "[document][worker]") {
    AttentionDocument document;
    document.setSample(sampleOf(20, 4, 1));
    REQUIRE(document.waitForTrace());
    const auto shown = document.trace();
    QSignalSpy notes(&document, &AttentionDocument::noted);
    // The worker reports what a job threw; the document's own answer to it is the same as
    // to a Cancel, with the reason: here the edit's job is replaced by one that fails.
    REQUIRE(document.setEmbedding(0, 0, 3.0).isEmpty());
    document.worker().start([](Cancellation&) -> Worker::Delivery { throw std::bad_alloc(); });
    CHECK_FALSE(document.waitForTrace());
    CHECK(document.lastFailure() == "The trace could not be computed (There is not enough memory "
                                    "for this computation.): the edit was undone");
    CHECK(document.sample().embeddings(0, 0) != 3.0);
    CHECK(document.trace() == shown);
    REQUIRE(notes.count() == 1);
}

TEST_CASE("the GUI thread keeps answering while a long recompute runs", "[document][worker][slow]") {
    AttentionDocument document;
    document.setSample(sampleOf(2000, 64, 4));
    REQUIRE(document.waitForTrace());

    // A timer ticking every 5 ms stands for the window's events: the longest gap between
    // two ticks is how long the GUI thread was not answering.
    QTimer ticker;
    ticker.setInterval(5);
    QElapsedTimer clock;
    qint64 lastTick = 0, longestGap = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - lastTick);
        lastTick = clock.elapsed();
    });
    qint64 delivered = -1;
    QObject::connect(&document, &AttentionDocument::traceChanged, [&] { delivered = clock.elapsed(); });
    clock.start();
    ticker.start();
    REQUIRE(document.setEmbedding(10, 10, 0.25).isEmpty());
    const qint64 returned = clock.elapsed(); // the edit itself, on the GUI thread
    REQUIRE(document.waitForTrace());
    ticker.stop();
    INFO("edit returned after " << returned << " ms, trace after " << delivered << " ms, longest gap " << longestGap
                                << " ms");
    REQUIRE(delivered > 0);
    CHECK(returned * 10 < delivered);
    CHECK(longestGap * 5 < delivered); // a frozen window would show one gap of the whole computation
    CHECK(document.trace()->inputs(10, 10) == 0.25);
}

TEST_CASE("the busy indicator is quiet at first, then offers progress and Cancel, which Esc presses too",
          "[worker][indicator]") {
    QMainWindow window;
    auto* indicator = new BusyIndicator(&window);
    window.statusBar()->addPermanentWidget(indicator);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window)); // Esc is a shortcut of the active window
    Worker quick, slow;
    indicator->follow(&quick);
    indicator->follow(&slow);
    auto* label = indicator->findChild<QLabel*>();
    auto* cancel = indicator->findChild<QPushButton*>();
    REQUIRE(label);
    REQUIRE(cancel);
    std::atomic<bool> stopped = false;
    auto runUntilStopped = [&stopped](Cancellation& c) -> Worker::Delivery {
        for (int i = 0; i < 20'000; ++i) {
            c.report(0.25);
            if (c.stopRequested()) {
                stopped = true;
                c.check();
            }
            QThread::msleep(1);
        }
        return [] {};
    };
    slow.start(runUntilStopped);
    QTest::qWait(20);
    quick.start([](Cancellation&) -> Worker::Delivery { return [] {}; });
    CHECK(label->isHidden()); // quiet while short
    REQUIRE(quick.waitUntilIdle(5'000));
    QTest::qWait(BusyIndicator::quietMs + 100);
    CHECK(label->isVisible());
    CHECK(cancel->isHidden());
    CHECK(indicator->longestBusy() == &slow);
    QTest::qWait(BusyIndicator::cancelMs);
    CHECK(cancel->isVisible());
    CHECK(indicator->showsCancel());
    // A second worker that starts later does not take the place of the one busy longest.
    quick.start(runUntilStopped);
    QTest::qWait(60);
    CHECK(indicator->longestBusy() == &slow);
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK_FALSE(slow.isBusy());
    CHECK(quick.isBusy());
    indicator->cancel(); // now the other one's (its Cancel not shown yet: it has been busy 60 ms)
    CHECK_FALSE(quick.isBusy());
    QTest::qWait(80);
    CHECK(stopped); // the job was asked to stop, and did
    CHECK(label->isHidden());
    CHECK(cancel->isHidden());
}
