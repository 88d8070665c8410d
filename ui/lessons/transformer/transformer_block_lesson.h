#pragma once
// "The Transformer block" (note 004), on an encoder: x = E[t] + e → multi-head
// self-attention → Add (the residual) → LayerNorm → feed-forward network → Add & Norm; then
// the stack of layers, post-norm beside pre-norm, and what comes out. Every number is the
// run's pass (TransformerRun::pass) of the chosen model on the typed input; the layer, head
// and position are the controls'. Steps 1, 2 and 5 are in transformer_block_lesson.cpp, 3, 4
// and 6 (Add, LayerNorm) in transformer_block_norm.cpp, 7–9 in transformer_block_stack.cpp.
#include "ui/lessons/transformer/transformer_lesson.h"

#include <QCoreApplication>

namespace al {

class TransformerBlockLesson : public TransformerLessonOfSteps<TransformerBlockLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::TransformerBlockLesson)
public:
    QString id() const override { return QStringLiteral("transformer-block"); }
    QString title() const override { return tr("The Transformer block"); }
    std::vector<nn::Task> tasks() const override {
        return {nn::Task::Labelling, nn::Task::Classification, nn::Task::Seq2Seq};
    }
    QString defaultModel() const override { return QStringLiteral("i-saw-a-saw.trained.json"); }
    QString defaultInput() const override { return QStringLiteral("I saw a saw"); }

    // What every step reads: the encoder's pass and the choice clamped to it.
    struct Focus {
        std::shared_ptr<const TransformerRun> run;
        const nn::TransformerTrace* trace = nullptr;
        const nn::StackTrace* encoder = nullptr;      // never null for the tasks shown
        int layer = 0, head = 0, position = 0;        // clamped
        QStringList tokens;                           // "1 I", "2 saw", … (the input, N)
        const nn::SublayerTrace* attention = nullptr; // of the chosen layer; null without attention
        const nn::SublayerTrace* feedForward = nullptr;
        int positions() const { return int(tokens.size()); }
        const nn::Architecture& architecture() const { return run->model().architecture; }
        bool preNorm() const { return architecture().norm == nn::NormPlacement::Pre; }
    };
    static Focus focus(const LessonInput& input, Cancellation& cancellation);
    // "“saw” (2)": the input's token at a 0-based position, and its number from 1.
    static QString tokenAt(const Focus& focus, int position);

private:
    friend class TransformerLessonOfSteps<TransformerBlockLesson>;
    StepContent inputVectors(const LessonInput& input, Cancellation& cancellation) const;
    StepContent selfAttention(const LessonInput& input, Cancellation& cancellation) const;
    StepContent add(const LessonInput& input, Cancellation& cancellation) const;
    StepContent layerNorm(const LessonInput& input, Cancellation& cancellation) const;
    StepContent feedForward(const LessonInput& input, Cancellation& cancellation) const;
    StepContent addAndNorm(const LessonInput& input, Cancellation& cancellation) const;
    StepContent stack(const LessonInput& input, Cancellation& cancellation) const;
    StepContent placements(const LessonInput& input, Cancellation& cancellation) const;
    StepContent output(const LessonInput& input, Cancellation& cancellation) const;
    static constexpr Step steps[] = {
        {QT_TR_NOOP("1. The input: x = E[t] + e"), &TransformerBlockLesson::inputVectors},
        {QT_TR_NOOP("2. Multi-head self-attention"), &TransformerBlockLesson::selfAttention},
        {QT_TR_NOOP("3. Add: the residual x + F(x)"), &TransformerBlockLesson::add},
        {QT_TR_NOOP("4. LayerNorm: mean, variance, γ and β"), &TransformerBlockLesson::layerNorm},
        {QT_TR_NOOP("5. The feed-forward network"), &TransformerBlockLesson::feedForward},
        {QT_TR_NOOP("6. Add & Norm: the layer's output"), &TransformerBlockLesson::addAndNorm},
        {QT_TR_NOOP("7. The stack of layers"), &TransformerBlockLesson::stack},
        {QT_TR_NOOP("8. Post-norm beside pre-norm"), &TransformerBlockLesson::placements},
        {QT_TR_NOOP("9. The output"), &TransformerBlockLesson::output}};

    // Add (step 3) or Add & Norm (step 6) of one sublayer: x + F(x) = residual, and the
    // LayerNorm after it (post-norm); `withNorm` adds the layer's output.
    // What a step says for a model with no encoder (a language model opened here).
    static StepContent noEncoder();
    static StepContent residualSum(const Focus& focus, const nn::SublayerTrace& sublayer, bool withNorm);
};

} // namespace al
