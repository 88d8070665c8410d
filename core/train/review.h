#pragma once
// Which examples a model still gets wrong, and on which input words (MATH.md §10's accuracy,
// example by example): the list the window shows while training, and the numbers behind
// "the feed-forward baseline gets 'saw' right half of the time and every other word always".
#include "core/base/cancellation.h"
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_model.h"

#include <map>
#include <vector>

namespace al::train {

struct ExampleReview {
    int index = 0; // into the examples reviewed
    // What the model gives, as ids of its outputs (a language model: of its vocabulary):
    //   labelling       a label per input position (N)
    //   classification  the one label
    //   seq2seq         the greedy generation, without its final <eos>
    //   language_model  the argmax at each predicted position i (the guess for input[i + 1]), N − 1
    std::vector<int> predicted;
    // As MATH.md §10's accuracy counts it: every label right (labelling, classification),
    // the generation exactly the target then <eos> (seq2seq), every next token right (LM).
    bool correct = false;
    // Positions wrong: labels or next tokens that differ; 1 or 0 for classification; for
    // seq2seq the places of target + <eos> where the generation differs, a missing or an
    // extra token counting as one each.
    int wrongPositions = 0;
};

// One review per example, in order. The forward pass of loss() (teacher-forced), and for
// seq2seq greedy generation instead, as evaluate() does; honours the cancellation between
// examples and reports progress.
std::vector<ExampleReview> reviewExamples(const nn::TransformerModel& model, const std::vector<nn::Example>& examples,
                                          Cancellation& cancellation = neverCancelled());

struct TokenScore {
    int correct = 0; // predicted positions reading this token that were right
    int total = 0;   // predicted positions reading this token
};

// Labelling and language models: per input token id, how often the prediction at a position
// reading it is right (labelling: its label; a language model: the next token). Empty for
// classification and seq2seq, whose predictions belong to no single input position.
// `reviews` are reviewExamples(model, examples)'s.
std::map<int, TokenScore> accuracyByInputToken(const nn::TransformerModel& model,
                                               const std::vector<nn::Example>& examples,
                                               const std::vector<ExampleReview>& reviews);
// The same, reviewing the examples first.
std::map<int, TokenScore> accuracyByInputToken(const nn::TransformerModel& model,
                                               const std::vector<nn::Example>& examples,
                                               Cancellation& cancellation = neverCancelled());

} // namespace al::train
