#include "core/io/trace_writer.h"

#include "core/attention/attention.h"
#include "core/io/json_writer.h"

#include <memory>

namespace al {

namespace {

void writeConfig(JsonWriter& json, const ModelConfig& c) {
    json.beginObject();
    json.key("heads"), json.value(c.heads);
    json.key("d_model"), json.value(c.dModel);
    json.key("d_k"), json.value(c.dK);
    json.key("d_v"), json.value(c.dV);
    json.key("scoring"), json.value(name(c.scoring));
    json.key("normalization"), json.value(name(c.normalization));
    json.key("temperature"), json.value(c.temperature);
    json.key("positional_encoding"), json.value(name(c.positional));
    json.key("output_projection"), json.value(c.outputProjection);
    json.key("seed"), json.value(c.seed);
    json.endObject();
}

void writeWeights(JsonWriter& json, const Trace& trace) {
    json.beginObject();
    json.key("W_q"), json.value(trace.weights.W_q);
    json.key("W_k"), json.value(trace.weights.W_k);
    json.key("W_v"), json.value(trace.weights.W_v);
    if (trace.config.outputProjection) json.key("W_o"), json.value(trace.weights.W_o);
    if (trace.config.scoring == Scoring::Additive) json.key("w_a"), json.value(trace.weights.w_a);
    json.endObject();
}

void writeHead(JsonWriter& json, const Trace& trace, int h) {
    const HeadTrace& head = trace.heads[std::size_t(h)];
    // Held only while this head is written: a head run() did not keep is computed for it.
    const std::shared_ptr<const HeadAttention> attention = trace.attention(h);
    json.beginObject();
    json.key("q"), json.value(head.q);
    json.key("k"), json.value(head.k);
    json.key("v"), json.value(head.v);
    json.key("scores"), json.value(attention->scores);
    json.key("weights"), json.value(attention->weights);
    json.key("output"), json.value(head.output);
    json.endObject();
}

} // namespace

void writeTrace(std::ostream& out, const Trace& trace) {
    JsonWriter json(out);
    json.beginObject();
    json.key("format"), json.value(traceFormat);
    json.key("title"), json.value(trace.title);
    json.key("tokens"), json.value(trace.tokens);
    json.key("config"), writeConfig(json, trace.config);
    json.key("weights"), writeWeights(json, trace);
    json.key("inputs"), json.value(trace.inputs);
    json.key("positional"), json.value(trace.positional);
    json.key("x"), json.value(trace.x);
    json.key("mask"), json.value(trace.mask);
    json.key("heads");
    json.beginArray();
    for (int h = 0; h < int(trace.heads.size()); ++h)
        writeHead(json, trace, h);
    json.endArray();
    json.key("concat"), json.value(trace.concat);
    json.key("output"), json.value(trace.output);
    json.key("fully_masked_queries"), json.value(trace.fullyMaskedQueries);
    json.endObject();
    out << '\n';
}

} // namespace al
