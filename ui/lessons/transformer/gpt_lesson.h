#pragma once
// "GPT: the decoder alone": a language model is the Transformer's decoder without an
// encoder, so without cross-attention. Its causal self-attention, the next-token
// probabilities of every position, the prompt continued token by token (autoregressive),
// and, on the bundled model that copies, the head that looks up what to copy.
#include "ui/lessons/transformer/transformer_lesson.h"

#include <QCoreApplication>

namespace al {

class GptLesson : public TransformerLessonOfSteps<GptLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::GptLesson)
public:
    QString id() const override { return QStringLiteral("gpt"); }
    QString title() const override { return tr("GPT: the decoder alone"); }
    std::vector<nn::Task> tasks() const override { return {nn::Task::LanguageModel}; }
    QString defaultModel() const override { return QStringLiteral("induction.trained.json"); }
    QString defaultInput() const override;
    bool usesGenerationStep() const override { return true; }

private:
    friend class TransformerLessonOfSteps<GptLesson>;
    StepContent causalAttention(const LessonInput& input, Cancellation& cancellation) const;
    StepContent nextToken(const LessonInput& input, Cancellation& cancellation) const;
    StepContent continuation(const LessonInput& input, Cancellation& cancellation) const;
    StepContent copyingHead(const LessonInput& input, Cancellation& cancellation) const;
    static constexpr Step steps[] = {{QT_TR_NOOP("1. Causal self-attention"), &GptLesson::causalAttention},
                                     {QT_TR_NOOP("2. Next-token probabilities"), &GptLesson::nextToken},
                                     {QT_TR_NOOP("3. Continuing the prompt token by token"), &GptLesson::continuation},
                                     {QT_TR_NOOP("4. The head that copies"), &GptLesson::copyingHead}};
};

} // namespace al
