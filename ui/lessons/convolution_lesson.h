#pragma once
// "Convolution versus self-attention" (MATH.md §8), the teachers' demo: receptive fields of
// stacked convolutions against self-attention's, then self-attention with K² heads that is
// a convolution, sharpening to it as γ grows. Live computation on an image of pixel tokens,
// chosen with the lesson's own controls (ConvolutionControls), not the sample.
#include "ui/lessons/lesson.h"

#include <QCoreApplication>

namespace al {

struct ConvolutionState;

class ConvolutionLesson : public LessonOfSteps<ConvolutionLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::ConvolutionLesson)
public:
    QString id() const override { return QStringLiteral("convolution"); }
    QString title() const override { return tr("Convolution versus self-attention"); }
    bool showsSampleModel() const override { return false; }           // an image, not the sample's model
    LessonControls* createControls(AttentionDocument&) const override; // a ConvolutionControls

    StepContent describe(const LessonInput& input, Cancellation& cancellation) const override;

private:
    friend class LessonOfSteps<ConvolutionLesson>;
    StepContent receptiveFields(const LessonInput& input, Cancellation& cancellation) const;
    StepContent heads(const LessonInput& input, Cancellation& cancellation) const;
    StepContent outputs(const LessonInput& input, Cancellation& cancellation) const;
    static constexpr Step steps[] = {
        {QT_TR_NOOP("1. Receptive fields: convolution and self-attention"), &ConvolutionLesson::receptiveFields},
        {QT_TR_NOOP("2. K² heads, one for each shift of the kernel"), &ConvolutionLesson::heads},
        {QT_TR_NOOP("3. Their weighted sum is the convolution"), &ConvolutionLesson::outputs}};
};

} // namespace al
