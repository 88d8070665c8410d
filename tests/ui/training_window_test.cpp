// The training lesson in the main window: listed last and showing a run; a language switch
// rebuilds the window while training goes on, the same run, no step lost; in presentation
// mode Space trains and pauses and → takes one training step on this lesson.
#include "tests/ui/main_window_helpers.h"
#include "tests/ui/training_support.h"
#include "ui/lesson_list.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QTest>

using namespace al;

namespace {

TrainingControls* shownTrainingControls(MainWindow& window) {
    REQUIRE(window.showLesson("training"));
    TrainingControls* controls = window.shownTraining();
    REQUIRE(controls);
    test::waitUntilPrepared(*controls);
    return controls;
}

// The progress once paused, with the step under way handed over.
long long pausedSteps(TrainingSession& session) {
    REQUIRE(test::settleUntil([&] { return !session.isRunning() && !session.progress()->running; }, 30'000));
    return session.progress()->main.steps;
}

} // namespace

TEST_CASE("the training lesson is the last of the list and shows the first preset's run",
          "[training][training-window][window]") {
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    REQUIRE_FALSE(window.lessons().isEmpty());
    CHECK(window.lessons().last()->id() == "training");
    CHECK(window.lessonList()->item(window.lessonList()->count() - 1)->text().contains("Watch attention learn"));
    TrainingControls* controls = shownTrainingControls(window);
    CHECK(window.currentLesson()->id() == "training");
    CHECK(window.currentLesson()->stepCount() == 5);
    // The first preset: "I saw a saw" with the feed-forward baseline beside it.
    const auto progress = controls->session().progress();
    CHECK(progress->setup.model->title == "I saw a saw: self-attention");
    CHECK(progress->baseline);
    REQUIRE(window.currentLesson()->waitUntilDrawn(30'000));
    const StepContent& content = window.currentLesson()->content();
    CHECK(content.plots.size() == 3); // the loss, the accuracy, α′
    CHECK(content.figures["step"].toLongLong() == 0);
}

TEST_CASE("a language switch keeps the run training: the same run, no step lost",
          "[training][training-window][window]") {
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    TrainingControls* controls = shownTrainingControls(window);
    test::stepTimes(controls->session(), 4);
    const quint64 run = controls->session().progress()->run;
    controls->trainOrPause();
    REQUIRE(controls->session().isRunning());
    REQUIRE(controls->session().waitForSteps(8, 60'000));

    window.setLanguage("zh_CN", true);
    test::settle();
    REQUIRE(window.currentLesson()->id() == "training");
    TrainingControls* rebuilt = window.shownTraining();
    REQUIRE(rebuilt);
    TrainingSession& session = rebuilt->session();
    REQUIRE(session.progress());
    CHECK(session.progress()->run == run);
    CHECK(session.progress()->main.steps >= 8);
    CHECK(session.isRunning());
    const long long then = session.progress()->main.steps;
    REQUIRE(session.waitForSteps(then + 5, 60'000)); // it goes on
    CHECK(session.progress()->run == run);
    rebuilt->trainOrPause();
    const long long paused = pausedSteps(session);
    CHECK(session.progress()->main.history->size() == std::size_t(paused));
    // The page shows that run where it paused.
    REQUIRE(test::settleUntil([&] {
        return window.currentLesson()->waitUntilDrawn(1000) &&
               window.currentLesson()->content().figures["step"].toLongLong() == paused;
    }));
    window.setLanguage("en", true);
    test::settle();
    REQUIRE(window.shownTraining());
    CHECK(window.shownTraining()->session().progress()->run == run);
    CHECK(window.shownTraining()->session().progress()->main.steps == paused);
}

TEST_CASE("in presentation mode Space trains and pauses and → takes one training step",
          "[training][training-window][window]") {
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    TrainingControls* controls = shownTrainingControls(window);
    TrainingSession& session = controls->session();
    window.setPresentation(true, false);
    QApplication::setActiveWindow(&window);
    test::settle();
    REQUIRE(window.inPresentation());
    LessonPage* lesson = window.currentLesson();
    lesson->setFocus();
    test::settle(20);
    const int shownStep = lesson->step();

    QTest::keyClick(lesson, Qt::Key_Space);
    CHECK(session.isRunning());
    REQUIRE(session.waitForSteps(3, 60'000));
    QTest::keyClick(lesson, Qt::Key_Space);
    CHECK_FALSE(session.isRunning());
    const long long paused = pausedSteps(session);
    CHECK(paused >= 3);
    test::settle(150);
    CHECK(session.progress()->main.steps == paused);

    QTest::keyClick(lesson, Qt::Key_Right);
    REQUIRE(session.waitForSteps(paused + 1, 30'000));
    test::settle(150);
    CHECK(session.progress()->main.steps == paused + 1); // one step, no more
    CHECK(window.currentLesson()->id() == "training");   // → stayed on the lesson and its step
    CHECK(window.currentLesson()->step() == shownStep);

    QTest::keyClick(lesson, Qt::Key_PageDown); // the remote's next: the next step of the lesson
    CHECK(window.currentLesson()->step() == shownStep + 1);
    test::settle(150);
    CHECK(session.progress()->main.steps == paused + 1); // and no training step
    window.setPresentation(false);
}
