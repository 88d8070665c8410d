// Undo and redo of every kind of edit, the unsaved-changes flag, and sessions: saved
// atomically, reopened in another window with the same edits, lesson, step and query.
#include "ui/attention_document.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace al;

namespace {
const QString samples = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/";
}

TEST_CASE("every edit can be undone and redone, and marks the document modified", "[session]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "animal-street.json").isEmpty());
    REQUIRE(document.waitForTrace());
    const Sample original = document.sample();
    CHECK_FALSE(document.isModified());

    REQUIRE(document.setEmbedding(1, 2, 9.5).isEmpty());
    REQUIRE(document.waitForTrace());
    REQUIRE(document.setWeight(WeightMatrix::Key, 0, 1, -2.0).isEmpty());
    REQUIRE(document.waitForTrace());
    ModelConfig config = document.sample().model.config;
    config.heads = 2;
    config.dK = config.dV = 2;
    REQUIRE(document.setConfig(config).isEmpty());
    REQUIRE(document.waitForTrace());
    REQUIRE(document.setMasks({CausalMask{}}).isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(document.isModified());
    CHECK(document.undoStack()->count() == 4);
    CHECK(document.trace()->heads.size() == 2);

    for (int i = 0; i < 4; ++i)
        document.undoStack()->undo();
    REQUIRE(document.waitForTrace());
    CHECK_FALSE(document.isModified());
    CHECK(document.sample().embeddings == original.embeddings);
    CHECK(document.sample().model.weights.W_k == original.model.weights.W_k);
    CHECK(document.sample().model.config == original.model.config);
    CHECK(document.sample().model.masks.empty());
    CHECK(document.trace()->heads.size() == 1); // the trace follows

    for (int i = 0; i < 4; ++i)
        document.undoStack()->redo();
    REQUIRE(document.waitForTrace());
    CHECK(document.sample().embeddings(1, 2) == 9.5);
    CHECK(document.sample().model.config.heads == 2);
    CHECK(document.sample().model.masks.size() == 1);
    CHECK(document.trace()->mask(0, 1) == 0);
}

TEST_CASE("a drag of the temperature is one undo step, a refused edit is none", "[session]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(document.waitForTrace());
    ModelConfig config = document.sample().model.config;
    for (double t : {0.9, 0.8, 0.7, 0.5}) {
        config.temperature = t;
        REQUIRE(document.setConfig(config).isEmpty());
        REQUIRE(document.waitForTrace());
    }
    CHECK(document.undoStack()->count() == 1);
    CHECK_FALSE(document.setEmbedding(0, 99, 1.0).isEmpty());
    CHECK(document.undoStack()->count() == 1);
    document.undoStack()->undo();
    REQUIRE(document.waitForTrace());
    CHECK(document.sample().model.config.temperature == 1.0);
}

TEST_CASE("a saved session reopens with its edits, lesson, step, query and colours", "[session]") {
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath("class.json");
    {
        MainWindow window;
        REQUIRE(window.openSample(samples + "animal-street.json").isEmpty());
        REQUIRE(window.document().waitForTrace());
        REQUIRE(window.document().setEmbedding(7, 0, 4.25).isEmpty());
        REQUIRE(window.document().waitForTrace());
        REQUIRE(window.showLesson("walkthrough"));
        window.setQuery(7);
        window.setStep(5);
        window.setColours(Palette::HighContrast);
        CHECK(window.document().isModified());
        REQUIRE(window.saveSession(path).isEmpty());
        CHECK_FALSE(window.document().isModified());
        CHECK(window.document().isSessionFile());
        window.setColours(Palette::Standard);
    }
    MainWindow reopened;
    REQUIRE(reopened.openSample(path).isEmpty());
    REQUIRE(reopened.document().waitForTrace());
    CHECK(reopened.document().sample().embeddings(7, 0) == 4.25);
    CHECK(reopened.currentLesson()->id() == "walkthrough");
    CHECK(reopened.currentLesson()->step() == 5);
    CHECK(reopened.currentLesson()->query() == 7);
    CHECK(heatmapPalette() == Palette::HighContrast);
    CHECK_FALSE(reopened.document().isModified());
    reopened.setColours(Palette::Standard);
}

TEST_CASE("a session that cannot be written leaves the old file as it was", "[session]") {
    QTemporaryDir folder;
    MainWindow window;
    REQUIRE(window.openSample(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    REQUIRE(window.document().setEmbedding(0, 0, 2.0).isEmpty());
    REQUIRE(window.document().waitForTrace());
    CHECK_FALSE(window.saveSession(QDir(folder.path()).filePath("no/such/folder/s.json")).isEmpty());
    CHECK(window.document().isModified()); // still unsaved
    CHECK(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("presentation mode enlarges the type, uses high contrast and gives it all back", "[session]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.resize(1200, 800);
    window.show();
    const double normal = window.stepTitleLabel()->font().pointSizeF();
    window.setPresentation(true);
    CHECK(window.inPresentation());
    CHECK(window.isFullScreen());
    CHECK(window.stepTitleLabel()->font().pointSizeF() > 2 * normal);
    CHECK(heatmapPalette() == Palette::HighContrast);
    window.setPresentation(false);
    CHECK_FALSE(window.isFullScreen());
    CHECK(window.stepTitleLabel()->font().pointSizeF() == normal);
    CHECK(heatmapPalette() == Palette::Standard);
}

namespace {
// Answers the next message box with `button` as soon as it is shown.
void answerNextQuestion(QMessageBox::StandardButton button, bool* asked) {
    QTimer::singleShot(0, [button, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) return answerNextQuestion(button, asked);
        *asked = true;
        box->button(button)->click();
    });
}
} // namespace

TEST_CASE("closing with unsaved edits asks first: cancel keeps the window, discard closes it", "[session]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.show();
    bool asked = false;
    CHECK(window.close()); // nothing edited: closes without a question
    CHECK_FALSE(asked);

    window.show();
    REQUIRE(window.document().setEmbedding(0, 0, 3.0).isEmpty());
    REQUIRE(window.document().waitForTrace());
    answerNextQuestion(QMessageBox::Cancel, &asked);
    CHECK_FALSE(window.close());
    CHECK(asked);
    CHECK(window.isVisible());
    CHECK(window.windowTitle().contains("[*]"));
    CHECK(window.isWindowModified());

    asked = false;
    answerNextQuestion(QMessageBox::Discard, &asked);
    CHECK(window.close());
    CHECK(asked);
}

TEST_CASE("where the user was goes into a session block and comes back the same", "[session]") {
    SessionState state;
    state.lesson = "matrix";
    state.step = 4;
    state.query = 7;
    state.rowForm = true;
    state.colours = "high_contrast";
    const SessionBlock block = state.toBlock();
    REQUIRE(block.fields.size() == 5);
    CHECK(block.fields[0].name == "lesson"); // the format's order
    CHECK(block.fields[4].name == "colours");
    CHECK(SessionState::fromBlock(block) == state);
    SessionBlock onlyStep;
    onlyStep.set("step", std::int64_t{2});
    SessionState expected;
    expected.step = 2;
    CHECK(SessionState::fromBlock(onlyStep) == expected); // the fields left out keep their defaults
}
