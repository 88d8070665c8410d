#pragma once
// "Encoder–decoder" (note 004's seq2seq Transformer): the encoder's output as the memory
// every decoder layer reads, the decoder's masked self-attention (its causal triangle),
// cross-attention as an output × input map, the output probabilities, generation one token
// at a time (<bos> → ŷ₁ → … → <eos>), and teacher forcing against generation.
//
// Steps 1–3 are in encoder_decoder_lesson.cpp, 4–5 in encoder_decoder_generation.cpp, 6 in
// encoder_decoder_forcing.cpp; what they share is in encoder_decoder_parts.h.
#include "ui/lessons/transformer/transformer_lesson.h"

#include <QCoreApplication>

namespace al {

class EncoderDecoderLesson : public TransformerLessonOfSteps<EncoderDecoderLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::EncoderDecoderLesson)
public:
    QString id() const override { return QStringLiteral("encoder-decoder"); }
    QString title() const override { return tr("Encoder–decoder"); }
    std::vector<nn::Task> tasks() const override { return {nn::Task::Seq2Seq}; }
    QString defaultModel() const override { return QStringLiteral("number-words.trained.json"); }
    QString defaultInput() const override { return QStringLiteral("three hundred twenty one"); }
    bool usesTarget() const override { return true; }
    bool usesGenerationStep() const override { return true; }

private:
    friend class TransformerLessonOfSteps<EncoderDecoderLesson>;
    StepContent memory(const LessonInput& input, Cancellation& cancellation) const;
    StepContent maskedSelfAttention(const LessonInput& input, Cancellation& cancellation) const;
    StepContent crossAttention(const LessonInput& input, Cancellation& cancellation) const;
    StepContent outputProbabilities(const LessonInput& input, Cancellation& cancellation) const;
    StepContent generation(const LessonInput& input, Cancellation& cancellation) const;
    StepContent teacherForcing(const LessonInput& input, Cancellation& cancellation) const;
    static constexpr Step steps[] = {
        {QT_TR_NOOP("1. The encoder reads the input: the memory"), &EncoderDecoderLesson::memory},
        {QT_TR_NOOP("2. Masked self-attention in the decoder"), &EncoderDecoderLesson::maskedSelfAttention},
        {QT_TR_NOOP("3. Cross-attention: each output looks at the input"), &EncoderDecoderLesson::crossAttention},
        {QT_TR_NOOP("4. Output probabilities"), &EncoderDecoderLesson::outputProbabilities},
        {QT_TR_NOOP("5. Generation step by step"), &EncoderDecoderLesson::generation},
        {QT_TR_NOOP("6. Teacher forcing against generation"), &EncoderDecoderLesson::teacherForcing}};
};

} // namespace al
