#include "core/nn/stack.h"

#include "core/nn/layer_norm.h"
#include "core/nn/stack_input.h"

namespace al::nn {
namespace {
SublayerSpec attentionSublayer(SublayerKind kind, const AttentionSlots& attention, const LayerNormSlots& norm,
                               bool causal) {
    SublayerSpec spec;
    spec.kind = kind;
    spec.attention = &attention;
    spec.norm = &norm;
    spec.causal = causal;
    return spec;
}
SublayerSpec feedForwardSublayer(const FeedForwardSlots& feedForward, const LayerNormSlots& norm) {
    SublayerSpec spec;
    spec.kind = SublayerKind::FeedForward;
    spec.feedForward = &feedForward;
    spec.norm = &norm;
    return spec;
}
const LayerNormSlots* optionalNorm(const std::optional<LayerNormSlots>& norm) {
    return norm ? &*norm : nullptr;
}
} // namespace

StackSpec encoderStack(const TransformerModel& model) {
    StackSpec spec;
    spec.embedding = model.layout.srcEmbedding;
    for (const EncoderLayerSlots& layer : model.layout.encoder) {
        std::vector<SublayerSpec> sublayers;
        if (layer.selfAttention) // norm1 sits around self-attention; the baseline has neither
            sublayers.push_back(
                attentionSublayer(SublayerKind::SelfAttention, *layer.selfAttention, *layer.norm1, false));
        sublayers.push_back(feedForwardSublayer(layer.feedForward, layer.norm2));
        spec.layers.push_back(std::move(sublayers));
    }
    spec.finalNorm = optionalNorm(model.layout.encoderNorm);
    return spec;
}

StackSpec decoderStack(const TransformerModel& model) {
    StackSpec spec;
    spec.embedding = model.layout.tgtEmbedding ? *model.layout.tgtEmbedding : model.layout.srcEmbedding;
    for (const DecoderLayerSlots& layer : model.layout.decoder) {
        std::vector<SublayerSpec> sublayers;
        sublayers.push_back(attentionSublayer(SublayerKind::SelfAttention, layer.selfAttention, layer.norm1, true));
        if (layer.crossAttention) { // seq2seq: norm2 around cross-attention, norm3 around the FFN
            sublayers.push_back(
                attentionSublayer(SublayerKind::CrossAttention, *layer.crossAttention, layer.norm2, false));
            sublayers.push_back(feedForwardSublayer(layer.feedForward, *layer.norm3));
        } else { // a language model: norm2 around the FFN
            sublayers.push_back(feedForwardSublayer(layer.feedForward, layer.norm2));
        }
        spec.layers.push_back(std::move(sublayers));
    }
    spec.finalNorm = optionalNorm(model.layout.decoderNorm);
    return spec;
}

StackTrace stackForward(const TransformerModel& model, const StackSpec& spec, const std::vector<int>& tokens,
                        const Matrix* memory) {
    StackTrace trace;
    stackInputForward(model, spec.embedding, tokens, trace); // x: N × d

    const Matrix* rows = &trace.x; // what the next sublayer reads, N × d
    trace.layers.resize(spec.layers.size());
    for (std::size_t l = 0; l < spec.layers.size(); ++l) {
        LayerTrace& layer = trace.layers[l];
        layer.sublayers.resize(spec.layers[l].size());
        for (std::size_t s = 0; s < spec.layers[l].size(); ++s) {
            sublayerForward(*rows, memory, spec.layers[l][s], model.architecture, model.weights, layer.sublayers[s]);
            rows = &layer.sublayers[s].output;
        }
    }

    if (spec.finalNorm) {
        trace.beforeFinalNorm = *rows;
        trace.finalNorm.emplace();
        trace.output = layerNormForward(trace.beforeFinalNorm, model.weights, *spec.finalNorm, *trace.finalNorm);
    } else {
        trace.output = *rows;
    }
    return trace;
}

void stackBackward(const TransformerModel& model, const StackSpec& spec, const StackTrace& trace, Matrix dOutput,
                   const Matrix* memory, Matrix* dMemory, Tensors& grads,
                   std::vector<std::vector<std::vector<Matrix>>>* dAttentionWeights) {
    if (dAttentionWeights) { // one (empty) list of heads per sublayer, filled by the attention ones
        dAttentionWeights->assign(spec.layers.size(), {});
        for (std::size_t l = 0; l < spec.layers.size(); ++l)
            (*dAttentionWeights)[l].assign(spec.layers[l].size(), {});
    }
    // The passes of stackForward in reverse: final norm, layers last first, then the input.
    Matrix d = spec.finalNorm ? layerNormBackward(dOutput, trace.beforeFinalNorm, *trace.finalNorm, model.weights,
                                                  *spec.finalNorm, grads)
                              : std::move(dOutput); // N × d
    for (std::size_t l = spec.layers.size(); l-- > 0;)
        for (std::size_t s = spec.layers[l].size(); s-- > 0;)
            d = sublayerBackward(d, trace.layers[l].sublayers[s], memory, dMemory, spec.layers[l][s],
                                 model.architecture, model.weights, grads,
                                 dAttentionWeights ? &(*dAttentionWeights)[l][s] : nullptr);
    stackInputBackward(model, spec.embedding, trace, d, grads);
}

} // namespace al::nn
