#include "core/io/architecture_parser.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/nn/limits.h"

namespace al {

namespace {

// A layer count: at least 1 for a stack the task has; 0 allowed for one it does not.
int parseLayerCount(const std::optional<JsonField>& field, int fallback, bool used) {
    if (!field) return fallback;
    return field->integer(used ? 1 : 0, nn::limits::maxLayers);
}

void checkAttention(const JsonField& block, nn::Task task, nn::Architecture& a) {
    if (auto attention = block.optional("attention")) {
        a.attention = attention->boolean();
        if (!a.attention && nn::hasDecoder(task))
            attention->fail(
                message(QT_TRANSLATE_NOOP("Message", "false (the feed-forward-only baseline) is only for the encoder "
                                                     "tasks labelling and classification; a %1 model's decoder "
                                                     "needs attention"),
                        nn::name(task)));
    }
    if (a.attention && a.dModel % a.heads != 0)
        throw InputError(
            {}, block.path() + ".heads",
            message(QT_TRANSLATE_NOOP("Message", "heads (%1) must divide d_model (%2)"), a.heads, a.dModel));
}

} // namespace

nn::Architecture parseArchitecture(const std::optional<JsonField>& given, nn::Task task) {
    // An absent block means every default: read it as an empty object.
    static const nlohmann::json noFields = nlohmann::json::object();
    const JsonField block = given ? *given : JsonField(noFields, "architecture");
    block.allowOnly({"d_model", "heads", "d_ff", "encoder_layers", "decoder_layers", "attention", "norm", "final_norm",
                     "activation", "positional_encoding", "max_length"});
    nn::Architecture a;
    if (auto field = block.optional("d_model")) a.dModel = field->integer(1, nn::limits::maxModelDim);
    if (auto field = block.optional("heads")) a.heads = field->integer(1, nn::limits::maxHeads);
    if (auto field = block.optional("d_ff")) a.dFF = field->integer(1, nn::limits::maxFeedForwardDim);
    a.encoderLayers = parseLayerCount(block.optional("encoder_layers"), a.encoderLayers, nn::hasEncoder(task));
    a.decoderLayers = parseLayerCount(block.optional("decoder_layers"), a.decoderLayers, nn::hasDecoder(task));
    checkAttention(block, task, a);
    if (auto field = block.optional("norm"))
        a.norm = parseEnum<nn::NormPlacement>(*field, nn::parseNormPlacement, "post, pre");
    if (auto field = block.optional("final_norm")) a.finalNorm = field->boolean();
    if (auto field = block.optional("activation"))
        a.activation = parseEnum<nn::Activation>(*field, nn::parseActivation, "relu, gelu");
    if (auto field = block.optional("positional_encoding"))
        a.positional = parseEnum<PositionalEncoding>(*field, parsePositionalEncoding, "none, sinusoidal, learned");
    if (auto field = block.optional("max_length")) a.maxLength = field->integer(1, nn::limits::maxLength);
    return a;
}

} // namespace al
