#include "ui/heatmap_export.h"

#include "ui/lessons/lesson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace al {

namespace {
const QSize exportSize(560, 500); // pixels at scale 1: the same picture on every machine

bool savePngAtomically(PlotView& view, const QString& path, double scale) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    const QPixmap picture = view.image(scale, exportSize);
    return picture.save(&file, "PNG") && file.commit();
}
} // namespace

QList<ExportedImage> exportCurrentStep(Lesson& lesson, const QString& folder, double scale, QString* error) {
    QList<ExportedImage> written;
    for (PlotView* view : lesson.visiblePlots()) {
        ExportedImage image{QString("%1-step%2-%3.png").arg(lesson.id()).arg(lesson.step() + 1).arg(view->id()),
                            view->title(), lesson.id(), lesson.step() + 1};
        if (!savePngAtomically(*view, QDir(folder).filePath(image.file), scale)) {
            if (error) *error = QObject::tr("Could not write %1.").arg(QDir(folder).filePath(image.file));
            return written;
        }
        written << image;
    }
    return written;
}

QList<ExportedImage> exportLessons(const QList<Lesson*>& lessons, const QString& folder, double scale, QString* error) {
    QList<ExportedImage> all;
    for (Lesson* lesson : lessons) {
        const int original = lesson->step();
        for (int step = 0; step < lesson->stepCount(); ++step) {
            lesson->setStep(step);
            QString stepError;
            all << exportCurrentStep(*lesson, folder, scale, &stepError);
            if (!stepError.isEmpty()) {
                if (error) *error = stepError;
                lesson->setStep(original);
                return all;
            }
        }
        lesson->setStep(original);
    }
    writeExportIndex(all, folder, error); // sets `error` when it fails
    return all;
}

bool writeExportIndex(const QList<ExportedImage>& images, const QString& folder, QString* error) {
    QJsonArray list;
    for (const ExportedImage& image : images)
        list.append(QJsonObject{{"file", image.file}, {"title", image.title}, {"lesson", image.lesson}, {"step", image.step}});
    QSaveFile file(QDir(folder).filePath("index.json"));
    const QJsonObject index{{"format", "attention-lab/export-index@1"}, {"images", list}};
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(index).toJson()) >= 0 && file.commit()) return true;
    if (error) *error = QObject::tr("Could not write %1.").arg(file.fileName());
    return false;
}

} // namespace al
