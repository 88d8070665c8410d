#include "core/io/influence_writer.h"

#include "core/io/json_writer.h"

namespace al {

void writeInfluence(std::ostream& out, const SequenceInfluence& document) {
    JsonWriter json(out);
    json.beginObject();
    json.key("format"), json.value(influenceFormat);
    json.key("tokens"), json.value(document.tokens);
    json.key("rnn");
    json.beginObject();
    json.key("hidden_size"), json.value(document.rnn.hiddenSize());
    json.key("W_x"), json.value(document.rnn.W_x);
    json.key("W_h"), json.value(document.rnn.W_h);
    json.key("b"), json.numbers(document.rnn.b.data(), document.rnn.b.size());
    json.key("hidden"), json.value(document.hidden);
    json.key("influence"), json.value(document.rnnInfluence);
    json.endObject();
    json.key("attention");
    json.beginObject();
    json.key("influence"), json.value(document.attentionInfluence);
    json.endObject();
    json.endObject();
    out << '\n';
}

} // namespace al
