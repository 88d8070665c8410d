#include "core/nn/transformer_layout.h"

#include <string>

namespace al::nn {
namespace {

LinearSlots linear(ParameterLayout& layout, const std::string& name, int out, int in) {
    return {layout.addMatrix(name + ".weight", out, in), layout.addVector(name + ".bias", out)};
}

LayerNormSlots layerNorm(ParameterLayout& layout, const std::string& name, int d) {
    return {layout.addVector(name + ".weight", d), layout.addVector(name + ".bias", d)};
}

AttentionSlots attention(ParameterLayout& layout, const std::string& name, int d) {
    AttentionSlots slots;
    slots.inProjWeight = layout.addMatrix(name + ".in_proj_weight", 3 * d, d);
    slots.inProjBias = layout.addVector(name + ".in_proj_bias", 3 * d);
    slots.outProj = linear(layout, name + ".out_proj", d, d);
    return slots;
}

FeedForwardSlots feedForward(ParameterLayout& layout, const std::string& prefix, int d, int dFF) {
    return {linear(layout, prefix + "linear1", dFF, d), linear(layout, prefix + "linear2", d, dFF)};
}

} // namespace

TransformerSlots layOutTransformer(Task task, const Architecture& a, int vocabulary, int outputs,
                                   ParameterLayout& layout) {
    const int d = a.dModel;
    TransformerSlots slots;
    slots.srcEmbedding = layout.addMatrix("src_embedding.weight", vocabulary, d);
    if (task == Task::Seq2Seq) slots.tgtEmbedding = layout.addMatrix("tgt_embedding.weight", outputs, d);
    if (a.positional == PositionalEncoding::Learned)
        slots.positional = layout.addMatrix("positional.weight", a.maxLength, d);

    if (hasEncoder(task)) {
        for (int l = 0; l < a.encoderLayers; ++l) {
            const std::string prefix = "encoder.layers." + std::to_string(l) + ".";
            EncoderLayerSlots layer;
            if (a.attention) layer.selfAttention = attention(layout, prefix + "self_attn", d);
            layer.feedForward = feedForward(layout, prefix, d, a.dFF);
            if (a.attention) layer.norm1 = layerNorm(layout, prefix + "norm1", d);
            layer.norm2 = layerNorm(layout, prefix + "norm2", d);
            slots.encoder.push_back(layer);
        }
        if (a.finalNorm) slots.encoderNorm = layerNorm(layout, "encoder.norm", d);
    }
    if (hasDecoder(task)) {
        const bool cross = task == Task::Seq2Seq;
        for (int l = 0; l < a.decoderLayers; ++l) {
            const std::string prefix = "decoder.layers." + std::to_string(l) + ".";
            DecoderLayerSlots layer;
            layer.selfAttention = attention(layout, prefix + "self_attn", d);
            if (cross) layer.crossAttention = attention(layout, prefix + "multihead_attn", d);
            layer.feedForward = feedForward(layout, prefix, d, a.dFF);
            layer.norm1 = layerNorm(layout, prefix + "norm1", d);
            layer.norm2 = layerNorm(layout, prefix + "norm2", d);
            if (cross) layer.norm3 = layerNorm(layout, prefix + "norm3", d);
            slots.decoder.push_back(layer);
        }
        if (a.finalNorm) slots.decoderNorm = layerNorm(layout, "decoder.norm", d);
    }
    const int classes = task == Task::LanguageModel ? vocabulary : outputs;
    slots.generator = linear(layout, "generator", classes, d);
    return slots;
}

} // namespace al::nn
