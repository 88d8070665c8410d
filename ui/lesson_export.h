#pragma once
// Writes what the lessons show: File → Export and the command line's `export`. For every
// step, each plot as PNG, SVG or PDF (or each heatmap's matrix as CSV) and, for the
// picture formats, the whole page; then DIR/index.json lists every file with its title.
#include "ui/widgets/plot_files.h"

#include <QList>
#include <QString>

namespace al {

class Lesson;

struct ExportedFile {
    QString file;   // name inside the folder: "walkthrough-step4-scores.png"
    QString title;  // the plot's title, or the step's for a page
    QString lesson; // lesson id
    int step = 0;   // 1-based
    QString kind;   // "plot", "page" (the whole lesson page) or "table" (a CSV)
};

struct ExportOptions {
    ExportFormat format = ExportFormat::Png;
    double scale = 1.0;  // PNG only: pixels per point
    bool pages = true;   // also the whole page of each step (not for CSV)
    PngWriter* png = nullptr; // PNGs are queued here (exportLessons sets one up); else written at once
};

// The plots (and page) of `lesson`'s current step. Returns the files written; on failure
// sets `error` and stops.
QList<ExportedFile> exportCurrentStep(Lesson& lesson, const QString& folder, const ExportOptions& options, QString* error);

// Every step of every lesson, then DIR/index.json.
QList<ExportedFile> exportLessons(const QList<Lesson*>& lessons, const QString& folder, const ExportOptions& options,
                                  QString* error);

// DIR/index.json: {"format": "attention-lab/export-index@1", "images": [{file, title, lesson, step, kind}, …]}.
bool writeExportIndex(const QList<ExportedFile>& files, const QString& folder, QString* error);

} // namespace al
