// The live window, driven through the journeys of a student and a teacher: every lesson and
// step, queries typed and clicked, the two forms, the colours, 1 → 2 → 4 → 1 heads, masks,
// presentation mode, a change of language and a restart. After every change each plot on
// screen must show the ticks, labels and title of the data it holds, and no NaN; after the
// layout changes, the lesson list must show its titles. A fresh window (the screenshot
// command) never shows what goes stale here: only a window that stays open does.
#include "ui/language.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"
#include "ui/widgets/mask_composer.h"
#include "window_journey.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QSlider>
#include <QSpinBox>

using namespace al;
using namespace al::test;

namespace {

// Through every step of the lesson shown, with → (or the Next button), checking each.
void throughEveryStep(WindowJourney& journey, bool withNextButton = false) {
    const int steps = journey.window().currentLesson()->stepCount();
    for (int s = journey.step() + 1; s < steps; ++s) {
        if (withNextButton) {
            journey.clickNext();
            journey.check("the Next button");
        } else {
            journey.stepForward();
            journey.check("→");
        }
    }
}

void backToFirstStep(WindowJourney& journey) {
    while (journey.step() > 0) {
        journey.stepBack();
        journey.check("←");
    }
}

// Every lesson, from the list, through every step and back.
void everyLessonAndStep(WindowJourney& journey) {
    bool nextButton = false;
    for (const LessonPage* lesson : journey.window().lessons()) {
        journey.clickLesson(lesson->id());
        journey.check("clicking the lesson in the list");
        throughEveryStep(journey, nextButton);
        backToFirstStep(journey);
        nextButton = !nextButton;
    }
}

} // namespace

TEST_CASE("every lesson and step of the animal sample shows the labels of its own data", "[window]") {
    WindowJourney journey("animal-street.json");
    journey.check("opening the sample", true);
    everyLessonAndStep(journey);
}

TEST_CASE("queries typed and clicked in the walkthrough relabel every plot", "[window]") {
    WindowJourney journey("animal-street.json");
    journey.clickLesson("walkthrough");
    journey.check("clicking the lesson in the list");

    HeatmapView* inputs = journey.visibleHeatmap(0); // step 1: a row per token
    REQUIRE(inputs != nullptr);
    journey.clickCell(*inputs, 7, 0);
    CHECK(journey.queryBox()->value() == 8);
    journey.check("clicking row 8 (“it”) of the inputs");

    // Each step with the query typed, then another; a click on a plot gives the arrows back.
    const int steps = journey.window().currentLesson()->stepCount();
    for (int s = 0; s < steps; ++s) {
        for (int query : {3, 11, 8}) {
            journey.typeQuery(query);
            journey.check(QString("typing query %1").arg(query));
        }
        journey.clickTitle(*journey.visibleHeatmap(0));
        if (s + 1 < steps) {
            journey.stepForward();
            journey.check("clicking a plot, then →");
        }
    }

    HeatmapView* weights = journey.visibleHeatmap(0); // the last step: all of α′, a row per query
    REQUIRE(weights != nullptr);
    journey.clickCell(*weights, 1, 4);
    CHECK(journey.queryBox()->value() == 2);
    journey.check("clicking row 2 of α′");
    backToFirstStep(journey);

    for (const char* id : {"multihead", "vectors"}) {
        journey.clickLesson(id);
        journey.typeQuery(5);
        journey.check("typing query 5");
        journey.clickTitle(*journey.visibleHeatmap(0));
        throughEveryStep(journey);
        journey.typeQuery(10);
        journey.check("typing query 10");
    }
}

TEST_CASE("the two forms and the two colour schemes redraw every plot from its own data", "[window]") {
    WindowJourney journey("animal-street.json");
    journey.clickLesson("matrix");
    throughEveryStep(journey);
    journey.chooseMenuEntry(MainWindow::tr("&Paper (row) form: S = QKᵀ"));
    journey.check("View → Paper (row) form");
    backToFirstStep(journey);
    journey.chooseMenuEntry(MainWindow::tr("&Lecture (column) form: A = KᵀQ"));
    journey.check("View → Lecture (column) form");
    throughEveryStep(journey, true);

    journey.clickLesson("walkthrough");
    journey.typeQuery(8);
    for (int s = 0; s < 4; ++s)
        journey.stepForward();
    journey.check("going to step 5 with query 8");
    journey.chooseMenuEntry(MainWindow::tr("&High contrast (inferno, purple–orange)"));
    journey.check("View → Colours → High contrast");
    journey.chooseMenuEntry(MainWindow::tr("&Standard (viridis, blue–red)"));
    journey.check("View → Colours → Standard");
}

TEST_CASE("heads 1, 2, 4 and back to 1 redraw every plot of the multi-head lesson", "[window]") {
    WindowJourney journey("animal-street.json");
    journey.clickLesson("multihead");
    journey.stepForward(); // the heads' α′ side by side
    journey.check("→");
    for (int heads : {2, 4, 1}) {
        QSpinBox* box = journey.headsBox();
        REQUIRE(box != nullptr);
        journey.typeInto(box, QString::number(heads));
        REQUIRE(journey.window().currentLesson()->trace()->heads.size() == std::size_t(heads));
        journey.check(QString("typing %1 into Heads").arg(heads));
        journey.clickTitle(*journey.visibleHeatmap(0));
        throughEveryStep(journey);
        backToFirstStep(journey);
        journey.stepForward();
        journey.check("→");
    }
    journey.clickLesson("walkthrough");
    throughEveryStep(journey, true);
}

TEST_CASE("mask edits in the masks lesson redraw M, the scores and the weights", "[window]") {
    WindowJourney journey("animal-street.json");
    journey.clickLesson("masks");
    journey.check("clicking the lesson in the list");
    MaskComposer* composer = journey.maskComposer();
    REQUIRE(composer != nullptr);
    QCheckBox* causal = journey.checkBox(composer, MaskComposer::tr("causal: only keys up to the query"));
    QCheckBox* window = journey.checkBox(composer, MaskComposer::tr("window: radius"));
    QCheckBox* graph = journey.checkBox(composer, MaskComposer::tr("graph: attend along edges"));
    REQUIRE(causal != nullptr);
    REQUIRE(window != nullptr);
    REQUIRE(graph != nullptr);

    journey.click(causal);
    REQUIRE(causal->isChecked());
    journey.check("switching the causal mask on");
    journey.clickCell(*journey.visibleHeatmap(0), 6,
                      2); // M: “because” may no longer attend to “didn't”
    journey.check("clicking cell (7, 3) of M");
    journey.click(window);
    journey.check("switching the window mask on");
    for (QSpinBox* radius : composer->findChildren<QSpinBox*>())
        if (radius->toolTip() == window->toolTip()) journey.typeInto(radius, "1");
    journey.check("typing radius 1");
    journey.clickTitle(*journey.visibleHeatmap(0)); // done typing: the arrows step again
    throughEveryStep(journey);
    backToFirstStep(journey);
    journey.click(causal);
    journey.click(window);
    journey.click(graph);
    journey.check("causal and window off, graph on");

    for (const char* id : {"scoring", "walkthrough", "matrix"}) { // where the mask applies too
        journey.clickLesson(id);
        journey.check("clicking the lesson in the list");
        throughEveryStep(journey);
    }
}

TEST_CASE("presentation mode, a change of language and a restart keep the plots and the lesson "
          "list right",
          "[window]") {
    WindowJourney journey("animal-street.json");
    journey.clickLesson("walkthrough");
    journey.typeQuery(8);
    journey.clickTitle(*journey.visibleHeatmap(0));
    for (int s = 0; s < 3; ++s)
        journey.stepForward();
    journey.check("going to step 4 with query 8", true);

    journey.pressKey(Qt::Key_F5);
    REQUIRE(journey.window().inPresentation());
    journey.check("F5 (presentation mode)");
    journey.stepForward();
    journey.check("→ in presentation mode");
    for (int lesson : {3, 4, 5, 6, 7, 8, 2}) { // the keys 1–8 choose a lesson while presenting; space steps
        journey.presentLesson(lesson);
        journey.check(QString("the key %1 in presentation mode").arg(lesson));
        for (int s = journey.step() + 1; s < journey.window().currentLesson()->stepCount(); ++s) {
            journey.stepForward(Qt::Key_Space);
            journey.check("space in presentation mode");
        }
    }
    journey.pressKey(Qt::Key_Escape);
    REQUIRE_FALSE(journey.window().inPresentation());
    journey.check("Esc (presentation mode off)", true);

    journey.chooseMenuEntry(languageName("zh_CN"));
    REQUIRE(currentLanguage() == "zh_CN");
    journey.check("View → Language → 简体中文", true);
    journey.stepBack();
    journey.check("← in Chinese");
    journey.chooseMenuEntry(languageName("en"));
    journey.check("View → Language → English", true);
    journey.chooseMenuEntry(languageName("zh_CN"));
    journey.check("View → Language → 简体中文 again", true);

    journey.restart();
    journey.check("a restart in Chinese", true);
    journey.clickLesson("convolution");
    journey.check("clicking the lesson in the list", true);

    journey.chooseMenuEntry(languageName("en"));
    REQUIRE(currentLanguage() == "en");
    journey.check("View → Language → English", true);
    journey.restart();
    journey.check("a restart in English", true);
    journey.pressKey(Qt::Key_F5);
    journey.pressKey(Qt::Key_Escape);
    journey.check("F5 and Esc after the restart", true);
}

TEST_CASE("the lecture's four vectors and every convolution image, step by step", "[window]") {
    WindowJourney journey("lecture-four-vectors.json");
    journey.check("opening the sample", true);
    everyLessonAndStep(journey);

    journey.clickLesson("convolution");
    auto* images = journey.window().currentLesson()->findChild<QComboBox*>("images");
    auto* gamma = journey.window().currentLesson()->findChild<QSlider*>();
    REQUIRE(images != nullptr);
    REQUIRE(gamma != nullptr);
    for (int step = 0; step < 3; ++step) {
        images->setFocus(Qt::TabFocusReason); // as the Tab key moves it
        for (int key : {Qt::Key_Home, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down}) {
            journey.pressKey(key);
            journey.check("choosing the image " + images->currentText());
        }
        gamma->setFocus(Qt::TabFocusReason);
        for (int press = 0; press < 3; ++press) {
            journey.pressKey(Qt::Key_PageUp);
            journey.check("raising γ");
        }
        HeatmapView* image = journey.visibleHeatmap(0);
        REQUIRE(image != nullptr);
        journey.clickCell(*image, 3, 4);
        journey.check("clicking pixel (4, 5)");
        if (step < 2) {
            journey.clickNext();
            journey.check("the Next button");
        }
    }
}
