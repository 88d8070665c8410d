// The Transformer lessons' controls: the bundled model read on a worker, typed tokens the
// model does not know named in the message line (what is shown stays), a model of another
// task refused, and what the controls show carried over to new controls.
#include "core/io/transformer_writer.h"
#include "core/nn/transformer_model.h"
#include "tests/ui/transformer_lesson_support.h"
#include "ui/lessons/transformer/transformer_controls.h"
#include "ui/worker.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace al;

namespace {

// A lesson of one step that says what it was given, for the controls to drive.
class EchoLesson : public TransformerLessonOfSteps<EchoLesson> {
    Q_DECLARE_TR_FUNCTIONS(EchoLesson)
public:
    QString id() const override { return "echo"; }
    QString title() const override { return "Echo"; }
    std::vector<nn::Task> tasks() const override { return {nn::Task::Labelling, nn::Task::Classification}; }
    QString defaultModel() const override { return "i-saw-a-saw.trained.json"; }
    QString defaultInput() const override { return "I saw a saw"; }

    StepContent echo(const LessonInput& input, Cancellation&) const {
        StepContent content;
        content.figures["input"] = transformerState(input).run->inputText();
        return content;
    }
    static constexpr Step steps[] = {{"Echo", &EchoLesson::echo}};
};

// A copy of what the controls hand the page (state() makes a new one each time).
std::shared_ptr<const TransformerLessonState> stateOf(const TransformerControls& controls) {
    auto state = std::static_pointer_cast<const TransformerLessonState>(controls.state());
    REQUIRE(state);
    return state;
}

void waitUntilRead(TransformerControls& controls) {
    REQUIRE(controls.loader().waitUntilIdle(30'000));
    REQUIRE(controls.isReady());
}

} // namespace

TEST_CASE("the controls read the lesson's bundled model and its sentence", "[transformer-controls]") {
    const EchoLesson lesson;
    TransformerControls controls(lesson);
    waitUntilRead(controls);
    const auto state = stateOf(controls);
    CHECK(state->run->inputText() == "I saw a saw");
    CHECK(state->modelTitle == "I saw a saw: self-attention");
    CHECK(controls.message().isEmpty());
    // The list offers the bundled models of the lesson's tasks only.
    const auto* list = controls.findChild<QComboBox*>();
    QStringList titles;
    for (int i = 0; i < list->count(); ++i)
        titles << list->itemText(i);
    INFO(titles.join(", ").toStdString());
    CHECK(titles.contains("I saw a saw: self-attention"));
    CHECK(titles.contains("Not good: negation"));
    CHECK_FALSE(titles.contains("Reverse a sequence"));
    CHECK(lesson.describe({nullptr, 0, 0, false, controls.state()}, neverCancelled()).figures["input"] ==
          "I saw a saw");
}

TEST_CASE("an unknown token is named and what is shown stays as it was", "[transformer-controls]") {
    const EchoLesson lesson;
    TransformerControls controls(lesson);
    waitUntilRead(controls);
    const auto before = stateOf(controls)->run;
    QSignalSpy refused(&controls, &TransformerControls::refused);
    const QString why = controls.setInputText("I saw a zebra");
    INFO(why.toStdString());
    CHECK(why.contains("zebra"));
    CHECK(why.contains("token 4")); // where it is, counted from 1 as on screen
    CHECK(why.contains("the pictures still show “I saw a saw”"));
    CHECK(refused.count() == 0); // told in the message line, not as a refused file
    CHECK(stateOf(controls)->run == before);
    CHECK_FALSE(controls.setInputText("").isEmpty()); // nothing typed: refused too, nothing changes
    CHECK(stateOf(controls)->run == before);
    CHECK(controls.setInputText("a saw I saw").isEmpty());
    CHECK(stateOf(controls)->run->inputText() == "a saw I saw");
    CHECK(controls.message().isEmpty());
}

TEST_CASE("a model of another task is refused and one of this lesson's is shown", "[transformer-controls]") {
    const EchoLesson lesson;
    TransformerControls controls(lesson);
    waitUntilRead(controls);
    QSignalSpy refused(&controls, &TransformerControls::refused);
    controls.openModel(QString::fromStdString(test::bundledModelFile("reverse.trained.json").string()));
    waitUntilRead(controls);
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString().contains("sequence to sequence"));
    CHECK(stateOf(controls)->modelTitle == "I saw a saw: self-attention");

    controls.openModel(QString::fromStdString(test::bundledModelFile("negation.trained.json").string()));
    waitUntilRead(controls);
    CHECK(stateOf(controls)->modelTitle == "Not good: negation");
    // "I saw a saw" is not its vocabulary: the input becomes the model's first tokens.
    CHECK(stateOf(controls)->run->inputText() == "that show was very");

    QTemporaryDir folder;
    const QString broken = folder.filePath("broken.json");
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "attention-lab/transformer@1", "title": "x", "task": "labelling",
                  "architecture": {"heads": 5}, "vocabulary": ["a"], "outputs": ["A"]})");
    file.close();
    controls.openModel(broken);
    waitUntilRead(controls);
    INFO(controls.message().toStdString());
    CHECK(controls.message().contains("broken.json"));
    CHECK(controls.message().contains("heads"));
    CHECK(stateOf(controls)->modelTitle == "Not good: negation");
}

TEST_CASE("new controls take over what the old ones showed", "[transformer-controls]") {
    const EchoLesson lesson;
    TransformerControls old(lesson);
    waitUntilRead(old);
    REQUIRE(old.setInputText("saw a saw").isEmpty());
    old.setChoice({1, 1, 2, 0});
    TransformerControls fresh(lesson);
    fresh.applySetup(old.setup());
    REQUIRE(fresh.isReady());
    const auto state = stateOf(fresh);
    CHECK(state->run->inputText() == "saw a saw");
    CHECK(state->choice.layer == 1);
    CHECK(state->choice.head == 1);
    CHECK(state->choice.position == 2);
    // Counters beyond the model are clamped to it.
    fresh.setChoice({40, 40, 40, 0});
    CHECK(stateOf(fresh)->choice.layer == 1); // 2 layers
    CHECK(stateOf(fresh)->choice.head == 1);  // 2 heads
    // A click on a row of a plot whose rows are positions moves the Position counter.
    CHECK(fresh.takeQuery(1));
    CHECK(stateOf(fresh)->choice.position == 1);
}

TEST_CASE("the window answers while a large model file is read", "[transformer-controls][worker]") {
    QTemporaryDir folder;
    nn::Architecture architecture;
    architecture.dModel = 256;
    architecture.heads = 4;
    architecture.dFF = 1024;
    architecture.encoderLayers = 2;
    std::vector<std::string> vocabulary{"I", "saw", "a"};
    const nn::TransformerModel big =
        nn::makeTransformer(nn::Task::Labelling, architecture, vocabulary, {"PRON", "VERB", "DET", "NOUN"}, 5);
    const QString path = folder.filePath("big.json");
    nn::TransformerModel titled = big;
    titled.title = "big";
    saveTransformer(path.toStdString(), titled);

    const EchoLesson lesson;
    TransformerControls controls(lesson);
    waitUntilRead(controls);
    QTimer ticker;
    ticker.setInterval(5);
    QElapsedTimer clock;
    qint64 last = 0, longestGap = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = std::max(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    clock.start();
    ticker.start();
    controls.openModel(path);
    const qint64 returned = clock.elapsed();
    waitUntilRead(controls);
    const qint64 read = clock.elapsed();
    ticker.stop();
    INFO("openModel returned after " << returned << " ms, the model was read after " << read << " ms, longest gap "
                                     << longestGap << " ms");
    CHECK(stateOf(controls)->modelTitle == "big");
    CHECK(returned < 50);
    CHECK(longestGap * 4 < read); // a frozen window would show one gap as long as the read
}
