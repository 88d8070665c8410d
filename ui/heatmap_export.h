#pragma once
// Writes heatmaps as PNG files with an index: File → Export heatmaps and the command
// line's `export`. Each file is written atomically (a temporary name, then renamed).
#include <QList>
#include <QString>

namespace al {

class Lesson;

struct ExportedImage {
    QString file;   // name inside the folder: "walkthrough-step4-scores.png"
    QString title;  // the heatmap's title
    QString lesson; // lesson id
    int step = 0;   // 1-based
};

// The heatmaps of `lesson`'s current step. Returns the files written; on failure sets
// `error` and stops.
QList<ExportedImage> exportCurrentStep(Lesson& lesson, const QString& folder, double scale, QString* error);

// Every step of every lesson, then DIR/index.json listing each file with its title.
QList<ExportedImage> exportLessons(const QList<Lesson*>& lessons, const QString& folder, double scale, QString* error);

// DIR/index.json: {"format": "attention-lab/export-index@1", "images": [{file, title, lesson, step}, …]}.
bool writeExportIndex(const QList<ExportedImage>& images, const QString& folder, QString* error);

} // namespace al
