#pragma once
// "Self-attention versus RNN" (note 001 §5.3.2, MATH.md §11): an Elman RNN beside the
// sample's self-attention layer. An RNN computes h¹, h², … one after another and must carry
// the leftmost input through every step to the right; self-attention computes every bᵗ in
// one step and reaches any input directly. The steps show it as an animation, as the exact
// influence ‖∂outᵗ/∂aˢ‖ of every input on every output, as the memory's strength (W_h
// scaled by γ), and as the path length between two positions.
#include "ui/lessons/lesson.h"
#include "ui/lessons/trace_memo.h"

#include <QCoreApplication>

namespace al {

class RnnLesson : public LessonOfSteps<RnnLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::RnnLesson)
public:
    QString id() const override { return QStringLiteral("rnn"); }
    QString title() const override { return tr("Self-attention versus RNN"); }
    bool followsQuery() const override { return true; }                         // the output t whose inputs are traced
    LessonControls* createControls(AttentionDocument& document) const override; // an RnnControls

    StepContent describe(const LessonInput& input, Cancellation& cancellation) const override;

private:
    friend class LessonOfSteps<RnnLesson>;
    StepContent sequence(const LessonInput& input, Cancellation& cancellation) const;
    StepContent reach(const LessonInput& input, Cancellation& cancellation) const;
    StepContent memory(const LessonInput& input, Cancellation& cancellation) const;
    StepContent paths(const LessonInput& input, Cancellation& cancellation) const;
    static constexpr Step steps[] = {{QT_TR_NOOP("1. One after another, or all at once"), &RnnLesson::sequence},
                                     {QT_TR_NOOP("2. How far can each output see?"), &RnnLesson::reach},
                                     {QT_TR_NOOP("3. The memory's strength"), &RnnLesson::memory},
                                     {QT_TR_NOOP("4. Path length"), &RnnLesson::paths}};

    TraceMemo memo_; // both layers' influence, per trace (and per γ for the RNN)
};

} // namespace al
