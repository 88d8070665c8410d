// The main window's Transformer models: a transformer@1 file opened (File → Open, the recent
// files, a drop, the Samples menu) is read on a worker thread and shown in the Transformer
// lesson of its task, which the window turns to; a dataset@1 file goes to the training lesson.
#include "ui/lesson_page.h"
#include "ui/lessons/training/training_controls.h"
#include "ui/lessons/transformer/transformer_controls.h"
#include "ui/main_window.h"
#include "ui/sample_catalog.h"
#include "ui/worker.h"

#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace al {

void MainWindow::openModel(const QString& path, bool dialogs) {
    modelFailure_.clear();
    showStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    modelLoader_->start([this, path, dialogs](Cancellation&) -> Worker::Delivery {
        const ModelRead read = readModelFile(path); // worker thread
        return [this, read, path, dialogs] {        // GUI thread
            if (read.model) return showModel(read.model, path);
            modelFailure_ = read.problem;
            showStatus(read.problem);
            if (dialogs) QMessageBox::warning(this, tr("Cannot open the model"), read.problem);
        };
    });
}

TransformerControls* MainWindow::transformerControls(nn::Task task) const {
    TransformerControls* accepting = nullptr;
    for (LessonPage* page : lessons_) {
        const auto* lesson = dynamic_cast<const TransformerLesson*>(&page->lesson());
        auto* controls = qobject_cast<TransformerControls*>(page->controls());
        if (!lesson || !controls || !lesson->accepts(task)) continue;
        if (lesson->primaryTask() == task) return controls;
        if (!accepting) accepting = controls;
    }
    return accepting;
}

void MainWindow::showModel(std::shared_ptr<const nn::TransformerModel> model, const QString& path) {
    TransformerControls* controls = transformerControls(model->task);
    if (!controls) { // every task has its lesson; this is for a registry without one
        modelFailure_ = tr("%1: no lesson shows a model for %2").arg(QFileInfo(path).fileName(), taskName(model->task));
        showStatus(modelFailure_);
        return;
    }
    const QString title = QString::fromStdString(model->title);
    controls->setModel(std::move(model), path);
    for (LessonPage* page : lessons_)
        if (page->controls() == controls) showLesson(page->id());
    rememberRecent(QFileInfo(path).absoluteFilePath());
    showStatus(tr("Opened the model “%1” (%2)").arg(title, QFileInfo(path).fileName()));
}

void MainWindow::openDataset(const QString& path) {
    for (LessonPage* page : lessons_)
        if (auto* training = qobject_cast<TrainingControls*>(page->controls())) {
            showLesson(page->id());
            training->openDataset(path); // a message line names a file it cannot train on
            rememberRecent(QFileInfo(path).absoluteFilePath());
            return;
        }
}

void MainWindow::addModelMenu(QMenu* samples) {
    const QList<ModelEntry>& models = bundledModels();
    if (models.isEmpty()) return;
    samples->addSection(tr("Trained Transformers"));
    for (const ModelEntry& entry : models)
        samples->addAction(entry.title, this, [this, path = entry.path] { openModel(path); })
            ->setToolTip(QFileInfo(entry.path).fileName());
}

} // namespace al
