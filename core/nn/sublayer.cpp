#include "core/nn/sublayer.h"

#include "core/nn/feed_forward.h"
#include "core/nn/layer_norm.h"
#include "core/nn/multi_head_attention.h"

namespace al::nn {

void sublayerForward(const Matrix& input, const Matrix* memory, const SublayerSpec& spec,
                     const Architecture& architecture, const Tensors& weights, SublayerTrace& trace) {
    const bool preNorm = architecture.norm == NormPlacement::Pre;
    trace.kind = spec.kind;
    trace.input = input; // R × d

    // Pre-norm: F reads LN(x); post-norm: F reads x itself.
    if (preNorm) trace.normedInput = layerNormForward(trace.input, weights, *spec.norm, trace.norm);
    const Matrix& read = preNorm ? trace.normedInput : trace.input; // R × d

    // F(…) → trace.sublayerOutput (R × d)
    const int rows = int(read.rows());
    switch (spec.kind) {
    case SublayerKind::SelfAttention:
        attentionForward(read, read, spec.causal ? causalMask(rows, rows) : fullMask(rows, rows), architecture.heads,
                         weights, *spec.attention, trace);
        break;
    case SublayerKind::CrossAttention: // queries: the decoder's rows; keys and values: the encoder's output
        attentionForward(read, *memory, fullMask(rows, int(memory->rows())), architecture.heads, weights,
                         *spec.attention, trace);
        break;
    case SublayerKind::FeedForward:
        feedForwardForward(read, architecture.activation, weights, *spec.feedForward, trace);
        break;
    }

    // Add & Norm
    trace.residual = trace.input + trace.sublayerOutput; // R × d
    if (preNorm)
        trace.output = trace.residual;
    else
        trace.output = layerNormForward(trace.residual, weights, *spec.norm, trace.norm);
}

Matrix sublayerBackward(const Matrix& dOutput, const SublayerTrace& trace, const Matrix* memory, Matrix* dMemory,
                        const SublayerSpec& spec, const Architecture& architecture, const Tensors& weights,
                        Tensors& grads, std::vector<Matrix>* dAttentionWeights) {
    const bool preNorm = architecture.norm == NormPlacement::Pre;

    // Through the norm of post-norm's LN(residual): ∂/∂residual (R × d). Pre-norm's output is the residual.
    Matrix dResidual =
        preNorm ? dOutput : layerNormBackward(dOutput, trace.residual, trace.norm, weights, *spec.norm, grads);

    // residual = input + F(read): the same gradient reaches F's output and, by the skip path, the input.
    const Matrix& read = preNorm ? trace.normedInput : trace.input; // R × d
    Matrix dRead;                                                   // R × d
    switch (spec.kind) {
    case SublayerKind::SelfAttention: {
        // read is both the queries and the keys/values: its gradient is the sum of both parts.
        Matrix dKeysValues = Matrix::Zero(read.rows(), read.cols());
        dRead = attentionBackward(dResidual, read, read, trace, architecture.heads, weights, *spec.attention, grads,
                                  dKeysValues, dAttentionWeights);
        dRead += dKeysValues;
        break;
    }
    case SublayerKind::CrossAttention: // the keys' and values' part flows into the encoder's output
        dRead = attentionBackward(dResidual, read, *memory, trace, architecture.heads, weights, *spec.attention, grads,
                                  *dMemory, dAttentionWeights);
        break;
    case SublayerKind::FeedForward:
        dRead = feedForwardBackward(dResidual, read, trace, architecture.activation, weights, *spec.feedForward, grads);
        break;
    }

    // Pre-norm: read = LN(input), so F's part passes back through that LayerNorm first.
    if (preNorm) dRead = layerNormBackward(dRead, trace.input, trace.norm, weights, *spec.norm, grads);
    dResidual += dRead; // ∂/∂input = skip path + F's path
    return dResidual;
}

} // namespace al::nn
