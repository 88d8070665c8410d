#pragma once
// Writes what the lessons show: File → Export and the command line's `export`. For every
// step, each plot as PNG, SVG or PDF (or each heatmap's matrix as CSV) and, for the
// picture formats, the whole page; then DIR/index.json lists every file with its title.
#include "core/nn/transformer_model.h"
#include "ui/widgets/plot_files.h"

#include <QList>
#include <QString>

#include <memory>

namespace al {

class AttentionDocument;
class LessonPage;

struct ExportedFile {
    QString file;   // name inside the folder: "walkthrough-step4-scores.png" (or "…-query8.png")
    QString title;  // the plot's title, or the step's for a page
    QString lesson; // lesson id
    int step = 0;   // 1-based
    QString kind;   // "plot", "page" (the whole lesson page) or "table" (a CSV)
};

struct ExportOptions {
    ExportFormat format = ExportFormat::Png;
    double scale = 1.0;       // PNG only: pixels per point
    bool pages = true;        // also the whole page of each step (not for CSV)
    PngWriter* png = nullptr; // PNGs are queued here (exportLessons sets one up); else written at once
    // Names the query in the files of a lesson that follows one ("…-scores-query8.png"), so
    // exports for several queries sit side by side. The window's exports do; the `export`
    // command, which exports the first query only, keeps its documented names.
    bool nameQuery = false;
};

// What an export of `lesson`'s current step names the file for `part` (a plot's id, or
// "page"), without the extension: "walkthrough-step4-scores", and with `nameQuery`, for a
// lesson that follows a query, "walkthrough-step4-scores-query8" (counted from 1).
QString exportBaseName(const LessonPage& lesson, const QString& part, bool nameQuery);

// The plots (and page) of `lesson`'s current step. Returns the files written; on failure
// sets `error` and stops.
QList<ExportedFile> exportCurrentStep(LessonPage& lesson, const QString& folder, const ExportOptions& options,
                                      QString* error);

// Every step of every lesson, then DIR/index.json.
QList<ExportedFile> exportLessons(const QList<LessonPage*>& lessons, const QString& folder,
                                  const ExportOptions& options, QString* error);

// DIR/index.json: {"format": "attention-lab/export-index@1", "images": [{file, title, lesson, step, kind}, …]}.
// A model read from a file, for the Transformer lesson of its task.
struct ShownModel {
    std::shared_ptr<const nn::TransformerModel> model; // null: every lesson shows its bundled model
    QString path;
};

// Every step of every lesson in the registry, drawn from `document`'s trace (and the
// Transformer lessons from their models, `shown` in the lesson of its task) on pages made
// for the export alone (no window), then DIR/index.json: the command line's `export`.
QList<ExportedFile> exportAllLessons(AttentionDocument& document, const QString& folder, const ExportOptions& options,
                                     QString* error, const ShownModel& shown = {});

bool writeExportIndex(const QList<ExportedFile>& files, const QString& folder, QString* error);

} // namespace al
