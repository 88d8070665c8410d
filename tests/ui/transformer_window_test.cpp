// Transformer models in the window: a model opened (File → Open, a drop, the Samples menu)
// is read on a worker and shown in the lesson of its task; a broken one changes nothing;
// a language switch keeps each lesson's model and typed input.
#include "tests/ui/main_window_helpers.h"
#include "ui/attention_document.h"
#include "ui/lessons/transformer/transformer_controls.h"
#include "ui/worker.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>

using namespace al;

namespace {

const QString models = test::samples + "models/";

TransformerControls* controlsOf(LessonPage* page) {
    auto* controls = qobject_cast<TransformerControls*>(page->controls());
    REQUIRE(controls);
    return controls;
}

void waitForModel(MainWindow& window) {
    REQUIRE(window.modelLoader().waitUntilIdle(30'000));
    REQUIRE(window.currentLesson()->waitUntilDrawn(30'000));
}

} // namespace

TEST_CASE("a model opened goes to the Transformer lesson of its task", "[window][transformer-window]") {
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    for (const auto& [file, lesson] :
         {std::pair{"number-words.trained.json", "encoder-decoder"}, std::pair{"induction.trained.json", "gpt"},
          std::pair{"negation.trained.json", "classification"},
          std::pair{"i-saw-a-saw-baseline.trained.json", "transformer-block"}}) {
        window.openWithDialogOnError(models + file);
        waitForModel(window);
        INFO(file);
        CHECK(window.currentLesson()->id() == lesson);
        CHECK(controlsOf(window.currentLesson())->modelPath() == models + file);
        CHECK_FALSE(window.currentLesson()->content().plots.empty());
    }
    // The attention sample is untouched: the lessons of the single layer still show it.
    CHECK(window.document().sample().title.rfind("The lecture's four vectors", 0) == 0);
}

TEST_CASE("a model dropped on the window opens in its lesson", "[window][transformer-window]") {
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(models + "reverse.trained.json")});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    CHECK(window.modelLoader().isBusy()); // read in the background
    waitForModel(window);
    CHECK(window.currentLesson()->id() == "encoder-decoder");
    CHECK(controlsOf(window.currentLesson())->model()->title == "Reverse a sequence");
}

TEST_CASE("the Samples menu lists the trained Transformers and opens them", "[window][transformer-window]") {
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    QMenu* samples = nullptr;
    for (QAction* action : window.menuBar()->actions())
        if (action->menu() && action->text().remove('&') == "Samples") samples = action->menu();
    REQUIRE(samples);
    QAction* induction = nullptr;
    int models = 0;
    for (QAction* action : samples->actions())
        if (action->toolTip().endsWith(".trained.json")) {
            ++models;
            if (action->text() == "Copy after the bar: a tiny GPT") induction = action;
        }
    CHECK(models == 6);
    REQUIRE(induction);
    induction->trigger();
    waitForModel(window);
    CHECK(window.currentLesson()->id() == "gpt");
}

TEST_CASE("a model that cannot be read changes nothing and says why", "[window][transformer-window]") {
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    REQUIRE(window.showLesson("gpt"));
    waitForModel(window);
    QTemporaryDir folder;
    const QString broken = folder.filePath("broken-model.json");
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "attention-lab/transformer@1", "title": "x", "task": "seq2seq",
                  "vocabulary": ["a"], "outputs": ["<bos>", "a"]})"); // no <eos>
    file.close();
    window.openModel(broken, false);
    REQUIRE(window.modelLoader().waitUntilIdle(30'000));
    INFO(window.lastModelFailure().toStdString());
    CHECK(window.lastModelFailure().contains("broken-model.json"));
    CHECK(window.lastModelFailure().contains("outputs"));
    CHECK(window.currentLesson()->id() == "gpt");
    CHECK(controlsOf(window.currentLesson())->model()->title == "Copy after the bar: a tiny GPT");
}

TEST_CASE("a language switch keeps each Transformer lesson's model and input", "[window][transformer-window]") {
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    window.openModel(models + "reverse.trained.json", false);
    waitForModel(window);
    REQUIRE(controlsOf(window.currentLesson())->setInputText("h g f").isEmpty());
    window.setLanguage("zh_CN", true);
    test::settle();
    REQUIRE(window.currentLesson()->waitUntilDrawn(30'000));
    CHECK(window.currentLesson()->id() == "encoder-decoder");
    const TransformerControls* controls = controlsOf(window.currentLesson());
    CHECK(controls->model()->title == "Reverse a sequence");
    CHECK(controls->setup().input == "h g f");
    window.setLanguage("en", true);
}
