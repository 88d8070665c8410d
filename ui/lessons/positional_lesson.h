#pragma once
// "Positional encoding": the sinusoidal table and its curves, learned vectors, x = a + e,
// α′ with and without positions, and the permutation demo — without positional encoding,
// shuffling the tokens shuffles the outputs the same way (天涯若比邻); with it, no longer.
#include "core/attention/variants.h"
#include "ui/lessons/lesson.h"
#include "ui/lessons/trace_memo.h"
#include "ui/lessons/variant_traces.h"

#include <QCoreApplication>

#include <atomic>

namespace al {

class PositionalLesson : public LessonOfSteps<PositionalLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::PositionalLesson)
public:
    QString id() const override { return QStringLiteral("positional"); }
    QString title() const override { return tr("Positional encoding"); }
    LessonControls* createControls(AttentionDocument& document) const override;

    // How many variants of the model (and permutation demos) were computed so far: for the
    // tests that check none is computed twice for one trace.
    int computedVariants() const { return variants_.computedCount() + demosComputed_; }

private:
    friend class LessonOfSteps<PositionalLesson>;
    StepContent sinusoidal(const LessonInput& input, Cancellation&) const;
    StepContent learned(const LessonInput& input, Cancellation& cancellation) const;
    StepContent added(const LessonInput& input, Cancellation& cancellation) const;
    StepContent weightsCompared(const LessonInput& input, Cancellation& cancellation) const;
    StepContent shuffledWithout(const LessonInput& input, Cancellation& cancellation) const;
    StepContent shuffledWith(const LessonInput& input, Cancellation& cancellation) const;
    static constexpr Step steps[] = {
        {QT_TR_NOOP("1. Sinusoidal positional vectors eⁱ"), &PositionalLesson::sinusoidal},
        {QT_TR_NOOP("2. Or learned vectors"), &PositionalLesson::learned},
        {QT_TR_NOOP("3. The layer sees xⁱ = aⁱ + eⁱ"), &PositionalLesson::added},
        {QT_TR_NOOP("4. α′ without and with positions"), &PositionalLesson::weightsCompared},
        {QT_TR_NOOP("5. Shuffle the tokens, no positions: 天涯若比邻"), &PositionalLesson::shuffledWithout},
        {QT_TR_NOOP("6. Shuffle the tokens, with positions"), &PositionalLesson::shuffledWith}};

    // The permutation demo (tokens reversed) under `positional`, once per trace.
    StepContent shuffled(const LessonInput& input, PositionalEncoding positional, Cancellation& cancellation) const;
    std::shared_ptr<const PermutationDemo> demo(const std::shared_ptr<const Trace>& trace,
                                                PositionalEncoding positional, Cancellation& cancellation) const;

    VariantTraces variants_;
    TraceMemo demos_;
    mutable std::atomic<int> demosComputed_{0};
};

} // namespace al
