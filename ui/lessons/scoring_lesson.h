#pragma once
// "Scoring variants and why √d_k": dot, scaled dot and additive scores, softmax and ReLU,
// temperatures side by side on the same input; then why the scores are divided by √d_k.
#include "ui/lessons/lesson.h"
#include "ui/lessons/variant_traces.h"

#include <QCoreApplication>

#include <functional>

namespace al {

class ScoringLesson : public LessonOfSteps<ScoringLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::ScoringLesson)
public:
    static constexpr int demoDimensions[] = {4, 16, 64, 256}; // d_k of the √d_k demo

    QString id() const override { return QStringLiteral("scoring"); }
    QString title() const override { return tr("Scoring variants and why √d_k"); }

    // How many variants of the model were computed so far (for the tests: none twice per trace).
    int computedVariants() const { return variants_.computedCount(); }

private:
    friend class LessonOfSteps<ScoringLesson>;
    StepContent scorings(const LessonInput& input, Cancellation& cancellation) const;
    StepContent normalizations(const LessonInput& input, Cancellation& cancellation) const;
    StepContent temperatures(const LessonInput& input, Cancellation& cancellation) const;
    StepContent dotProductSpread(const LessonInput& input, Cancellation& cancellation) const;
    StepContent saturation(const LessonInput& input, Cancellation&) const;
    static constexpr Step steps[] = {
        {QT_TR_NOOP("1. Dot, scaled dot and additive scores"), &ScoringLesson::scorings},
        {QT_TR_NOOP("2. Softmax or ReLU"), &ScoringLesson::normalizations},
        {QT_TR_NOOP("3. Temperature τ"), &ScoringLesson::temperatures},
        {QT_TR_NOOP("4. Why √d_k: q·k spreads with d_k"), &ScoringLesson::dotProductSpread},
        {QT_TR_NOOP("5. Why √d_k: softmax saturates"), &ScoringLesson::saturation}};

    // The first head's α′ (N × N) with `change` applied to the trace's configuration.
    HeatmapData weightsUnder(const LessonInput& input, const QString& id, const QString& title,
                             const std::function<void(ModelConfig&)>& change, Cancellation& cancellation) const;

    VariantTraces variants_;
};

} // namespace al
