#pragma once
// What every Transformer lesson shares: the model it shows (a bundled one by default, or
// any transformer@1 file the user opens), the user's own input, and the layer, head and
// position chosen — all in TransformerControls, above the plots. A step reads them by value
// (TransformerLessonState, LessonInput::own) and never the attention sample.
//
//   class GptLesson : public TransformerLessonOfSteps<GptLesson> { … steps[] = {…}; };
#include "core/nn/architecture.h"
#include "ui/lessons/lesson.h"
#include "ui/lessons/transformer/transformer_run.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace al {

// What the controls chose, by value.
struct TransformerChoice {
    int layer = 0;          // 0-based, in the stack the step shows (clamped by the step)
    int head = 0;           // 0-based
    int position = 0;       // 0-based row the step follows (LayerNorm's vector, a query)
    int generationStep = 0; // 0-based: which generation pass the step shows
};

struct TransformerLessonState {
    std::shared_ptr<const TransformerRun> run; // never null
    TransformerChoice choice;
    QString modelTitle; // the model's title
    QString modelFile;  // its file's path
};

// A task as the lessons name it: "labelling", "sequence to sequence", in the UI's language.
QString taskName(nn::Task task);

// The state a Transformer lesson's step reads (never null for such a lesson on a page).
inline const TransformerLessonState& transformerState(const LessonInput& input) {
    return *static_cast<const TransformerLessonState*>(input.own.get());
}

class TransformerLesson : public Lesson {
public:
    // The tasks whose models this lesson can show; File → Open puts a model in the first
    // lesson whose primaryTask() is its task.
    virtual std::vector<nn::Task> tasks() const = 0;
    nn::Task primaryTask() const { return tasks().front(); }
    // The bundled model shown first (a file name in samples/models: "i-saw-a-saw.trained.json")
    // and the input typed for it.
    virtual QString defaultModel() const = 0;
    virtual QString defaultInput() const = 0;
    // Whether the controls offer a target to force (seq2seq) and a generation step.
    virtual bool usesTarget() const { return false; }
    virtual bool usesGenerationStep() const { return false; }

    bool showsSampleModel() const override { return false; }
    LessonControls* createControls(AttentionDocument& document) const override; // a TransformerControls
    bool accepts(nn::Task task) const;

protected:
    // What a step shows when there is no model to show.
    static StepContent noModel();
};

// LessonOfSteps for a Transformer lesson.
template <typename Derived> class TransformerLessonOfSteps : public TransformerLesson {
public:
    struct Step {
        const char* title; // QT_TR_NOOP
        StepContent (Derived::*describe)(const LessonInput&, Cancellation&) const;
    };

    int stepCount() const override { return int(std::size(Derived::steps)); }
    QString stepTitle(int step, bool) const override { return Derived::tr(Derived::steps[step].title); }
    StepContent describe(const LessonInput& input, Cancellation& cancellation) const override {
        if (!input.own) return noModel(); // the bundled models were not found and none was opened
        return (static_cast<const Derived*>(this)->*Derived::steps[input.step].describe)(input, cancellation);
    }
};

} // namespace al
