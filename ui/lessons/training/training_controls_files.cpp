// TrainingControls' files and hand-overs: the trained model saved, the animation exported,
// and the run carried to new controls when the window is rebuilt in another language.
#include "core/io/transformer_writer.h"
#include "core/train/evaluation.h"
#include "core/train/training_record.h"
#include "ui/lessons/training/training_controls.h"
#include "ui/worker.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace al {

TrainingCarry TrainingControls::carryOut(QObject* keeper) {
    disconnect(session_, nullptr, this, nullptr);
    session_->setParent(keeper);
    TrainingCarry carry{session_, request_, choice_, model_, settingsPending_, savedPath_};
    session_ = new TrainingSession(this); // these controls show nothing any more
    return carry;
}

void TrainingControls::carryIn(const TrainingCarry& carry) {
    files_->cancel(); // the default dataset these controls began to read is not wanted
    delete session_;
    session_ = carry.session;
    session_->setParent(this);
    connect(session_, &TrainingSession::progressed, this, &TrainingControls::progressed);
    request_ = carry.request;
    training_ = carry.request;
    choice_ = carry.choice;
    model_ = carry.model;
    task_ = model_ ? model_->task : task_;
    settingsPending_ = carry.settingsPending;
    savedPath_ = carry.savedPath;
    openSaved_->setEnabled(!savedPath_.isEmpty());
    preparing_ = false;
    showRequest();
    progressed();
}

void TrainingControls::browseAnimation() {
    const QString suggested = QDir::homePath() + '/' +
                              QFileInfo(request_.datasetFile).completeBaseName().remove(".dataset") + "-attention.gif";
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the animation"), suggested,
                                                      tr("Animated GIF (*.gif);;PNG frames (*.png)"));
    if (!path.isEmpty()) exportAnimation(path);
}

void TrainingControls::exportAnimation(const QString& path) {
    const auto progress = session_->progress();
    if (!progress || animation_->isBusy()) return;
    animationPath_ = path;
    animation_->start(progress, choice_, path);
    showProgress();
}

void TrainingControls::browseSave() {
    const QString suggested = QDir::homePath() + '/' +
                              QFileInfo(request_.datasetFile).completeBaseName().remove(".dataset") + ".trained.json";
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the trained model"), suggested,
                                                      tr("Transformer models (*.json);;All files (*)"));
    if (!path.isEmpty()) saveModel(path);
}

void TrainingControls::saveModel(const QString& path) {
    const auto progress = session_->progress();
    if (!progress || !progress->main.model) return;
    files_->start([progress, path, this](Cancellation& cancellation) -> Worker::Delivery {
        // Worker thread: both sets evaluated for the record, then written atomically.
        nn::TransformerModel trained = *progress->main.model;
        const auto& data = *progress->setup.data;
        const train::Evaluation trainSet = train::evaluate(trained, data.train, cancellation);
        std::optional<train::Evaluation> testSet;
        if (!data.test.empty()) testSet = train::evaluate(trained, data.test, cancellation);
        trained.training = train::trainingRecord(data.dataset.title, progress->setup.settings, *progress->main.history,
                                                 trained.seed, trainSet, testSet);
        trained.description = tr("Trained in AttentionLab's lesson “Watch attention learn”: %n steps on %1; it gets %2 "
                                 "of the training set right.",
                                 "", int(progress->main.steps))
                                  .arg(QString::fromStdString(data.dataset.title))
                                  .arg(QStringLiteral("%1%").arg(100 * trainSet.accuracy, 0, 'f', 1))
                                  .toStdString();
        QString problem;
        try {
            saveTransformer(path.toStdString(), trained);
        } catch (const std::exception& error) {
            problem =
                tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(error.what()));
        }
        return [this, path, problem] { // GUI thread
            if (!problem.isEmpty()) {
                setMessage(problem);
                return;
            }
            setMessage({});
            savedPath_ = path;
            openSaved_->setEnabled(true);
            status_->setText(tr("Saved %1").arg(QFileInfo(path).fileName()));
            emit saved(path);
        };
    });
}

} // namespace al
