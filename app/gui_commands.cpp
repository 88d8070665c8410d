#include "app/gui_commands.h"

#include "app/command.h"
#include "core/attention/attention.h"
#include "core/base/input_error.h"
#include "core/io/transformer_loader.h"
#include "ui/atomic_save_file.h"
#include "ui/attention_document.h"
#include "ui/core_messages.h"
#include "ui/lesson_export.h"
#include "ui/lesson_page.h"
#include "ui/lessons/lesson_registry.h"
#include "ui/lessons/training/training_controls.h"
#include "ui/lessons/transformer/transformer_controls.h"
#include "ui/main_window.h"
#include "ui/sample_catalog.h"
#include "ui/worker.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <iostream>
#include <limits>

namespace al::cli {

namespace {

// Renders every plot now, so a grab or an export sees the finished pictures.
void settle(QWidget& window) {
    QApplication::processEvents();
    for (QCustomPlot* plot : window.findChildren<QCustomPlot*>())
        if (plot->isVisible()) plot->replot(QCustomPlot::rpImmediateRefresh);
    QApplication::processEvents();
}

// Opens `path` in the window: a sample replaces the open one, a model (with the lecture's
// sample open) goes to its Transformer lesson. "" or what went wrong (exit 2).
QString openInWindow(MainWindow& window, const QString& path) {
    if (!isModelFile(path)) return window.openSample(path);
    const QString sample = defaultSamplePath();
    if (sample.isEmpty()) return "no bundled samples found";
    if (const QString error = window.openSample(sample); !error.isEmpty()) return error;
    window.document().waitForTrace(std::numeric_limits<int>::max()); // its "Opened" comes before the model's
    window.openModel(path, false);
    window.modelLoader().waitUntilIdle(std::numeric_limits<int>::max());
    return window.lastModelFailure();
}

// The screenshot's --lesson for a model: a Transformer lesson that shows models of its task
// (the model goes there), or a lesson of the single layer (the model waits in its own).
QString showModelIn(MainWindow& window, const ScreenshotRequest& request) {
    if (!request.lesson || !isModelFile(request.sample)) return {};
    const std::shared_ptr<const Lesson> lesson = findLesson(*request.lesson);
    const auto* transformer = dynamic_cast<const TransformerLesson*>(lesson.get());
    auto* shown = qobject_cast<TransformerControls*>(window.currentLesson()->controls());
    if (!transformer || !shown || !shown->model()) return {};
    if (!transformer->accepts(shown->model()->task))
        return "screenshot: lesson " + *request.lesson + " does not show " + taskName(shown->model()->task) +
               " models; " + QFileInfo(request.sample).fileName() + " opens in lesson " + window.currentLesson()->id();
    for (LessonPage* page : window.lessons())
        if (page->id() == *request.lesson && page->controls() != shown)
            qobject_cast<TransformerControls*>(page->controls())->applySetup(shown->setup());
    return {};
}

// The screenshot's --dataset, --train-steps, --layer and --head on the training lesson; "" or why not.
QString setTrainingControls(TrainingControls& controls, LessonPage& page, const ScreenshotRequest& request) {
    if (request.input || request.target)
        return QString("screenshot: --input and --target set a Transformer lesson's controls, not training's");
    if (!page.waitUntilDrawn()) return "screenshot: the dataset took too long to read";
    if (request.dataset) {
        const QString wanted = QFileInfo(*request.dataset).canonicalFilePath();
        if (wanted.isEmpty()) return "screenshot: --dataset: " + *request.dataset + " does not exist";
        const auto& presets = bundledTrainingPresets();
        int preset = -1;
        for (int p = 0; p < presets.size() && preset < 0; ++p) // a bundled dataset, wherever it is given from
            if (QFileInfo(presets[p].datasetFile).fileName() == QFileInfo(wanted).fileName() &&
                QFileInfo(presets[p].modelFile).fileName() != QLatin1String("i-saw-a-saw-baseline.model.json"))
                preset = p;
        if (preset >= 0)
            controls.choosePreset(preset);
        else
            controls.openDataset(wanted);
        controls.files().waitUntilIdle();
        if (!controls.message().isEmpty()) return "screenshot: --dataset: " + controls.message();
    }
    if (!controls.session().waitForSteps(0)) return "screenshot: the dataset took too long to read";
    for (long long s = 0; s < request.trainSteps; ++s)
        controls.session().step();
    if (!controls.session().waitForSteps(request.trainSteps, std::numeric_limits<int>::max()))
        return "screenshot: training took too long";
    if (!controls.message().isEmpty()) return "screenshot: --train-steps: " + controls.message();
    if (request.choosesView) {
        TrainingChoice choice = controls.choice();
        choice.layer = request.choice.layer;
        choice.head = request.choice.head;
        controls.setChoice(choice);
    }
    return {};
}

// The screenshot's --input, --target, --layer… on the Transformer lesson shown; "" or why not.
QString setTransformerControls(MainWindow& window, const ScreenshotRequest& request) {
    if (auto* training = qobject_cast<TrainingControls*>(window.currentLesson()->controls()))
        return setTrainingControls(*training, *window.currentLesson(), request);
    if (request.dataset || request.trainSteps > 0)
        return "screenshot: --dataset and --train-steps set the training lesson's controls; lesson " +
               window.currentLesson()->id() + " has none";
    if (!request.input && !request.target && !request.choosesView) return {};
    auto* controls = qobject_cast<TransformerControls*>(window.currentLesson()->controls());
    if (!controls)
        return "screenshot: --input, --target, --layer, --head, --position and --generation-step "
               "set a Transformer lesson's controls; lesson " +
               window.currentLesson()->id() + " has none";
    if (!window.currentLesson()->waitUntilDrawn()) return "screenshot: the model took too long to read";
    if (request.input)
        if (const QString error = controls->setInputText(*request.input); !error.isEmpty())
            return "screenshot: --input: " + error;
    if (request.target)
        if (const QString error = controls->setTargetText(*request.target); !error.isEmpty())
            return "screenshot: --target: " + error;
    if (request.choosesView) controls->setChoice(request.choice);
    return {};
}

} // namespace

int openWindow(const WindowRequest& request) {
    MainWindow window;
    const QString path = request.sample.isEmpty() ? defaultSamplePath() : request.sample;
    if (path.isEmpty()) return refuse("no bundled samples found; give a sample file");
    if (isModelFile(path)) { // the lecture's sample, and the model in its lesson
        if (const QString error = window.openSample(defaultSamplePath()); !error.isEmpty()) return refuse(error);
        window.openModel(path);
    } else if (const QString error = window.openSample(path); !error.isEmpty()) {
        return refuse(error);
    }
    if (QSettings().value("window/geometry").isNull()) window.resize(1400, 900); // else as it was left
    window.show();
    window.showWelcomeOnFirstStart();
    return QApplication::exec();
}

int exportEveryLesson(const ExportRequest& request) {
    const QFileInfo folder(request.folder);
    if (folder.exists() && !folder.isDir()) return refuse(request.folder + ": is not a folder");
    AttentionDocument document; // the lessons draw from it without a window
    ShownModel model;
    if (isModelFile(request.sample)) { // the lecture's sample for the attention lessons
        try {
            model = {std::make_shared<const nn::TransformerModel>(loadTransformer(local(request.sample))),
                     request.sample};
        } catch (const InputError& error) {
            return refuse(describe(error));
        }
    }
    if (const QString error = document.load(model.model ? defaultSamplePath() : request.sample); !error.isEmpty())
        return refuse(error);
    if (!document.waitForTrace(std::numeric_limits<int>::max())) {
        std::cerr << "attention-lab: " << local(document.lastFailure()) << '\n';
        return Failure;
    }
    if (!QDir().mkpath(request.folder)) return refuse(request.folder + ": cannot create the folder");
    QString error;
    const auto files =
        exportAllLessons(document, request.folder, ExportOptions{request.format, request.scale}, &error, model);
    if (!error.isEmpty()) {
        std::cerr << "attention-lab: " << local(error) << '\n';
        return Failure;
    }
    std::cerr << "attention-lab: wrote " << files.size() << " files and index.json to " << local(request.folder)
              << '\n';
    if (const std::string field = firstNonFiniteField(*document.trace()); !field.empty())
        std::cerr << "attention-lab: warning: " << local(request.sample) << ": " << field
                  << " overflowed the range of a double; the pictures show ±∞ there, and softmax's limit\n";
    return Done;
}

int takeScreenshot(const ScreenshotRequest& request) {
    MainWindow window;
    if (const QString error = openInWindow(window, request.sample); !error.isEmpty()) return refuse(error);
    if (!window.document().waitForTrace(std::numeric_limits<int>::max())) {
        std::cerr << "attention-lab: " << local(window.document().lastFailure()) << '\n';
        return Failure;
    }
    if (const QString error = showModelIn(window, request); !error.isEmpty()) return refuse(error);
    if (request.lesson && !window.showLesson(*request.lesson)) {
        QStringList ids;
        for (LessonPage* lesson : window.lessons())
            ids << lesson->id();
        return refuse("screenshot: no lesson " + *request.lesson + " (lessons: " + ids.join(", ") + ")");
    }
    LessonPage* lesson = window.currentLesson();
    if (request.step > lesson->stepCount())
        return refuse("screenshot: lesson " + lesson->id() + " has " + QString::number(lesson->stepCount()) + " steps");
    const int tokens = window.document().sample().tokenCount();
    if (request.query > tokens)
        return refuse("screenshot: --query " + QString::number(request.query) + " but the sample has " +
                      QString::number(tokens) + " tokens");
    if (const QString error = setTransformerControls(window, request); !error.isEmpty()) return refuse(error);
    window.setQuery(request.query - 1);
    window.setStep(request.step - 1);
    window.resize(1400, 900);
    window.show();
    if (request.presentation) window.setPresentation(true, false); // what the projector shows, at the picture's size
    if (!window.currentLesson()->waitUntilDrawn()) {
        std::cerr << "attention-lab: the lesson took too long to draw\n";
        return Failure;
    }
    settle(window);
    AtomicSaveFile file(request.output);
    if (!file.open(QIODevice::WriteOnly) || !window.grab().save(&file, "PNG") || !file.commit()) {
        std::cerr << "attention-lab: cannot write " << local(request.output) << '\n';
        return Failure;
    }
    return Done;
}

} // namespace al::cli
