#include "core/io/transformer_trace_writer.h"

#include "core/io/atomic_file.h"
#include "core/io/json_writer.h"
#include "core/io/token_ids.h"
#include "core/io/transformer_writer.h"

#include <stdexcept>

namespace al {

namespace {

std::vector<std::string> spell(const std::vector<int>& ids, const std::vector<std::string>& tokens) {
    std::vector<std::string> words;
    words.reserve(ids.size());
    for (int id : ids)
        words.push_back(tokens.at(std::size_t(id)));
    return words;
}

void writeHead(JsonWriter& json, const nn::AttentionHeadTrace& head) {
    json.beginObject();
    json.key("q"), json.value(head.q);
    json.key("k"), json.value(head.k);
    json.key("v"), json.value(head.v);
    json.key("scores"), json.value(head.scores);
    json.key("weights"), json.value(head.weights);
    json.key("output"), json.value(head.output);
    json.endObject();
}

void writeSublayer(JsonWriter& json, const nn::SublayerTrace& s, bool preNorm) {
    json.beginObject();
    json.key("kind"), json.value(nn::name(s.kind));
    json.key("input"), json.value(s.input);
    if (preNorm) json.key("normed_input"), json.value(s.normedInput);
    if (s.kind == nn::SublayerKind::FeedForward) {
        json.key("hidden_pre"), json.value(s.hiddenPre);
        json.key("hidden"), json.value(s.hidden);
    } else {
        json.key("mask"), json.value(s.mask);
        json.key("heads");
        json.beginArray();
        for (const nn::AttentionHeadTrace& head : s.heads)
            writeHead(json, head);
        json.endArray();
        json.key("concat"), json.value(s.concat);
    }
    json.key("sublayer_output"), json.value(s.sublayerOutput);
    json.key("residual"), json.value(s.residual);
    json.key("output"), json.value(s.output);
    json.endObject();
}

void writeStack(JsonWriter& json, const nn::StackTrace& stack, bool preNorm) {
    json.beginObject();
    json.key("embedded"), json.value(stack.embedded);
    json.key("positional"), json.value(stack.positional);
    json.key("x"), json.value(stack.x);
    json.key("layers");
    json.beginArray();
    for (const nn::LayerTrace& layer : stack.layers) {
        json.beginObject();
        json.key("sublayers");
        json.beginArray();
        for (const nn::SublayerTrace& sublayer : layer.sublayers)
            writeSublayer(json, sublayer, preNorm);
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("output"), json.value(stack.output);
    json.endObject();
}

} // namespace

void writeTransformerTrace(std::ostream& out, const nn::TransformerModel& model, const nn::TransformerTrace& trace) {
    if (trace.task != model.task) throw std::invalid_argument("a trace of another task than the model's");
    const bool preNorm = model.architecture.norm == nn::NormPlacement::Pre;
    const std::vector<std::string>& targets = targetTokens(model);
    JsonWriter json(out);
    json.beginObject();
    json.key("format"), json.value(transformerTraceFormat);
    json.key("title"), json.value(model.title);
    json.key("task"), json.value(nn::name(trace.task));
    json.key("architecture"), writeArchitecture(json, model.architecture);
    // What the encoder read, or what the language model read (prompt and generated tokens).
    const nn::StackTrace& reader = trace.encoder ? *trace.encoder : trace.decoder.value();
    json.key("input"), json.value(spell(reader.tokens, model.vocabulary));
    if (trace.task == nn::Task::Seq2Seq)
        json.key("decoder_input"), json.value(spell(trace.decoder.value().tokens, targets));
    if (trace.wasGenerated) json.key("generated"), json.value(spell(trace.generated, targets));
    if (trace.encoder) json.key("encoder"), writeStack(json, *trace.encoder, preNorm);
    if (trace.decoder) json.key("decoder"), writeStack(json, *trace.decoder, preNorm);
    if (trace.task == nn::Task::Classification) json.key("pooled"), json.value(trace.pooled);
    json.key("logits"), json.value(trace.logits);
    json.key("probabilities"), json.value(trace.probabilities);
    json.key("predictions"), json.value(spell(trace.predictions, targets));
    json.endObject();
    out << '\n';
}

void saveTransformerTrace(const std::filesystem::path& file, const nn::TransformerModel& model,
                          const nn::TransformerTrace& trace) {
    writeFileAtomically(file, [&](std::ostream& out) { writeTransformerTrace(out, model, trace); });
}

} // namespace al
