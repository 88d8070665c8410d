#pragma once
// Watch attention learn (notes 000/001: W^q, W^k, W^v "are learned"). The model trains live,
// in the window, on the very trainer of `attention-lab train`:
//   1. the loss and accuracy curves, and α′ of an example as the weights learn;
//   2. the gradients ∂L/∂W^q, ∂L/∂W^k, ∂L/∂W^v and ∂L/∂α′ that move them;
//   3. the timeline: α′ before training beside α′ at the moment chosen;
//   4. the feed-forward baseline beside self-attention (note 001 §3.1: "I saw a saw");
//   5. attention forming: α′ at moments along the way (seq2seq: cross-attention aligning).
#include "ui/lessons/lesson.h"
#include "ui/lessons/training/training_state.h"

namespace al {

class TrainingLesson : public LessonOfSteps<TrainingLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::TrainingLesson)
public:
    QString id() const override { return QStringLiteral("training"); }
    QString title() const override { return tr("Watch attention learn"); }
    bool showsSampleModel() const override { return false; }
    LessonControls* createControls(AttentionDocument& document) const override; // a TrainingControls
    StepContent describe(const LessonInput& input, Cancellation& cancellation) const override;

    StepContent train(const LessonInput& input, Cancellation& cancellation) const;
    StepContent gradients(const LessonInput& input, Cancellation& cancellation) const;
    StepContent timeline(const LessonInput& input, Cancellation& cancellation) const;
    StepContent baseline(const LessonInput& input, Cancellation& cancellation) const;
    StepContent forming(const LessonInput& input, Cancellation& cancellation) const;

    static constexpr Step steps[] = {
        {QT_TR_NOOP("1. Train, and watch α′ change"), &TrainingLesson::train},
        {QT_TR_NOOP("2. The gradients that move W^q, W^k, W^v"), &TrainingLesson::gradients},
        {QT_TR_NOOP("3. Before and after: the timeline"), &TrainingLesson::timeline},
        {QT_TR_NOOP("4. Without attention: the feed-forward baseline"), &TrainingLesson::baseline},
        {QT_TR_NOOP("5. Attention forming"), &TrainingLesson::forming}};
};

} // namespace al
