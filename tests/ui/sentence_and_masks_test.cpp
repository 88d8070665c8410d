// Edits that tell the truth: a change of heads keeps what fits and says what it generated;
// the sentence can be typed (insert, rename, remove) with one undo step each; masks are
// named wherever they apply; a click on M that another mask overrules records nothing;
// a table cell refuses what is not a number, with a message.
#include "core/attention/token_vectors.h"
#include "ui/attention_document.h"
#include "ui/language.h"
#include "ui/lesson_page.h"
#include "ui/lessons/mask_controls.h"
#include "ui/lessons/masks_lesson.h"
#include "ui/main_window.h"
#include "ui/mask_notice.h"
#include "ui/model_panel.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/mask_composer.h"
#include "ui/widgets/matrix_table_model.h"

#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QSpinBox>
#include <QTextBrowser>
#include <QUndoStack>

using namespace al;

namespace {
const QString samples = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/";

struct Notes {
    QStringList all;
    explicit Notes(AttentionDocument& document) {
        QObject::connect(&document, &AttentionDocument::noted, [this](const QString& note) { all << note; });
    }
};
} // namespace

TEST_CASE("more heads keep the animal sample's hand-made head and say what was generated", "[sentence][heads]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "animal-street.json").isEmpty());
    REQUIRE(document.waitForTrace());
    Notes notes(document);
    const Matrix handMade = document.sample().model.weights.W_q;
    const double itOnAnimal = document.trace()->attention(0)->weights(7, 1);
    REQUIRE(itOnAnimal > 0.8);

    ModelPanel panel(document);
    document.republish(); // the panel shows the document's configuration
    auto* heads = panel.findChildren<QSpinBox*>().value(0);
    REQUIRE(heads);
    heads->setValue(2); // as a click on the Heads control does
    const ModelConfig& c = document.sample().model.config;
    CHECK(c.heads == 2);
    CHECK(c.dK == 4); // the sample's own d_k stays
    REQUIRE(document.sample().model.weights.W_q.rows() == 8);
    CHECK(document.sample().model.weights.W_q.topRows(4) == handMade);
    CHECK(document.trace()->attention(0)->weights(7, 1) == itOnAnimal); // head 1 is the sample's head
    REQUIRE(notes.all.size() == 1);
    CHECK(notes.all[0] == "W^q, W^k, W^v: rows 5–8 generated from seed 1 (now 8 × 8), rows 1–4 kept.");

    heads->setValue(4);
    REQUIRE(document.sample().model.weights.W_q.rows() == 16);
    CHECK(document.sample().model.weights.W_q.topRows(4) == handMade);
    CHECK(document.trace()->attention(0)->weights(7, 1) == itOnAnimal);
    heads->setValue(1);
    REQUIRE(document.sample().model.weights.W_q.rows() == 4);
    CHECK(document.sample().model.weights.W_q == handMade);
    CHECK(document.trace()->attention(0)->weights(7, 1) == itOnAnimal);
    CHECK(notes.all.last().contains("rows 5–16 dropped"));
}

TEST_CASE("with d_k = d_model / H the Heads control keeps every weight", "[sentence][heads]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "decoder-causal.json").isEmpty()); // d_model 6, H 2, d_k 3
    REQUIRE(document.waitForTrace());
    Notes notes(document);
    const Weights before = document.sample().model.weights;
    ModelPanel panel(document);
    document.republish();
    panel.findChildren<QSpinBox*>().value(0)->setValue(3);
    REQUIRE(document.sample().model.config.dK == 2);
    CHECK(document.sample().model.weights.W_q == before.W_q);
    CHECK(document.sample().model.weights.W_o == before.W_o);
    REQUIRE(notes.all.size() == 1);
    CHECK(notes.all[0] == "Every weight kept: q and k split into 3 heads of 2 entries, v into heads of 2.");
}

TEST_CASE("tokens are inserted, renamed and removed through the document, one undo step each", "[sentence]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "molecule-ethanol.json").isEmpty()); // 9 atoms, a graph mask
    REQUIRE(document.waitForTrace());
    Notes notes(document);
    const Sample original = document.sample();
    const int n = original.tokenCount();
    const auto edges = std::get<GraphMask>(original.model.masks[0]).edges.size();

    CHECK(document.insertToken(1, "saw").isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(document.insertToken(3, "saw").isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(document.undoStack()->count() == 2);
    REQUIRE(document.sample().tokenCount() == n + 2);
    CHECK(document.sample().embeddings.row(1) == document.sample().embeddings.row(3)); // the same word, the same vector
    CHECK(document.sample().embeddings.row(1) ==
          tokenVector(original.model.config.seed, "saw", original.model.config.dModel));
    CHECK(document.trace()->tokenCount() == n + 2);
    CHECK(document.trace()->mask.rows() == n + 2);
    CHECK(std::get<GraphMask>(document.sample().model.masks[0]).edges.size() == edges);
    CHECK(notes.all.at(0).contains("generated from seed 7 and its text"));
    CHECK(notes.all.at(0).contains("no edges in the graph mask yet"));
    CHECK(notes.all.at(1).contains("takes the vector of token 2, the same word"));

    CHECK(document.renameToken(3, "dog").isEmpty());
    REQUIRE(document.waitForTrace());
    CHECK(document.sample().tokens[3] == "dog");
    CHECK(document.sample().embeddings.row(3) != document.sample().embeddings.row(1));
    CHECK(document.removeToken(0).isEmpty()); // C1: its edges go
    REQUIRE(document.waitForTrace());
    CHECK(document.undoStack()->count() == 4);
    CHECK(document.sample().tokens[0] == "saw");
    CHECK(std::get<GraphMask>(document.sample().model.masks[0]).edges.size() < edges);

    CHECK_FALSE(document.insertToken(0, "   ").isEmpty()); // refused: nothing recorded
    CHECK(document.undoStack()->count() == 4);

    for (int undo = 0; undo < 4; ++undo)
        document.undoStack()->undo();
    REQUIRE(document.waitForTrace());
    CHECK(document.sample().tokens == original.tokens);
    CHECK(document.sample().embeddings == original.embeddings);
    CHECK(std::get<GraphMask>(document.sample().model.masks[0]).edges ==
          std::get<GraphMask>(original.model.masks[0]).edges);
    CHECK(document.trace()->tokenCount() == n);
    CHECK_FALSE(document.isModified());
}

TEST_CASE("the masks that are on are named in the model panel and on the pages they change", "[sentence][masks]") {
    REQUIRE(applyLanguage("en")); // with the English plural forms: "10 edges"
    MainWindow window;
    REQUIRE(window.openSample(samples + "social-network.json").isEmpty()); // a graph of 10 edges
    REQUIRE(window.document().waitForTrace());
    QLabel* line = nullptr;
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->text().contains("Masks lesson")) line = label;
    REQUIRE(line);
    CHECK(line->text() == "graph (10 edges) — edit them in the Masks lesson");
    const auto* explanation = window.findChild<QTextBrowser*>();
    const std::pair<const char*, int> throughMasks[] = {
        {"walkthrough", 6}, {"matrix", 4}, {"multihead", 1}, {"positional", 3}, {"scoring", 2}};
    for (auto [lesson, step] : throughMasks) {
        REQUIRE(window.showLesson(lesson));
        window.setStep(step);
        INFO(lesson);
        CHECK(explanation->toPlainText().startsWith("Masks on: graph (10 edges)."));
    }
    const std::pair<const char*, int> aroundMasks[] = {
        {"vectors", 0}, {"positional", 4}, {"scoring", 3}, {"convolution", 0}};
    for (auto [lesson, step] : aroundMasks) { // the masks change nothing shown here
        REQUIRE(window.showLesson(lesson));
        window.setStep(step);
        INFO(lesson);
        CHECK_FALSE(explanation->toPlainText().contains("Masks on"));
    }

    REQUIRE(window.document().setMasks({}).isEmpty());
    REQUIRE(window.document().waitForTrace());
    CHECK(line->text() == "none — compose them in the Masks lesson");
    REQUIRE(window.showLesson("walkthrough"));
    window.setStep(6);
    CHECK_FALSE(explanation->toPlainText().contains("Masks on"));
    REQUIRE(window.document().setMasks({CausalMask{}, WindowMask{1}}).isEmpty());
    REQUIRE(window.document().waitForTrace());
    CHECK(line->text() == "causal, window (radius 1) — edit them in the Masks lesson");
    CHECK(explanation->toPlainText().startsWith("Masks on: causal, window (radius 1)."));
}

TEST_CASE("a click on M that another mask forbids says which, and records nothing", "[sentence][masks]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "decoder-causal.json").isEmpty()); // causal
    REQUIRE(document.waitForTrace());
    LessonPage lesson(std::make_shared<MasksLesson>(), document);
    lesson.setTrace(document.trace());
    lesson.setStep(0);
    REQUIRE(lesson.waitUntilDrawn());
    auto* controls = qobject_cast<MaskControls*>(lesson.controls());
    REQUIRE(controls);
    const int steps = document.undoStack()->count();
    const QString refusal = controls->composer()->toggleCell(0, 3); // a look ahead: causal forbids it
    CHECK(refusal.contains("causal"));
    CHECK(document.undoStack()->count() == steps);
    CHECK_FALSE(document.isModified());
    CHECK(document.sample().model.masks.size() == 1);
    CHECK(forbiddingMasks(document.sample().model.masks, 0, 3, 5) == "causal");
    CHECK(forbiddingMasks(document.sample().model.masks, 3, 0, 5).isEmpty());

    CHECK(controls->composer()->toggleCell(3, 0).isEmpty()); // allowed: switched off, one step
    REQUIRE(document.waitForTrace());
    CHECK(document.undoStack()->count() == steps + 1);
    CHECK(document.trace()->mask(3, 0) == 0);

    controls->cellClicked("mask", 3, 1); // a click on M's cell does the same
    REQUIRE(document.waitForTrace());
    CHECK(document.undoStack()->count() == steps + 2);
    CHECK(document.trace()->mask(3, 1) == 0);
    controls->cellClicked("weights", 3, 2); // a click on α′ switches nothing
    CHECK(document.undoStack()->count() == steps + 2);
    CHECK(document.trace()->mask(3, 2) == 1);
}

TEST_CASE("the cost chart draws the window radius the user chose", "[sentence][masks]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "speech-frames.json").isEmpty()); // window, radius 2
    REQUIRE(document.waitForTrace());
    LessonPage lesson(std::make_shared<MasksLesson>(), document);
    lesson.setTrace(document.trace());
    lesson.setStep(2);
    REQUIRE(lesson.waitUntilDrawn());
    auto* chart = qobject_cast<ChartView*>(lesson.visiblePlots().at(0));
    REQUIRE(chart);
    CHECK(chart->graph(2)->name() == "window, radius 2");
    CHECK(lesson.explanation().contains("window of radius 2"));
    REQUIRE(document.setMasks({WindowMask{5}}).isEmpty());
    REQUIRE(document.waitForTrace());
    lesson.setTrace(document.trace());
    REQUIRE(lesson.waitUntilDrawn());
    CHECK(chart->graph(2)->name() == "window, radius 5");
    REQUIRE(document.setMasks({}).isEmpty());
    REQUIRE(document.waitForTrace());
    lesson.setTrace(document.trace());
    REQUIRE(lesson.waitUntilDrawn());
    CHECK(chart->graph(2)->name() == "window, radius 8");
    CHECK(lesson.explanation().contains("No window mask is on"));
}

TEST_CASE("a table cell refuses what is not a number, with a message", "[sentence][table]") {
    CHECK(parseNumber("0.5") == 0.5);
    CHECK(parseNumber(" −2 ") == -2.0);
    CHECK(parseNumber("1e-3") == 1e-3);
    for (const char* bad : {"abc", "", "1.2.3", "inf", "nan"})
        CHECK_FALSE(parseNumber(bad).has_value());
    MatrixTableModel model;
    int commits = 0;
    model.setCommit([&](int, int, double) {
        ++commits;
        return QString();
    });
    model.setMatrix(Matrix::Ones(2, 2), {"a", "b"}, {"1", "2"});
    QStringList refused;
    QObject::connect(&model, &MatrixTableModel::editRefused, [&](const QString& why) { refused << why; });
    CHECK_FALSE(model.setData(model.index(0, 0), "abc", Qt::EditRole));
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].contains("“abc” is not a number"));
    CHECK(commits == 0);
    CHECK(model.data(model.index(0, 0), Qt::DisplayRole).toString() == "1");
    CHECK(model.setData(model.index(0, 0), "0.25", Qt::EditRole));
    CHECK(commits == 1);

    // A renamed row of the same shape: the header says the new name.
    int headerChanges = 0;
    QObject::connect(&model, &MatrixTableModel::headerDataChanged, [&] { ++headerChanges; });
    model.setMatrix(Matrix::Ones(2, 2), {"a", "dog"}, {"1", "2"});
    CHECK(headerChanges == 1);
    CHECK(model.headerData(1, Qt::Vertical, Qt::DisplayRole).toString() == "dog");
}
