// What the training lesson writes: the trained model as transformer@1 (the weights bit for
// bit, its training block holding the settings and the history) that opens in the Transformer
// lessons, nothing at all when it cannot be written; and α′ over training as an animated GIF
// that giflib reads back (one frame per moment kept, at most sixty, looping) or as numbered
// PNG frames — refused, saying why, for a model without attention.
#include "core/io/transformer_loader.h"
#include "core/train/evaluation.h"
#include "tests/app/process.h"
#include "tests/app/temporary_folder.h"
#include "tests/ui/main_window_helpers.h"
#include "tests/ui/training_support.h"
#include "ui/animation/animation_files.h"
#include "ui/lessons/transformer/transformer_controls.h"
#include "ui/worker.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>

#include <gif_lib.h>

#include <cstring>
#include <fstream>

using namespace al;

namespace {

QString inFolder(const test::TemporaryFolder& folder, const std::string& name) {
    return QString::fromStdString(folder / name);
}

// Controls with `modelFile`'s preset prepared and trained `steps` steps, the progress shown.
void trainControls(TrainingControls& controls, const QString& modelFile, int steps) {
    controls.setRequest(test::presetRequest(modelFile));
    test::waitUntilPrepared(controls);
    test::stepTimes(controls.session(), steps);
}

// A GIF read whole by giflib.
using Gif = std::unique_ptr<GifFileType, void (*)(GifFileType*)>;
Gif readGif(const QString& path) {
    int error = 0;
    Gif gif(DGifOpenFileName(QFile::encodeName(path).constData(), &error), [](GifFileType* file) {
        int closeError = 0;
        DGifCloseFile(file, &closeError);
    });
    REQUIRE(gif);
    REQUIRE(DGifSlurp(gif.get()) == GIF_OK);
    return gif;
}

// Whether the first frame carries NETSCAPE2.0's loop count 0: forever.
bool loopsForever(const GifFileType& gif) {
    const SavedImage& first = gif.SavedImages[0];
    for (int i = 0; i + 1 < first.ExtensionBlockCount; ++i) {
        const ExtensionBlock& block = first.ExtensionBlocks[i];
        const ExtensionBlock& data = first.ExtensionBlocks[i + 1];
        if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11 &&
            std::memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0)
            return data.ByteCount == 3 && data.Bytes[0] == 1 && data.Bytes[1] == 0 && data.Bytes[2] == 0;
    }
    return false;
}

// The moments an animation of this progress shows: the weights kept, and now when not kept.
int momentsOf(const TrainingProgress& progress) {
    const auto& kept = progress.main.snapshots;
    return int(kept.size()) + (kept.back().step == progress.main.steps ? 0 : 1);
}

// exportAnimation(path), waited for: the problem it reported ("" once written).
QString exported(TrainingControls& controls, const QString& path) {
    QSignalSpy animated(&controls, &TrainingControls::animated);
    controls.exportAnimation(path);
    REQUIRE(test::settleUntil([&] { return animated.count() == 1; }, 60'000));
    CHECK_FALSE(controls.animation().isBusy());
    CHECK(animated.at(0).at(0).toString() == path);
    return animated.at(0).at(1).toString();
}

} // namespace

TEST_CASE("a model saved after training is transformer@1 with the window's weights, settings and history",
          "[training][training-files]") {
    const test::TemporaryFolder folder("training-save");
    TrainingControls controls;
    trainControls(controls, "i-saw-a-saw.model.json", 12);
    const auto progress = controls.session().progress();
    const QString path = inFolder(folder, "mine.json");
    QSignalSpy saved(&controls, &TrainingControls::saved);
    controls.saveModel(path);
    REQUIRE(controls.files().waitUntilIdle(60'000));
    INFO(controls.message().toStdString());
    REQUIRE(saved.count() == 1);
    CHECK(saved.at(0).at(0).toString() == path);
    CHECK(controls.message().isEmpty());

    const nn::TransformerModel model = loadTransformer(path.toStdString());
    const nn::TransformerModel& trained = *progress->main.model;
    CHECK(model.weights.values() == trained.weights.values());
    CHECK(model.architecture == trained.architecture);
    CHECK(model.vocabulary == trained.vocabulary);
    CHECK(model.outputs == trained.outputs);
    CHECK(model.task == nn::Task::Labelling);
    REQUIRE(model.training);
    const nn::TrainingRecord& record = *model.training;
    CHECK(record.dataset == "I saw a saw: parts of speech");
    CHECK(record.optimizer == nn::Optimizer::Adam);
    CHECK(record.learningRate == 0.01);
    CHECK(record.batch == 16);
    CHECK(record.steps == 12);
    CHECK(record.seed == trained.seed);
    CHECK(record.history == *progress->main.history);
    CHECK(test::historyOfFile(path) == *progress->main.history);
    const auto& data = *progress->setup.data;
    REQUIRE(record.trainAccuracy);
    REQUIRE(record.testAccuracy);
    CHECK(*record.trainAccuracy == train::evaluate(trained, data.train).accuracy);
    CHECK(*record.testAccuracy == train::evaluate(trained, data.test).accuracy);
}

TEST_CASE("a model that cannot be saved after training is named, and nothing is left", "[training][training-files]") {
    const test::TemporaryFolder folder("training-save-refused");
    std::ofstream(folder / "occupied") << "a file, not a folder";
    TrainingControls controls;
    trainControls(controls, "negation.model.json", 2);
    QSignalSpy saved(&controls, &TrainingControls::saved);
    controls.saveModel(inFolder(folder, "occupied/model.json"));
    REQUIRE(controls.files().waitUntilIdle(60'000));
    CHECK(saved.count() == 0);
    INFO(controls.message().toStdString());
    CHECK(controls.message().contains("model.json"));
    CHECK(controls.message().contains("could not be written"));
    CHECK(folder.fileCount() == 1);
    CHECK(test::readFile(folder / "occupied") == "a file, not a folder");
    // What was trained stays, and training goes on.
    CHECK(controls.session().progress()->main.steps == 2);
    test::stepTimes(controls.session(), 1);
}

TEST_CASE("a model saved after training opens in the Transformer lessons from the window",
          "[training][training-files][window]") {
    const test::TemporaryFolder folder("training-open-saved");
    MainWindow window;
    test::openShown(window, "lecture-four-vectors.json");
    REQUIRE(window.showLesson("training"));
    TrainingControls* controls = window.shownTraining();
    REQUIRE(controls);
    test::waitUntilPrepared(*controls);
    test::stepTimes(controls->session(), 5);
    const QString path = inFolder(folder, "saw.mine.json");
    controls->saveModel(path);
    REQUIRE(controls->files().waitUntilIdle(60'000));
    REQUIRE(QFileInfo::exists(path));
    QPushButton* open = nullptr;
    for (QPushButton* button : controls->findChildren<QPushButton*>())
        if (button->text() == "Open in lessons") open = button;
    REQUIRE(open);
    REQUIRE(open->isEnabled());
    open->click();
    REQUIRE(window.modelLoader().waitUntilIdle(30'000));
    REQUIRE(window.currentLesson()->waitUntilDrawn(30'000));
    CHECK(window.currentLesson()->id() == "transformer-block");
    auto* shown = qobject_cast<TransformerControls*>(window.currentLesson()->controls());
    REQUIRE(shown);
    CHECK(shown->modelPath() == path);
    CHECK(shown->model()->weights.values() == controls->session().progress()->main.model->weights.values());
    CHECK_FALSE(window.currentLesson()->content().plots.empty());
}

TEST_CASE("α′ over training exported as a GIF giflib reads and as numbered PNG frames", "[training][training-files]") {
    const test::TemporaryFolder folder("training-animation");
    TrainingControls controls;
    trainControls(controls, "i-saw-a-saw.model.json", 30);
    const auto progress = controls.session().progress();
    const int moments = momentsOf(*progress);
    REQUIRE(moments >= 3);
    REQUIRE(moments <= TrainingAnimation::maxFrames);

    const QString gifPath = inFolder(folder, "saw.gif");
    CHECK(exported(controls, gifPath) == "");
    const Gif gif = readGif(gifPath);
    CHECK(gif->ImageCount == moments);
    CHECK(loopsForever(*gif));
    CHECK(gif->SWidth > 0);
    CHECK(gif->SHeight > 0);

    CHECK(exported(controls, inFolder(folder, "frames.png")) == "");
    for (int f = 0; f < moments; ++f) {
        const QString frame = QDir(QString::fromStdString(folder / "")).filePath(pngFrameName("frames", f, moments));
        INFO(frame.toStdString());
        const QImage image(frame);
        CHECK_FALSE(image.isNull());
        CHECK(image.width() == gif->SWidth);
        CHECK(image.height() == gif->SHeight);
    }
    CHECK(folder.fileCount() == std::size_t(moments) + 1); // the frames and the GIF, nothing else
}

TEST_CASE("a training animation keeps sixty of many moments, and a model without attention has none to show",
          "[training][training-files]") {
    const test::TemporaryFolder folder("training-animation-frames");
    // A tiny model on two sentences keeps a moment at nearly every step.
    const std::string dataset = folder / "tiny.dataset.json";
    std::ofstream(dataset) << R"({"format": "attention-lab/dataset@1", "title": "tiny", "task": "labelling",
        "train": [{"input": ["a", "b"], "target": ["X", "Y"]}, {"input": ["b", "a"], "target": ["Y", "X"]}]})";
    TrainingRequest request;
    request.datasetFile = QString::fromStdString(dataset);
    nn::Architecture architecture;
    architecture.dModel = 4;
    architecture.heads = 1;
    architecture.dFF = 4;
    architecture.encoderLayers = 1;
    request.architecture = architecture;
    request.settings.batch = 2;
    TrainingControls controls;
    controls.setRequest(request);
    test::waitUntilPrepared(controls);
    controls.session().train();
    REQUIRE(controls.session().waitForSteps(150, 60'000));
    controls.session().pause();
    REQUIRE(test::settleUntil([&] { return !controls.session().progress()->running; }, 30'000));
    REQUIRE(momentsOf(*controls.session().progress()) > TrainingAnimation::maxFrames);
    const QString gifPath = inFolder(folder, "tiny.gif");
    CHECK(exported(controls, gifPath) == "");
    CHECK(readGif(gifPath)->ImageCount == TrainingAnimation::maxFrames);

    trainControls(controls, "i-saw-a-saw-baseline.model.json", 3);
    const QString none = inFolder(folder, "baseline.gif");
    const QString problem = exported(controls, none);
    INFO(problem.toStdString());
    CHECK(problem.contains("no attention"));
    CHECK(controls.message() == problem);
    CHECK_FALSE(QFileInfo::exists(none));
}
