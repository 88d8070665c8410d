#pragma once
// "Classification": the notes' second kind of output, one label for the whole sequence. The
// encoder's self-attention, the mean of its output vectors (mean pooling), and the logits
// and probabilities of the labels read from that one vector.
#include "ui/lessons/transformer/transformer_lesson.h"

#include <QCoreApplication>

namespace al {

class ClassificationLesson : public TransformerLessonOfSteps<ClassificationLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::ClassificationLesson)
public:
    QString id() const override { return QStringLiteral("classification"); }
    QString title() const override { return tr("Classification"); }
    std::vector<nn::Task> tasks() const override { return {nn::Task::Classification}; }
    QString defaultModel() const override { return QStringLiteral("negation.trained.json"); }
    QString defaultInput() const override { return QStringLiteral("the film is not good"); }

    // The sentence the last step suggests typing: without "not" when the input has it, else
    // with "not" before its last token (when the vocabulary has "not" and there is room);
    // empty when neither works. Ids of the vocabulary.
    static std::vector<int> contrastingInput(const nn::TransformerModel& model, const std::vector<int>& input);

private:
    friend class TransformerLessonOfSteps<ClassificationLesson>;
    StepContent selfAttention(const LessonInput& input, Cancellation& cancellation) const;
    StepContent meanPooling(const LessonInput& input, Cancellation& cancellation) const;
    StepContent oneLabel(const LessonInput& input, Cancellation& cancellation) const;
    static constexpr Step steps[] = {
        {QT_TR_NOOP("1. The encoder's self-attention"), &ClassificationLesson::selfAttention},
        {QT_TR_NOOP("2. Mean pooling: one vector for the sequence"), &ClassificationLesson::meanPooling},
        {QT_TR_NOOP("3. One label for the sequence"), &ClassificationLesson::oneLabel}};
};

} // namespace al
