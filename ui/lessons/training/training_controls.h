#pragma once
// The controls of the training lesson, above its plots: what to train (a bundled dataset
// with its model, or any dataset@1 file) and the model's shape; the optimiser, learning rate
// and batch; Train / Pause, Step and Reset; the feed-forward baseline trained alongside; and
// what the plots show — the example, layer, head and attention, and the moment of the
// timeline. Training runs in a TrainingSession; each progress it hands over is described
// anew (changed()). Files are read and written on a worker thread.
#include "ui/lessons/lesson_controls.h"
#include "ui/lessons/training/training_animation.h"
#include "ui/lessons/training/training_presets.h"
#include "ui/lessons/training/training_session.h"
#include "ui/lessons/training/training_state.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace al {

class Worker;

// A run carried from one set of controls to the next (the window rebuilds its pages in
// another language): training goes on meanwhile.
struct TrainingCarry {
    TrainingSession* session = nullptr; // owned by whoever holds the carry, until carried in
    TrainingRequest request;
    TrainingChoice choice;
    std::shared_ptr<const nn::TransformerModel> model;
    bool settingsPending = false;
    QString savedPath;
};

class TrainingControls : public LessonControls {
    Q_OBJECT
public:
    explicit TrainingControls(QWidget* parent = nullptr);

    std::shared_ptr<const void> state() const override; // a TrainingLessonState, or null
    // In front of a class: Space trains or pauses, → takes one training step, on every step.
    bool presentSpace(int) override {
        trainOrPause();
        return true;
    }
    bool presentNext(int) override {
        stepOnce();
        return true;
    }
    bool isReady() const override; // a progress of the run asked for is there

    // The buttons' commands (also the presentation keys: Space, →).
    void trainOrPause();
    void stepOnce();
    void resetTraining(); // back to step 0 with the settings shown

    void choosePreset(int index);            // one of bundledTrainingPresets()
    void openDataset(const QString& path);   // any dataset@1 file, with a fresh model of the shape shown
    void setRequest(const TrainingRequest&); // everything at once (tests, the screenshot command)
    TrainingRequest request() const { return request_; }
    void setChoice(const TrainingChoice& choice);
    TrainingChoice choice() const { return choice_; }

    // Writes the model as trained now (its training block holding the settings, the history
    // and both sets' accuracy) on the worker; "" once asked, saved(path) or the message line after.
    void saveModel(const QString& path);
    // Writes α′ of the example shown over the moments kept as an animated GIF (path .gif) or
    // numbered PNG frames (.png); animated(problem) when done.
    void exportAnimation(const QString& path);
    TrainingAnimation& animation() const { return *animation_; }

    // Hands the session over to `keeper` (these controls are about to go) and takes one handed over.
    TrainingCarry carryOut(QObject* keeper);
    void carryIn(const TrainingCarry& carry);

    TrainingSession& session() const { return *session_; }
    Worker& files() const { return *files_; }
    QString message() const; // what was refused or failed, or ""

signals:
    void saved(const QString& path);
    void animated(const QString& path, const QString& problem); // problem "" once written
    void openInLessons(const QString& path); // the user asks to see a saved model in the Transformer lessons

private:
    void buildWidgets();
    QWidget* buildDatasetGroup();
    QWidget* buildShapeGroup();
    QWidget* buildSettingsGroup();
    QWidget* buildCommandGroup();
    QWidget* buildViewRow();
    void prepare(); // request_ read on the worker, then the session reset
    void architectureEdited();
    void settingsEdited();
    void choiceEdited();
    void progressed();
    void showRequest();  // the widgets follow request_ and the model
    void showProgress(); // the buttons, the status line, the timeline follow the progress
    void setMessage(const QString& message);
    void browseDataset();
    void browseSave();
    void browseAnimation();
    bool hasFailed() const; // the run shown stopped by itself (diverged)

    TrainingSession* session_;
    Worker* files_;
    TrainingRequest request_;
    TrainingRequest training_;                          // the request of the run the session trains
    std::shared_ptr<const nn::TransformerModel> model_; // the model as it starts, once prepared
    nn::Task task_ = nn::Task::Labelling;
    TrainingChoice choice_;
    bool preparing_ = false;
    bool settingsPending_ = false; // settings changed after step 0: Reset applies them
    bool shapeRefused_ = false;    // the shape shown is not one the engine takes: nothing trains
    quint64 failureShown_ = 0;     // the run whose failure the message line showed
    bool showing_ = false;         // the widgets are being set from values, not edited
    QString savedPath_;
    QString animationPath_;

    QComboBox* presets_;
    QPushButton* openDataset_;
    QSpinBox* dModel_;
    QSpinBox* heads_;
    QSpinBox* layers_;
    QComboBox* norm_;
    QComboBox* positions_;
    QCheckBox* attention_;
    QComboBox* optimizer_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* batch_;
    QCheckBox* baseline_;
    QPushButton* train_;
    QPushButton* step_;
    QPushButton* reset_;
    QPushButton* save_;
    QPushButton* openSaved_;
    QPushButton* animate_;
    TrainingAnimation* animation_;
    QComboBox* example_;
    QSpinBox* layer_;
    QSpinBox* head_;
    QComboBox* site_;
    QSlider* timeline_;
    QLabel* status_; // the step shown, the loss, the speed
    QLabel* message_;
};

} // namespace al
