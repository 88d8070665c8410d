#pragma once
// Every intermediate of one pass through a Transformer (MATH.md §9), by value: what the
// lessons show and what FORMATS.md's transformer-trace@1 holds, field for field, plus
// what the backward pass needs and the file leaves out (LayerNorm's μ and 1/σ).
// Row i is position i. d = d_model, d_h = d / H, R = rows (queries), C = cols (keys).
#include "core/base/matrix.h"
#include "core/nn/architecture.h"

#include <optional>
#include <string>
#include <vector>

namespace al::nn {

// What one LayerNorm kept for its backward pass: per row, μ and 1/√(σ² + ε).
struct LayerNormCache {
    Vector mean; // rows
    Vector rstd; // rows
};

struct AttentionHeadTrace {
    Matrix q;       // R × d_h
    Matrix k;       // C × d_h
    Matrix v;       // C × d_h
    Matrix scores;  // R × C, α / √d_h before the mask
    Matrix weights; // R × C, α′ after the mask and softmax
    Matrix output;  // R × d_h, α′ V
};

enum class SublayerKind { SelfAttention, CrossAttention, FeedForward };
std::string_view name(SublayerKind kind); // "self_attention", "cross_attention", "feed_forward"

struct SublayerTrace {
    SublayerKind kind = SublayerKind::FeedForward;
    Matrix input;       // R × d
    Matrix normedInput; // R × d, pre-norm only: LN(input), what the sublayer reads
    // Attention only:
    MaskMatrix mask;                       // R × C, 1 where query i may attend to key j
    std::vector<AttentionHeadTrace> heads; // H
    Matrix concat;                         // R × d, [b⁰ … b^{H−1}]
    // Feed-forward only:
    Matrix hiddenPre; // R × d_ff, W₁x + b₁
    Matrix hidden;    // R × d_ff, φ(W₁x + b₁)
    // Both:
    Matrix sublayerOutput; // R × d, F(…): after out_proj or linear2
    Matrix residual;       // R × d, input + F(…)
    Matrix output;         // R × d, post-norm: LN(residual); pre-norm: residual
    LayerNormCache norm;   // of LN(residual) (post) or LN(input) (pre)
};

struct LayerTrace {
    std::vector<SublayerTrace> sublayers;
};

struct StackTrace {
    std::vector<int> tokens; // ids the stack read
    Matrix embedded;         // N × d, E[tᵢ]
    Matrix positional;       // N × d, eⁱ
    Matrix x;                // N × d, E[tᵢ] + eⁱ
    std::vector<LayerTrace> layers;
    Matrix output;                           // N × d, after the final LayerNorm when there is one
    std::optional<LayerNormCache> finalNorm; // with final_norm
    Matrix beforeFinalNorm;                  // N × d, the last layer's output, with final_norm
};

struct TransformerTrace {
    Task task = Task::Labelling;
    std::optional<StackTrace> encoder; // absent for a language model
    std::optional<StackTrace> decoder; // seq2seq and language model
    Matrix pooled;                     // 1 × d, classification: mean of the encoder's rows
    Matrix logits;                     // R × C
    Matrix probabilities;              // R × C, softmax of each row
    std::vector<int> predictions;      // R, the argmax of each row (lowest id on a tie)
    std::vector<int> generated;        // the new tokens when generated (with <eos> if reached)
    bool wasGenerated = false;
};

} // namespace al::nn
