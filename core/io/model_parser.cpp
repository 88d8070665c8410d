#include "core/io/model_parser.h"

#include "core/attention/limits.h"
#include "core/attention/weight_generation.h"
#include "core/base/input_error.h"
#include "core/base/translatable.h"

namespace al {

namespace {

// what: "H·d_k" or "H·d_v", the width of the projected vectors q, k (or v).
void checkProjectedSize(const JsonField& field, const char* what, int heads, int perHead) {
    const std::int64_t width = std::int64_t(heads) * perHead;
    if (width > limits::maxProjectedDim)
        field.fail(message(QT_TRANSLATE_NOOP("Message", "%1 would be %2; the limit is %3"), what, width,
                           limits::maxProjectedDim));
}

// Heads, sizes, scoring, normalisation, temperature, projection, seed.
ModelConfig parseConfig(const JsonField& model, int tokens, int dModel) {
    ModelConfig config;
    config.dModel = dModel;
    if (auto heads = model.optional("heads")) {
        config.heads = heads->integer(1, limits::maxHeads);
        if (std::int64_t(config.heads) * tokens * tokens > limits::maxAttentionCells)
            heads->fail(message(
                QT_TRANSLATE_NOOP(
                    "Message",
                    "%1 heads over %2 tokens would need heads·N² = %3 attention cells per matrix; the limit is %4"),
                config.heads, tokens, std::int64_t(config.heads) * tokens * tokens, limits::maxAttentionCells));
    }
    if (auto dK = model.optional("d_k")) {
        config.dK = dK->integer(1, limits::maxHeadDim);
        checkProjectedSize(*dK, "H·d_k", config.heads, config.dK);
    } else if (dModel % config.heads != 0) {
        throw InputError(
            {}, model.path() + ".d_k",
            message(QT_TRANSLATE_NOOP("Message", "required because heads (%1) does not divide d_model (%2)"),
                    config.heads, dModel));
    } else {
        config.dK = dModel / config.heads;
    }
    config.dV = config.dK;
    if (auto dV = model.optional("d_v")) {
        config.dV = dV->integer(1, limits::maxHeadDim);
        checkProjectedSize(*dV, "H·d_v", config.heads, config.dV);
    }
    if (auto scoring = model.optional("scoring"))
        config.scoring = parseEnum<Scoring>(*scoring, parseScoring, "dot, scaled_dot, additive");
    if (auto normalization = model.optional("normalization"))
        config.normalization = parseEnum<Normalization>(*normalization, parseNormalization, "softmax, relu");
    if (auto temperature = model.optional("temperature")) {
        config.temperature = temperature->number();
        if (!(config.temperature > 0))
            temperature->fail(message(QT_TRANSLATE_NOOP("Message", "the temperature must be greater than 0")));
    }
    config.outputProjection = config.heads > 1;
    if (auto projection = model.optional("output_projection")) config.outputProjection = projection->boolean();
    if (auto seed = model.optional("seed")) config.seed = seed->unsignedInteger();
    return config;
}

// "positional_encoding": {"kind": …, "vectors": N×d_model (learned only)}.
void parsePositional(const JsonField& field, int tokens, Model& model) {
    field.allowOnly({"kind", "vectors"});
    model.config.positional =
        parseEnum<PositionalEncoding>(field["kind"], parsePositionalEncoding, "none, sinusoidal, learned");
    auto vectors = field.optional("vectors");
    if (model.config.positional != PositionalEncoding::Learned) {
        if (vectors)
            vectors->fail(message(QT_TRANSLATE_NOOP("Message", "vectors are given only with \"kind\": \"learned\"")));
        return;
    }
    model.learnedPositions =
        vectors ? vectors->matrix(tokens, model.config.dModel) : generateLearnedPositions(model.config, tokens);
}

// "weights": each given matrix is used as is, each missing one is generated from the seed.
void parseWeights(const std::optional<JsonField>& field, Model& model) {
    const ModelConfig& c = model.config;
    model.weights = Weights{};
    auto given = [&](const char* name) -> std::optional<JsonField> {
        return field ? field->optional(name) : std::nullopt;
    };
    if (field) field->allowOnly({"W_q", "W_k", "W_v", "W_o", "w_a"});
    auto W_q = given("W_q"), W_k = given("W_k"), W_v = given("W_v"), W_o = given("W_o"), w_a = given("w_a");
    model.weights.W_q = W_q ? W_q->matrix(c.heads * c.dK, c.dModel) : generateQueryWeights(c);
    model.weights.W_k = W_k ? W_k->matrix(c.heads * c.dK, c.dModel) : generateKeyWeights(c);
    model.weights.W_v = W_v ? W_v->matrix(c.heads * c.dV, c.dModel) : generateValueWeights(c);
    if (c.outputProjection)
        model.weights.W_o = W_o ? W_o->matrix(c.dModel, c.heads * c.dV) : generateOutputWeights(c);
    else if (W_o)
        W_o->fail(message(QT_TRANSLATE_NOOP(
            "Message",
            "given, but the output projection is off (\"output_projection\": false, the default with one head)")));
    if (c.scoring == Scoring::Additive)
        model.weights.w_a = w_a ? w_a->matrix(c.heads, c.dK) : generateAdditiveWeights(c);
    else if (w_a)
        w_a->fail(message(QT_TRANSLATE_NOOP("Message", "given, but w_a is used only with \"scoring\": \"additive\"")));
}

} // namespace

Model parseModel(const std::optional<JsonField>& given, int tokens, int dModel) {
    // An absent "model" block means every default: read it as an empty object.
    static const nlohmann::json noFields = nlohmann::json::object();
    const JsonField field = given ? *given : JsonField(noFields, "model");
    Model model;
    field.allowOnly({"heads", "d_k", "d_v", "scoring", "normalization", "temperature", "positional_encoding", "masks",
                     "output_projection", "seed", "weights"});
    model.config = parseConfig(field, tokens, dModel);
    if (auto positional = field.optional("positional_encoding")) parsePositional(*positional, tokens, model);
    if (auto masks = field.optional("masks")) {
        const auto count = masks->arraySize();
        for (std::size_t i = 0; i < count; ++i)
            model.masks.push_back(parseMask(masks->at(i), tokens));
    }
    parseWeights(field.optional("weights"), model);
    return model;
}

} // namespace al
