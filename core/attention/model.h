#pragma once
// What a sample resolves to: a fully specified model (every default filled in, every
// weight concrete) and the input vectors it runs on. Symbols as in MATH.md.
#include "core/attention/rnn_block.h"
#include "core/attention/session_block.h"
#include "core/base/matrix.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace al {

enum class Scoring { Dot, ScaledDot, Additive };             // MATH.md §3
enum class Normalization { Softmax, Relu };                  // MATH.md §5
enum class PositionalEncoding { None, Sinusoidal, Learned }; // MATH.md §1

// The spellings used in files; parse returns nullopt for an unknown name.
std::string_view name(Scoring scoring);
std::string_view name(Normalization normalization);
std::string_view name(PositionalEncoding encoding);
std::optional<Scoring> parseScoring(std::string_view text);
std::optional<Normalization> parseNormalization(std::string_view text);
std::optional<PositionalEncoding> parsePositionalEncoding(std::string_view text);

// The masks of MATH.md §4; the mask applied is the AND of all listed.
struct CausalMask {}; // M(i,j) = [j ≤ i]
struct PaddingMask {
    int validLength;
}; // M(i,j) = [j < L]
struct WindowMask {
    int radius;
};                 // M(i,j) = [|i − j| ≤ w]
struct GraphMask { // M(i,j) = [i = j or (i, j) an edge]
    std::vector<std::pair<int, int>> edges;
    bool directed = false;
};
struct CustomMask {
    MaskMatrix matrix;
}; // N×N, given cell by cell
using MaskSpec = std::variant<CausalMask, PaddingMask, WindowMask, GraphMask, CustomMask>;

std::string_view kindName(const MaskSpec& mask);

struct ModelConfig {
    int heads = 1;  // H
    int dModel = 0; // d_model, the width of the input vectors
    int dK = 0;     // per-head query/key size
    int dV = 0;     // per-head value size
    Scoring scoring = Scoring::ScaledDot;
    Normalization normalization = Normalization::Softmax;
    double temperature = 1.0; // τ > 0, divides every score
    PositionalEncoding positional = PositionalEncoding::None;
    bool outputProjection = false; // b = W_o c when true, b = c otherwise
    std::uint64_t seed = 1;        // generates every weight or vector not given

    bool operator==(const ModelConfig&) const = default;
};

struct Weights {
    Matrix W_q; // (H·d_k) × d_model, q = W_q x
    Matrix W_k; // (H·d_k) × d_model
    Matrix W_v; // (H·d_v) × d_model
    Matrix W_o; // d_model × (H·d_v) with the output projection; empty without it
    Matrix w_a; // H × d_k for additive scoring; empty otherwise
};

struct Model {
    ModelConfig config;
    Weights weights;
    std::vector<MaskSpec> masks;
    Matrix learnedPositions; // N × d_model for learned positional encoding; empty otherwise
};

struct Sample {
    std::string title;
    std::string description;
    std::vector<std::string> tokens; // N labels t₀ … t_{N−1}
    Matrix embeddings;               // N × d_model, row i = aⁱ (the lecture's a^{i+1})
    Model model;
    std::optional<SessionBlock> session; // present in saved sessions only
    std::optional<RnnBlock> rnn;         // the lesson's RNN, when the file gives one (core/rnn)

    int tokenCount() const { return static_cast<int>(tokens.size()); }
};

} // namespace al
