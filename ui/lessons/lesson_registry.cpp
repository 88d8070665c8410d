#include "ui/lessons/lesson_registry.h"

#include "ui/lessons/convolution_lesson.h"
#include "ui/lessons/masks_lesson.h"
#include "ui/lessons/matrix_form_lesson.h"
#include "ui/lessons/multi_head_lesson.h"
#include "ui/lessons/positional_lesson.h"
#include "ui/lessons/rnn/rnn_lesson.h"
#include "ui/lessons/scoring_lesson.h"
#include "ui/lessons/training/training_lesson.h"
#include "ui/lessons/transformer/classification_lesson.h"
#include "ui/lessons/transformer/encoder_decoder_lesson.h"
#include "ui/lessons/transformer/gpt_lesson.h"
#include "ui/lessons/transformer/transformer_block_lesson.h"
#include "ui/lessons/vectors_in_lesson.h"
#include "ui/lessons/walkthrough_lesson.h"

namespace al {

const std::vector<std::shared_ptr<const Lesson>>& lessonRegistry() {
    static const std::vector<std::shared_ptr<const Lesson>> lessons{
        std::make_shared<VectorsInLesson>(),
        std::make_shared<WalkthroughLesson>(),
        std::make_shared<MatrixFormLesson>(),
        std::make_shared<MultiHeadLesson>(),
        std::make_shared<PositionalLesson>(),
        std::make_shared<MasksLesson>(),
        std::make_shared<ScoringLesson>(),
        std::make_shared<ConvolutionLesson>(),
        std::make_shared<RnnLesson>(),
        std::make_shared<TransformerBlockLesson>(),
        std::make_shared<EncoderDecoderLesson>(),
        std::make_shared<GptLesson>(),
        std::make_shared<ClassificationLesson>(),
        std::make_shared<TrainingLesson>(),
    };
    return lessons;
}

std::shared_ptr<const Lesson> findLesson(const QString& id) {
    for (const auto& lesson : lessonRegistry())
        if (lesson->id() == id) return lesson;
    return nullptr;
}

} // namespace al
