#include "core/io/transformer_writer.h"

#include "core/io/atomic_file.h"
#include "core/io/transformer_loader.h"

namespace al {

void writeArchitecture(JsonWriter& json, const nn::Architecture& a) {
    json.beginObject();
    json.key("d_model"), json.value(a.dModel);
    json.key("heads"), json.value(a.heads);
    json.key("d_ff"), json.value(a.dFF);
    json.key("encoder_layers"), json.value(a.encoderLayers);
    json.key("decoder_layers"), json.value(a.decoderLayers);
    json.key("attention"), json.value(a.attention);
    json.key("norm"), json.value(nn::name(a.norm));
    json.key("final_norm"), json.value(a.finalNorm);
    json.key("activation"), json.value(nn::name(a.activation));
    json.key("positional_encoding"), json.value(name(a.positional));
    json.key("max_length"), json.value(a.maxLength);
    json.endObject();
}

namespace {

// Every tensor by its state-dict name: vectors as arrays, matrices as arrays of rows.
void writeWeights(JsonWriter& json, const nn::Tensors& weights) {
    json.beginObject();
    for (const nn::NamedSlot& named : weights.layout().entries()) {
        const nn::Slot& slot = named.slot;
        const double* values = weights.values().data() + slot.offset;
        json.key(named.name);
        if (slot.isVector)
            json.numbers(values, Eigen::Index(slot.size()));
        else
            json.matrix(values, slot.rows, slot.cols);
    }
    json.endObject();
}

void writeTraining(JsonWriter& json, const nn::TrainingRecord& t) {
    json.beginObject();
    json.key("dataset"), json.value(t.dataset);
    json.key("optimizer"), json.value(nn::name(t.optimizer));
    json.key("learning_rate"), json.value(t.learningRate);
    json.key("momentum"), json.value(t.momentum);
    json.key("weight_decay"), json.value(t.weightDecay);
    json.key("batch"), json.value(t.batch);
    json.key("steps"), json.value(t.steps);
    json.key("seed"), json.value(t.seed);
    json.key("history");
    json.beginArray();
    for (std::size_t s = 0; s < t.history.size(); ++s) {
        json.beginObject();
        json.key("step"), json.value(std::int64_t(s + 1));
        json.key("loss"), json.value(t.history[s]);
        json.endObject();
    }
    json.endArray();
    if (t.trainAccuracy || t.testAccuracy) {
        json.key("accuracy");
        json.beginObject();
        if (t.trainAccuracy) json.key("train"), json.value(*t.trainAccuracy);
        if (t.testAccuracy) json.key("test"), json.value(*t.testAccuracy);
        json.endObject();
    }
    json.endObject();
}

} // namespace

void writeTransformer(std::ostream& out, const nn::TransformerModel& model) {
    JsonWriter json(out);
    json.beginObject();
    json.key("format"), json.value(transformerFormat);
    json.key("title"), json.value(model.title);
    if (!model.description.empty()) json.key("description"), json.value(model.description);
    json.key("task"), json.value(nn::name(model.task));
    json.key("architecture"), writeArchitecture(json, model.architecture);
    json.key("vocabulary"), json.value(model.vocabulary);
    if (model.task != nn::Task::LanguageModel) json.key("outputs"), json.value(model.outputs);
    json.key("seed"), json.value(model.seed);
    json.key("weights"), writeWeights(json, model.weights);
    if (model.training) json.key("training"), writeTraining(json, *model.training);
    json.endObject();
    out << '\n';
}

void saveTransformer(const std::filesystem::path& file, const nn::TransformerModel& model) {
    writeFileAtomically(file, [&](std::ostream& out) { writeTransformer(out, model); });
}

} // namespace al
