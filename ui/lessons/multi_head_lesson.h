#pragma once
// "Multi-head self-attention": qⁱ, kⁱ, vⁱ split into H consecutive segments, each head's α′
// side by side, each head's b^{i,h}, their concatenation cⁱ, W^O, and bⁱ = W^O cⁱ.
#include "ui/lessons/lesson.h"

#include <QCoreApplication>

namespace al {

class MultiHeadLesson : public LessonOfSteps<MultiHeadLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::MultiHeadLesson)
public:
    static constexpr int maxShownHeads = 16;

    QString id() const override { return QStringLiteral("multihead"); }
    QString title() const override { return tr("Multi-head self-attention"); }
    bool followsQuery() const override { return true; }

private:
    friend class LessonOfSteps<MultiHeadLesson>;
    StepContent split(const LessonInput& input, Cancellation&) const;
    StepContent attend(const LessonInput& input, Cancellation& cancellation) const;
    StepContent headOutputs(const LessonInput& input, Cancellation&) const;
    StepContent concatenate(const LessonInput& input, Cancellation&) const;
    StepContent projection(const LessonInput& input, Cancellation&) const;
    StepContent output(const LessonInput& input, Cancellation&) const;
    static constexpr Step steps[] = {{QT_TR_NOOP("1. Split q, k, v into H heads"), &MultiHeadLesson::split},
                                     {QT_TR_NOOP("2. Every head attends on its own"), &MultiHeadLesson::attend},
                                     {QT_TR_NOOP("3. Every head gives its own bⁱ,ʰ"), &MultiHeadLesson::headOutputs},
                                     {QT_TR_NOOP("4. Concatenate: cⁱ"), &MultiHeadLesson::concatenate},
                                     {QT_TR_NOOP("5. The output projection W^O"), &MultiHeadLesson::projection},
                                     {QT_TR_NOOP("6. bⁱ = W^O cⁱ"), &MultiHeadLesson::output}};

    // Head h's α′ (N × N), the trace's own or computed on demand (Trace::attention); the
    // view that shows it keeps it alive.
    static SharedMatrix headWeights(const std::shared_ptr<const Trace>& trace, int h, Cancellation& cancellation);
};

} // namespace al
