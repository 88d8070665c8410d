#pragma once
// Tokens to a model's ids: its input vocabulary or its outputs (labels, seq2seq's output
// vocabulary), and the sequence lengths it can read. Shared by the dataset pairing and by
// text typed on the command line ("I saw a saw", tokens separated by spaces).
#include "core/base/message.h"
#include "core/nn/transformer_model.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace al {

// A token list's ids: the index of each token.
class TokenIndex {
public:
    explicit TokenIndex(const std::vector<std::string>& tokens);
    std::optional<int> find(const std::string& token) const;

private:
    std::unordered_map<std::string, int> ids_;
};

// What a model's targets are ids of: its outputs, or its vocabulary for a language model.
const std::vector<std::string>& targetTokens(const nn::TransformerModel& model);

// Why the model cannot read these sequences, or nullopt when it can. An input of N tokens:
// 1 ≤ N ≤ max_length, and N ≥ 2 for a language model that learns (it predicts N − 1 tokens).
// A seq2seq target of T tokens: its decoder reads <bos> and them, T + 1 ≤ max_length, and
// neither "<bos>" nor "<eos>" is among them (the model adds them).
std::optional<Message> inputLengthProblem(const nn::TransformerModel& model, std::size_t tokens, bool learning);
std::optional<Message> seq2seqTargetLengthProblem(const nn::TransformerModel& model, std::size_t tokens);
std::optional<Message> seq2seqMarkerProblem(const std::string& token);

// The ids of the tokens of `text` (separated by spaces), refused with an InputError whose
// field is `label` ("--input") when a token is unknown (naming it and its position), or when
// the model cannot read the sequence.
//   tokenizeInput: ids of the vocabulary; 1 ≤ N ≤ max_length.
//   tokenizeTarget: ids of targetTokens(model); for seq2seq T + 1 ≤ max_length, without
//   <bos>/<eos>, and may be empty.
std::vector<int> tokenizeInput(const nn::TransformerModel& model, std::string_view text,
                               const std::string& label = "--input");
std::vector<int> tokenizeTarget(const nn::TransformerModel& model, std::string_view text,
                                const std::string& label = "--target");

// "I saw  a saw" → {"I", "saw", "a", "saw"}: split on spaces, tabs and line breaks.
std::vector<std::string> splitTokens(std::string_view text);

} // namespace al
