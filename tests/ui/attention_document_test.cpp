// The document recomputes and signals on every kind of edit, and refuses bad edits
// without changing anything.
#include "core/io/sample_loader.h"
#include "tests/support/test_samples.h"
#include "tests/ui/main_window_helpers.h"
#include "ui/attention_document.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTextBrowser>

#include <filesystem>
#include <fstream>

using namespace al;

namespace {
struct Listener {
    int traces = 0, replaced = 0;
    std::shared_ptr<const Trace> last;
    explicit Listener(AttentionDocument& document) {
        QObject::connect(&document, &AttentionDocument::traceChanged, [this](std::shared_ptr<const Trace> t) {
            ++traces;
            last = std::move(t);
        });
        QObject::connect(&document, &AttentionDocument::sampleReplaced, [this] { ++replaced; });
    }
};
} // namespace

TEST_CASE("every edit recomputes and hands over a new trace", "[document]") {
    AttentionDocument document;
    Listener listener(document);
    document.setSample(test::sampleFrom(test::validSampleJson(3, 4)));
    REQUIRE(document.waitForTrace());
    CHECK(listener.replaced == 1);
    CHECK(listener.traces == 1);
    REQUIRE(listener.last);
    const auto first = listener.last;

    CHECK(document.setEmbedding(1, 2, 5.0).isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(listener.traces == 2);
    CHECK(listener.last->inputs(1, 2) == 5.0);
    CHECK(first->inputs(1, 2) != 5.0); // an earlier trace is a value: it does not change

    CHECK(document.setWeight(WeightMatrix::Query, 0, 0, 3.0).isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(listener.last->weights.W_q(0, 0) == 3.0);

    ModelConfig config = document.sample().model.config;
    config.heads = 2;
    config.dK = 2;
    config.dV = 2;
    config.scoring = Scoring::Dot;
    CHECK(document.setConfig(config).isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(listener.last->heads.size() == 2);
    CHECK(listener.last->config.scoring == Scoring::Dot);

    CHECK(document.setMasks({CausalMask{}}).isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(listener.last->mask(0, 1) == 0);

    const Matrix before = listener.last->weights.W_k;
    CHECK(document.reseed(77).isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(listener.last->weights.W_k != before);
    CHECK(listener.traces == 6); // the sample, then five edits
}

TEST_CASE("bad edits are refused and change nothing", "[document]") {
    AttentionDocument document;
    Listener listener(document);
    document.setSample(test::sampleFrom(test::validSampleJson(3, 4)));
    REQUIRE(document.waitForTrace());
    CHECK_FALSE(document.setEmbedding(3, 0, 1.0).isEmpty());
    CHECK_FALSE(document.setEmbedding(0, 0, std::nan("")).isEmpty());
    CHECK_FALSE(document.setWeight(WeightMatrix::Output, 0, 0, 1.0).isEmpty()); // no W_o with one head
    ModelConfig config = document.sample().model.config;
    config.temperature = -1;
    CHECK_FALSE(document.setConfig(config).isEmpty());
    const QString graphError = document.setMasks({GraphMask{{{0, 5}}, false}}); // only 3 tokens
    CHECK(graphError.startsWith("graph mask"));
    CHECK_FALSE(document.setMasks({CustomMask{MaskMatrix::Ones(2, 2)}}).isEmpty());
    CHECK(document.sample().model.masks.empty());
    CHECK_FALSE(document.isComputing()); // nothing was started
    CHECK(listener.traces == 1);
}

TEST_CASE("loading a bad file keeps the open sample and names the problem", "[document]") {
    AttentionDocument document;
    const auto samples = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "samples";
    CHECK(document.load(QString::fromStdString((samples / "lecture-four-vectors.json").string())).isEmpty());
    REQUIRE(document.waitForTrace());
    const QString title = QString::fromStdString(document.sample().title);
    const auto trace = document.trace();
    const QString error = document.load("/nonexistent/sample.json");
    CHECK(error.contains("/nonexistent/sample.json"));
    // Every hostile file kept for the fuzzers that the loader refuses: the same, each time.
    const auto hostile = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/fuzz/sample_loader";
    int refused = 0;
    for (const auto& entry : std::filesystem::directory_iterator(hostile)) {
        const QString path = QString::fromStdString(entry.path().string());
        AttentionDocument fresh; // whether the file loads at all
        if (fresh.load(path).isEmpty()) continue;
        INFO(path.toStdString());
        const QString refusal = document.load(path);
        CHECK(refusal.contains(QString::fromStdString(entry.path().filename().string())));
        CHECK(QString::fromStdString(document.sample().title) == title);
        CHECK(document.trace() == trace);
        CHECK_FALSE(document.isComputing());
        ++refused;
    }
    CHECK(refused >= 15);
}

TEST_CASE("an overflowed trace is told in the window, and the numbers stay finite", "[document][extremes]") {
    auto json = test::validSampleJson(4, 4);
    for (auto& row : json["embeddings"])
        for (auto& value : row)
            value = value.get<double>() * 1e160; // q·k ≈ 1e320: beyond a double
    QTemporaryDir folder;
    const QString path = folder.filePath("overflow.json");
    {
        std::ofstream out(path.toStdString());
        out << json.dump();
    }
    MainWindow window;
    REQUIRE(window.openSample(path).isEmpty());
    REQUIRE(window.document().waitForTrace());
    const auto* explanation = window.findChild<QTextBrowser*>();
    REQUIRE(explanation);
    CHECK(explanation->toPlainText().contains("Overflow in heads[0].scores"));
    const std::shared_ptr<const Trace> trace = window.document().trace();
    for (int h = 0; h < int(trace->heads.size()); ++h)
        CHECK(trace->attention(h)->weights.allFinite());

    const auto samples = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "samples";
    REQUIRE(window.openSample(QString::fromStdString((samples / "lecture-four-vectors.json").string()))
                .isEmpty()); // and gone
    REQUIRE(window.document().waitForTrace());
    CHECK_FALSE(explanation->toPlainText().contains("Overflow"));
}

TEST_CASE("lessons not on screen let go of the trace they showed once it is replaced", "[document][memory]") {
    MainWindow window;
    const auto samples = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "samples";
    REQUIRE(window.openSample(QString::fromStdString((samples / "animal-street.json").string())).isEmpty());
    REQUIRE(window.document().waitForTrace());
    for (const char* lesson : {"walkthrough", "matrix", "multihead", "masks", "scoring", "positional"}) {
        REQUIRE(window.showLesson(lesson));
        window.setStep(1); // a step with heatmaps, whose hover texts hold the trace too
    }
    const std::weak_ptr<const Trace> old = window.document().trace();
    ModelConfig config = window.document().sample().model.config;
    config.temperature = 0.5;
    REQUIRE(window.document().setConfig(config).isEmpty());
    REQUIRE(window.document().waitForTrace());
    // No lesson, shown or hidden, keeps it: one trace in memory. A hidden lesson's cancelled
    // computation lets go of it as soon as its worker stops (under the sanitizers, a moment later).
    CHECK(test::settleUntil([&] { return old.expired(); }));
    REQUIRE(window.showLesson("matrix")); // a hidden lesson draws the new trace when shown
    CHECK(window.currentLesson()->trace() == window.document().trace());
}
