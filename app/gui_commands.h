#pragma once
// The work of the commands that need Qt's widgets, once their arguments are read: the
// window itself, and the headless `export` and `screenshot`, which render what the window
// would show. Each runs inside the application the command line has started.
#include "ui/lesson_export.h"
#include "ui/lessons/transformer/transformer_lesson.h"

#include <QString>

#include <optional>

namespace al::cli {

// attention-lab [SAMPLE|MODEL]
struct WindowRequest {
    QString sample; // a sample, or a transformer@1 model (shown in its lesson); "" for the lecture's sample
};
int openWindow(const WindowRequest& request);

// attention-lab export SAMPLE|MODEL -d DIR (a model: the Transformer lesson of its task shows it) [--format
// png|svg|pdf|csv] [--scale S]
struct ExportRequest {
    QString sample;
    QString folder;
    ExportFormat format = ExportFormat::Png;
    double scale = 1.0; // PNG only: pixels per point
};
int exportEveryLesson(const ExportRequest& request);

// attention-lab screenshot SAMPLE|MODEL -o PNG [--lesson NAME] [--step K] [--query I] [--presentation]
//     [--input TEXT] [--target TEXT] [--layer L] [--head H] [--position P] [--generation-step T]
struct ScreenshotRequest {
    QString sample; // or a model, which also chooses the lesson when --lesson is not given
    QString output;
    std::optional<QString> lesson; // the first lesson without one
    int step = 1, query = 1;       // counted from 1, as on screen
    bool presentation = false;
    // The Transformer lessons' controls: what is typed, and the layer, head, position and
    // generation step shown (0-based here).
    std::optional<QString> input, target;
    TransformerChoice choice;
    bool choosesView = false; // any of --layer, --head, --position, --generation-step
    // The training lesson's: the dataset trained on (a file; a bundled one keeps its own
    // model and settings), and how many steps it is trained before the picture.
    std::optional<QString> dataset;
    long long trainSteps = 0;
};
int takeScreenshot(const ScreenshotRequest& request);

} // namespace al::cli
