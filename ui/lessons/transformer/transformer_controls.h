#pragma once
// The controls above a Transformer lesson: which model (a bundled one, or any transformer@1
// file opened here, through File → Open or by dropping it on the window), the input the
// user types (tokens of the model's vocabulary separated by spaces), for seq2seq the target
// the decoder is forced to read, and the layer, head, position and generation step the
// steps show. A model file is read on a worker thread: the window answers meanwhile, and
// the old model stays until the new one is read. A token the model does not know, or a
// file it cannot read, is named in the message line; what is shown stays as it was.
#include "core/nn/transformer_model.h"
#include "ui/lessons/lesson_controls.h"
#include "ui/lessons/transformer/transformer_lesson.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace al {

class Worker;

// What the controls show, to carry over to new controls (the window rebuilds its pages in
// another language).
struct TransformerSetup {
    std::shared_ptr<const nn::TransformerModel> model; // null: none yet
    QString modelPath, input, target;
    TransformerChoice choice;
};

class TransformerControls : public LessonControls {
    Q_OBJECT
public:
    explicit TransformerControls(const TransformerLesson& lesson, QWidget* parent = nullptr);

    std::shared_ptr<const void> state() const override; // a TransformerLessonState, or null
    bool isReady() const override;
    bool takeQuery(int query) override; // the Position counter follows a click on a row

    // Reads a transformer@1 file on the worker; "" once it is asked for. The model is shown
    // once read; a file refused (or of a task this lesson does not show) keeps the model
    // shown and says why in the message line and through refused().
    void openModel(const QString& path);
    // A model already read (File → Open reads it first to choose the lesson).
    void setModel(std::shared_ptr<const nn::TransformerModel> model, const QString& path);
    // The input (and the seq2seq target: "" reads the model's own output), as typed; "" or why refused.
    QString setInputText(const QString& text);
    QString setTargetText(const QString& text);
    void setChoice(const TransformerChoice& choice); // clamped to the model
    TransformerSetup setup() const;
    void applySetup(const TransformerSetup& setup); // instead of the model being read

    const nn::TransformerModel* model() const { return model_.get(); }
    QString modelPath() const { return modelPath_; }
    QString message() const; // the message line: what was refused, or "" when all is well
    Worker& loader() const { return *loader_; }

signals:
    void refused(const QString& message); // a model file could not be used (typed tokens: the message line)

private:
    void buildWidgets();
    void fillModelList();
    void modelChosen(int index);
    void browse();
    void inputEdited(); // typing: read when it pauses
    void readTyped();   // read what is typed now
    void choiceEdited();
    void readChoice(); // choice_ from the counters
    void showModel();  // the widgets follow model_: vocabulary hint, ranges
    void setMessage(const QString& message);
    void rebuild(); // a new run from the model and the typed text; changed()

    const TransformerLesson& lesson_;
    Worker* loader_;
    std::shared_ptr<const nn::TransformerModel> model_;
    QString modelPath_;
    bool loading_ = false;
    std::shared_ptr<const TransformerRun> run_;
    TransformerChoice choice_;

    QComboBox* models_;
    QPushButton* open_;
    QLineEdit* input_;
    QLineEdit* target_ = nullptr;
    QSpinBox* layer_;
    QSpinBox* head_;
    QSpinBox* position_;
    QSpinBox* generationStep_ = nullptr;
    QLabel* message_;
    QLabel* vocabulary_;
    QTimer* typing_;
};

} // namespace al
