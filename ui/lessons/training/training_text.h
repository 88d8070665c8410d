#pragma once
// Sentences the training lesson's explanations share, with the run's own numbers.
#include "core/base/matrix.h"
#include "core/train/review.h"
#include "ui/lessons/training/training_state.h"

#include <QString>
#include <QStringList>

namespace al {

// "Step 340 of training on I saw a saw (200 examples; batch 16, Adam, η = 0.01)."
QString runSentence(const TrainingProgress& progress, long long step);
// "At step 300, the last evaluation: the training set's loss 0.213 and accuracy 96.5%; …"
QString evaluationSentence(const train::Moment& moment);
// For each query row, the key it attends to most: "“saw” (2) → “I” (1): 0.95; …" (at most `rows`).
QString strongestKeys(const Matrix& weights, const QStringList& queries, const QStringList& keys, int rows = 8);
// A token with its position counted from 1: "“saw” (4)".
QString tokenAt(const QStringList& tokens, int index);
// The examples `reviews` (train::reviewExamples of those examples) find wrong: how many, and
// the first few with what the model gave and what it should have.
QString mistakesSentence(const nn::TransformerModel& model, const std::vector<nn::Example>& examples,
                         const std::vector<train::ExampleReview>& reviews, long long step, int listed = 5);
// A percentage: "96.5%".
QString percent(double fraction);

} // namespace al
