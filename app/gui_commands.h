#pragma once
// The work of the commands that need Qt's widgets, once their arguments are read: the
// window itself, and the headless `export` and `screenshot`, which render what the window
// would show. Each runs inside the application the command line has started.
#include "ui/lesson_export.h"

#include <QString>

#include <optional>

namespace al::cli {

// attention-lab [SAMPLE]
struct WindowRequest {
    QString sample; // "" for the lecture's sample
};
int openWindow(const WindowRequest& request);

// attention-lab export SAMPLE -d DIR [--format png|svg|pdf|csv] [--scale S]
struct ExportRequest {
    QString sample;
    QString folder;
    ExportFormat format = ExportFormat::Png;
    double scale = 1.0; // PNG only: pixels per point
};
int exportEveryLesson(const ExportRequest& request);

// attention-lab screenshot SAMPLE -o PNG [--lesson NAME] [--step K] [--query I] [--presentation]
struct ScreenshotRequest {
    QString sample;
    QString output;
    std::optional<QString> lesson; // the first lesson without one
    int step = 1, query = 1;       // counted from 1, as on screen
    bool presentation = false;
};
int takeScreenshot(const ScreenshotRequest& request);

} // namespace al::cli
