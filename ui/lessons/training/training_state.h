#pragma once
// What the training lesson's steps read, by value (LessonInput::own): the progress the
// training thread handed over, and what the controls chose to look at.
#include "ui/lessons/lesson.h"
#include "ui/lessons/training/training_session.h"

#include <memory>

namespace al {

// Which attention of the model a heatmap shows.
enum class AttentionSite {
    EncoderSelf, // the encoder's self-attention (labelling, classification, seq2seq)
    DecoderSelf, // the decoder's masked self-attention (seq2seq, language model)
    Cross,       // the decoder's cross-attention onto the encoder's output (seq2seq)
};

struct TrainingChoice {
    int example = 0; // 0-based, in the training set (clamped)
    int layer = 0;   // 0-based (clamped)
    int head = 0;    // 0-based (clamped)
    AttentionSite site = AttentionSite::EncoderSelf;
    int moment = -1; // an index into the timeline; −1 follows training as it goes
};

struct TrainingLessonState {
    std::shared_ptr<const TrainingProgress> progress; // never null
    TrainingChoice choice;
};

inline const TrainingLessonState& trainingState(const LessonInput& input) {
    return *static_cast<const TrainingLessonState*>(input.own.get());
}

} // namespace al
