#include "ui/lesson_export.h"

#include "ui/atomic_save_file.h"
#include "ui/attention_document.h"
#include "ui/lesson_page.h"
#include "ui/lessons/lesson_registry.h"
#include "ui/lessons/transformer/transformer_controls.h"
#include "ui/page_picture.h"
#include "ui/widgets/heatmap_view.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace al {

QString exportBaseName(const LessonPage& lesson, const QString& part, bool nameQuery) {
    QString name = QString("%1-step%2-%3").arg(lesson.id()).arg(lesson.step() + 1).arg(part);
    if (nameQuery && lesson.followsQuery()) name += QString("-query%1").arg(lesson.query() + 1);
    return name;
}

QList<ExportedFile> exportCurrentStep(LessonPage& lesson, const QString& folder, const ExportOptions& options,
                                      QString* error) {
    QList<ExportedFile> written;
    const QString extension = extensionOf(options.format);
    auto fileName = [&](const QString& part) {
        return exportBaseName(lesson, part, options.nameQuery) + '.' + extension;
    };
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return written;
    };
    for (PlotView* view : lesson.visiblePlots()) {
        ExportedFile file{fileName(view->id()), view->title(), lesson.id(), lesson.step() + 1, "plot"};
        const QString path = QDir(folder).filePath(file.file);
        QString problem;
        if (options.format == ExportFormat::Csv) {
            auto* heatmap = qobject_cast<HeatmapView*>(view);
            if (!heatmap) continue; // a chart has no matrix to tabulate
            file.kind = "table";
            problem = writeMatrixCsv(heatmap->data(), path);
        } else {
            problem = writePlotFile(*view, path, options.format, options.scale, plotExportSize, options.png);
        }
        if (!problem.isEmpty()) return fail(problem);
        written << file;
    }
    if (options.pages && options.format != ExportFormat::Csv) {
        ExportedFile page{fileName("page"), lessonPageTitle(lesson), lesson.id(), lesson.step() + 1, "page"};
        const QString problem = writePicture(
            QDir(folder).filePath(page.file), options.format, lessonPageSize(lesson), options.scale, page.title,
            [&](QCPPainter& painter) { paintLessonPage(painter, lesson); }, options.png);
        if (!problem.isEmpty()) return fail(problem);
        written << page;
    }
    return written;
}

QList<ExportedFile> exportLessons(const QList<LessonPage*>& lessons, const QString& folder, const ExportOptions& given,
                                  QString* error) {
    PngWriter png; // compresses on other threads while the next picture is drawn
    ExportOptions options = given;
    if (!options.png) options.png = &png;
    QList<ExportedFile> all;
    QString problem;
    for (LessonPage* lesson : lessons) {
        const int original = lesson->step();
        for (int step = 0; step < lesson->stepCount() && problem.isEmpty(); ++step) {
            lesson->setStep(step);
            if (!lesson->waitUntilDrawn())
                problem = QObject::tr("The lesson “%1” took too long to draw.").arg(lesson->title());
            if (!problem.isEmpty()) break;
            all << exportCurrentStep(*lesson, folder, options, &problem);
        }
        lesson->setStep(original);
        if (!problem.isEmpty()) break;
    }
    if (const QString pngProblem = options.png->finish(); problem.isEmpty()) problem = pngProblem;
    if (problem.isEmpty()) writeExportIndex(all, folder, &problem);
    if (error) *error = problem;
    return all;
}

QList<ExportedFile> exportAllLessons(AttentionDocument& document, const QString& folder, const ExportOptions& options,
                                     QString* error, const ShownModel& shown) {
    std::vector<std::unique_ptr<LessonPage>> pages;
    QList<LessonPage*> lessons;
    bool modelShown = false;
    for (const std::shared_ptr<const Lesson>& lesson : lessonRegistry()) {
        pages.push_back(std::make_unique<LessonPage>(lesson, document));
        const auto* transformer = dynamic_cast<const TransformerLesson*>(lesson.get());
        if (shown.model && !modelShown && transformer && transformer->primaryTask() == shown.model->task) {
            qobject_cast<TransformerControls*>(pages.back()->controls())
                ->applySetup({shown.model, shown.path, {}, {}, {}});
            modelShown = true;
        }
        pages.back()->resize(1100, 700);
        pages.back()->setTrace(document.trace());
        lessons << pages.back().get();
    }
    return exportLessons(lessons, folder, options, error);
}

bool writeExportIndex(const QList<ExportedFile>& files, const QString& folder, QString* error) {
    QJsonArray list;
    for (const ExportedFile& file : files)
        list.append(QJsonObject{{"file", file.file},
                                {"title", file.title},
                                {"lesson", file.lesson},
                                {"step", file.step},
                                {"kind", file.kind}});
    AtomicSaveFile file(QDir(folder).filePath("index.json"));
    const QJsonObject index{{"format", "attention-lab/export-index@1"}, {"images", list}};
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(index).toJson()) >= 0 && file.commit()) return true;
    if (error) *error = QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

} // namespace al
