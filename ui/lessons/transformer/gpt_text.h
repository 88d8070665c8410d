#pragma once
// The explanations of the GPT lesson's steps, with the numbers of the chosen layer, head,
// position and generation step, translated in the lesson's context (al::GptLesson).
#include "core/nn/transformer_model.h"
#include "ui/lessons/transformer/transformer_run.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace al::gpt {

struct CausalFigures {
    int layers = 0;           // decoder layers
    int count = 0;            // N, tokens read
    int allowed = 0;          // pairs the causal mask allows: N(N+1)/2
    double aboveDiagonal = 0; // the largest |α′(i, j)| with j > i: exactly 0
    double rowSum = 0;        // Σⱼ α′(i, j) of the chosen query
    int topKey = 0;           // the key the chosen query attends to most
    double topWeight = 0;
};

struct NextTokenRow {
    int position = 0; // i: reads tokens 1 … i + 1 (from 0), predicts token i + 2
    int predicted = 0, actual = 0;
    double predictedProbability = 0, actualProbability = 0;
};

struct NextTokenFigures {
    std::vector<NextTokenRow> rows; // every position that has a next token
    int right = 0;                  // rows whose top choice is the actual next token
};

QString noDecoder();
QString noAttention();
QString nothingToGenerate(int promptLength, int maxLength);
QString causalText(const CausalFigures& figures, int layer, int head, const QStringList& labels, int query);
QString nextTokenText(const NextTokenFigures& figures, const std::vector<std::string>& tokens,
                      const std::vector<int>& ids, int position, int predicted, double probability);
QString continuationText(const nn::TransformerModel& model, const std::vector<int>& prompt,
                         const GenerationSteps& generation, int step, double probability);
// The generated tokens, separated by spaces: "a f e".
QString continuationTokens(const nn::TransformerModel& model, const GenerationSteps& generation);
QString subscript(int number); // "₁₂"

} // namespace al::gpt
