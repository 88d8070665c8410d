#pragma once
// The shape of a whole Transformer (MATH.md §9): which task it does, how wide and deep it
// is, where its LayerNorms sit. Every field has the default of FORMATS.md's
// transformer@1 "architecture" block.
#include "core/attention/model.h"

#include <optional>
#include <string_view>

namespace al::nn {

// The notes' kinds of output (note 001 §2; MATH.md §9 "What comes out, per task").
enum class Task {
    Labelling,      // one label per input vector ("I saw a saw")
    Classification, // one label per sequence, from the mean of the encoder's outputs
    Seq2Seq,        // encoder and decoder; the decoder generates the output
    LanguageModel   // decoder alone (GPT): row i predicts token i + 1
};
enum class NormPlacement { Post, Pre }; // LN(x + F(x)) as the paper; x + F(LN(x)) as GPT-2
enum class Activation { Relu, Gelu };   // GELU exact: x·Φ(x)

struct Architecture {
    int dModel = 32;       // d
    int heads = 4;         // H; d_h = d / H
    int dFF = 64;          // the feed-forward network's hidden width
    int encoderLayers = 2; // labelling, classification, seq2seq
    int decoderLayers = 2; // seq2seq, language_model
    bool attention = true; // false: the feed-forward-only baseline (encoder tasks)
    NormPlacement norm = NormPlacement::Post;
    bool finalNorm = false; // a LayerNorm after each stack
    Activation activation = Activation::Relu;
    PositionalEncoding positional = PositionalEncoding::Sinusoidal;
    int maxLength = 32; // the longest sequence a stack reads (and the learned positions' rows)

    int headSize() const { return dModel / heads; } // d_h
    bool operator==(const Architecture&) const = default;
};

bool hasEncoder(Task task); // labelling, classification, seq2seq
bool hasDecoder(Task task); // seq2seq, language_model

// The spellings used in files; parse returns nullopt for an unknown name.
std::string_view name(Task task);
std::string_view name(NormPlacement norm);
std::string_view name(Activation activation);
std::optional<Task> parseTask(std::string_view text);
std::optional<NormPlacement> parseNormPlacement(std::string_view text);
std::optional<Activation> parseActivation(std::string_view text);

} // namespace al::nn
