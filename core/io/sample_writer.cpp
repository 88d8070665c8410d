#include "core/io/sample_writer.h"

#include "core/io/json_writer.h"
#include "core/io/sample_loader.h"

#include <variant>

namespace al {

namespace {

struct MaskWriter {
    JsonWriter& json;
    void operator()(const CausalMask&) const {}
    void operator()(const PaddingMask& mask) const {
        json.key("valid_length");
        json.value(mask.validLength);
    }
    void operator()(const WindowMask& mask) const {
        json.key("radius");
        json.value(mask.radius);
    }
    void operator()(const GraphMask& mask) const {
        json.key("edges");
        json.beginArray();
        for (const auto& [from, to] : mask.edges)
            json.value(std::vector<int>{from, to});
        json.endArray();
        json.key("directed");
        json.value(mask.directed);
    }
    void operator()(const CustomMask& mask) const {
        json.key("matrix");
        json.value(mask.matrix);
    }
};

void writeWeights(JsonWriter& json, const Model& model) {
    const Weights& w = model.weights;
    json.key("weights");
    json.beginObject();
    json.key("W_q");
    json.value(w.W_q);
    json.key("W_k");
    json.value(w.W_k);
    json.key("W_v");
    json.value(w.W_v);
    if (model.config.outputProjection) {
        json.key("W_o");
        json.value(w.W_o);
    }
    if (model.config.scoring == Scoring::Additive) {
        json.key("w_a");
        json.value(w.w_a);
    }
    json.endObject();
}

void writeModel(JsonWriter& json, const Model& model) {
    const ModelConfig& c = model.config;
    json.key("model");
    json.beginObject();
    json.key("heads");
    json.value(c.heads);
    json.key("d_k");
    json.value(c.dK);
    json.key("d_v");
    json.value(c.dV);
    json.key("scoring");
    json.value(name(c.scoring));
    json.key("normalization");
    json.value(name(c.normalization));
    json.key("temperature");
    json.value(c.temperature);
    json.key("positional_encoding");
    json.beginObject();
    json.key("kind");
    json.value(name(c.positional));
    if (c.positional == PositionalEncoding::Learned) {
        json.key("vectors");
        json.value(model.learnedPositions);
    }
    json.endObject();
    json.key("masks");
    json.beginArray();
    for (const MaskSpec& mask : model.masks) {
        json.beginObject();
        json.key("kind");
        json.value(kindName(mask));
        std::visit(MaskWriter{json}, mask);
        json.endObject();
    }
    json.endArray();
    json.key("output_projection");
    json.value(c.outputProjection);
    json.key("seed");
    json.value(c.seed);
    writeWeights(json, model);
    json.endObject();
}

// The "rnn" block as the file gave it: only the fields it had, so that what the seed fills in
// stays the seed's.
void writeRnn(JsonWriter& json, const RnnBlock& rnn) {
    json.key("rnn");
    json.beginObject();
    if (rnn.hiddenSize) {
        json.key("hidden_size");
        json.value(*rnn.hiddenSize);
    }
    if (rnn.W_x.size() > 0) {
        json.key("W_x");
        json.value(rnn.W_x);
    }
    if (rnn.W_h.size() > 0) {
        json.key("W_h");
        json.value(rnn.W_h);
    }
    if (rnn.b.size() > 0) {
        json.key("b");
        json.numbers(rnn.b.data(), rnn.b.size());
    }
    json.endObject();
}

void writeSession(JsonWriter& json, const SessionBlock& session) {
    json.key("session");
    json.beginObject();
    for (const SessionField& field : session.fields) {
        json.key(field.name);
        std::visit([&](const auto& value) { json.value(value); }, field.value);
    }
    json.endObject();
}

} // namespace

void writeSample(std::ostream& out, const Sample& sample) {
    JsonWriter json(out);
    json.beginObject();
    json.key("format");
    json.value(sampleFormat);
    json.key("title");
    json.value(sample.title);
    if (!sample.description.empty()) {
        json.key("description");
        json.value(sample.description);
    }
    json.key("tokens");
    json.value(sample.tokens);
    json.key("embeddings");
    json.value(sample.embeddings);
    writeModel(json, sample.model);
    if (sample.rnn) writeRnn(json, *sample.rnn);
    if (sample.session) writeSession(json, *sample.session);
    json.endObject();
    out << '\n';
}

} // namespace al
