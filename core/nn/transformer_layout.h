#pragma once
// Where each tensor of a Transformer lies in its flat parameter array, by PyTorch's
// state-dict names (FORMATS.md transformer@1), so that a PyTorch model maps onto the file
// name for name. Shapes (d = d_model):
//
//   src_embedding.weight                        |vocabulary| × d
//   tgt_embedding.weight                        |outputs| × d              seq2seq
//   positional.weight                           max_length × d             learned positions
//   encoder.layers.l.self_attn.in_proj_weight   3d × d   (W_q; W_k; W_v stacked by rows)
//   encoder.layers.l.self_attn.in_proj_bias     3d
//   encoder.layers.l.self_attn.out_proj.weight  d × d,   ….out_proj.bias d
//   encoder.layers.l.linear1.weight             d_ff × d, ….linear1.bias d_ff
//   encoder.layers.l.linear2.weight             d × d_ff, ….linear2.bias d
//   encoder.layers.l.norm1.weight / .bias       d        (none without attention)
//   encoder.layers.l.norm2.weight / .bias       d
//   decoder.layers.l.self_attn.*, multihead_attn.* (cross-attention, seq2seq only),
//     linear1.*, linear2.*, norm1.*, norm2.*, norm3.* (seq2seq only)
//   encoder.norm.*, decoder.norm.*              d        final_norm
//   generator.weight                            |outputs| × d (|vocabulary| × d for a language model)
//   generator.bias                              |outputs|
#include "core/nn/architecture.h"
#include "core/nn/parameters.h"

#include <optional>
#include <vector>

namespace al::nn {

struct LinearSlots {
    Slot weight; // out × in
    Slot bias;   // out
};

struct LayerNormSlots {
    Slot weight; // γ, d
    Slot bias;   // β, d
};

struct AttentionSlots {
    Slot inProjWeight; // 3d × d: rows [0, d) are W_q, [d, 2d) W_k, [2d, 3d) W_v
    Slot inProjBias;   // 3d: b_q, b_k, b_v
    LinearSlots outProj;
};

struct FeedForwardSlots {
    LinearSlots linear1; // d_ff × d
    LinearSlots linear2; // d × d_ff
};

struct EncoderLayerSlots {
    std::optional<AttentionSlots> selfAttention; // absent in the feed-forward-only baseline
    FeedForwardSlots feedForward;
    std::optional<LayerNormSlots> norm1; // around self-attention
    LayerNormSlots norm2;                // around the feed-forward network
};

// A decoder layer of seq2seq (three sublayers) or of a language model (two: no crossAttention, no norm3).
struct DecoderLayerSlots {
    AttentionSlots selfAttention; // masked (causal)
    std::optional<AttentionSlots> crossAttention;
    FeedForwardSlots feedForward;
    LayerNormSlots norm1;
    LayerNormSlots norm2;
    std::optional<LayerNormSlots> norm3;
};

struct TransformerSlots {
    Slot srcEmbedding;
    std::optional<Slot> tgtEmbedding; // seq2seq
    std::optional<Slot> positional;   // learned positions
    std::vector<EncoderLayerSlots> encoder;
    std::vector<DecoderLayerSlots> decoder;
    std::optional<LayerNormSlots> encoderNorm; // final_norm
    std::optional<LayerNormSlots> decoderNorm; // final_norm
    LinearSlots generator;
};

// Adds every tensor of the model to `layout`, in state-dict order, and says where each is.
// `vocabulary` is |vocabulary|, `outputs` |outputs| (unused by a language model).
TransformerSlots layOutTransformer(Task task, const Architecture& architecture, int vocabulary, int outputs,
                                   ParameterLayout& layout);

} // namespace al::nn
