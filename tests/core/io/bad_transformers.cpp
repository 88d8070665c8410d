#include "tests/core/io/bad_transformers.h"

namespace al::test {

namespace {
using json = nlohmann::json;
using nn::Task;
constexpr Task labelling = Task::Labelling;
json filled(int rows, int cols) {
    return json(std::vector<std::vector<double>>(std::size_t(rows), std::vector<double>(std::size_t(cols), 0.5)));
}
json& arch(json& m) {
    return m["architecture"];
}
json& training(json& m) {
    m["training"] = {{"dataset", "d"},
                     {"optimizer", "sgd"},
                     {"learning_rate", 0.1},
                     {"batch", 2},
                     {"steps", 2},
                     {"seed", 1},
                     {"history", {{{"step", 1}, {"loss", 1.5}}, {{"step", 2}, {"loss", 1.25}}}}};
    return m["training"];
}
} // namespace

const std::vector<BadTransformer>& badTransformers() {
    static const std::vector<BadTransformer> all = {
        // The document
        {"an array at the top level", labelling, [](json& m) { m = json::array(); }, "", "JSON object"},
        {"wrong format string", labelling, [](json& m) { m["format"] = "attention-lab/transformer@2"; }, "format",
         "expected \"attention-lab/transformer@1\""},
        {"a sample's format", labelling, [](json& m) { m["format"] = "attention-lab/sample@1"; }, "format",
         "got \"attention-lab/sample@1\""},
        {"format missing", labelling, [](json& m) { m.erase("format"); }, "format", "missing"},
        {"title missing", labelling, [](json& m) { m.erase("title"); }, "title", "missing"},
        {"title empty", labelling, [](json& m) { m["title"] = ""; }, "title", "empty"},
        {"title a number", labelling, [](json& m) { m["title"] = 3; }, "title", "expected a string"},
        {"description an array", labelling, [](json& m) { m["description"] = json::array(); }, "description",
         "expected a string"},
        {"unknown top-level field", labelling, [](json& m) { m["weigths"] = json::object(); }, "weigths",
         "unknown field"},
        {"task missing", labelling, [](json& m) { m.erase("task"); }, "task", "missing"},
        {"unknown task", labelling, [](json& m) { m["task"] = "translation"; }, "task",
         "unknown value \"translation\" (expected one of: labelling, classification, seq2seq, language_model)"},
        // The architecture
        {"architecture an array", labelling, [](json& m) { m["architecture"] = json::array(); }, "architecture",
         "expected an object"},
        {"unknown architecture field", labelling, [](json& m) { arch(m)["layers"] = 2; }, "architecture.layers",
         "unknown field"},
        {"d_model 0", labelling, [](json& m) { arch(m)["d_model"] = 0; }, "architecture.d_model",
         "whole number from 1 to 1024"},
        {"d_model over the limit", labelling, [](json& m) { arch(m)["d_model"] = 1026; }, "architecture.d_model",
         "got 1026"},
        {"d_model a string", labelling, [](json& m) { arch(m)["d_model"] = "4"; }, "architecture.d_model",
         "got a string"},
        {"d_model fractional", labelling, [](json& m) { arch(m)["d_model"] = 4.5; }, "architecture.d_model", "got 4.5"},
        {"heads 0", labelling, [](json& m) { arch(m)["heads"] = 0; }, "architecture.heads", "from 1 to 64"},
        {"heads that do not divide d_model", labelling, [](json& m) { arch(m)["heads"] = 3; }, "architecture.heads",
         "heads (3) must divide d_model (4)"},
        {"the default 4 heads do not divide d_model 6", labelling,
         [](json& m) {
             arch(m).erase("heads");
             arch(m)["d_model"] = 6;
         },
         "architecture.heads", "heads (4) must divide d_model (6)"},
        {"d_ff 0", labelling, [](json& m) { arch(m)["d_ff"] = 0; }, "architecture.d_ff", "from 1 to 8192"},
        {"a million encoder layers", labelling, [](json& m) { arch(m)["encoder_layers"] = 1000000; },
         "architecture.encoder_layers", "from 1 to 64"},
        {"no encoder layers for labelling", labelling, [](json& m) { arch(m)["encoder_layers"] = 0; },
         "architecture.encoder_layers", "from 1 to 64"},
        {"no decoder layers for seq2seq", Task::Seq2Seq, [](json& m) { arch(m)["decoder_layers"] = 0; },
         "architecture.decoder_layers", "from 1 to 64"},
        {"no decoder layers for a language model", Task::LanguageModel, [](json& m) { arch(m)["decoder_layers"] = 0; },
         "architecture.decoder_layers", "from 1 to 64"},
        {"negative unused layers", Task::LanguageModel, [](json& m) { arch(m)["encoder_layers"] = -1; },
         "architecture.encoder_layers", "from 0 to 64"},
        {"the baseline for seq2seq", Task::Seq2Seq, [](json& m) { arch(m)["attention"] = false; },
         "architecture.attention", "a seq2seq model's decoder needs attention"},
        {"the baseline for a language model", Task::LanguageModel, [](json& m) { arch(m)["attention"] = false; },
         "architecture.attention", "only for the encoder tasks"},
        {"attention 0", labelling, [](json& m) { arch(m)["attention"] = 0; }, "architecture.attention",
         "expected true or false"},
        {"unknown norm", labelling, [](json& m) { arch(m)["norm"] = "sandwich"; }, "architecture.norm",
         "expected one of: post, pre"},
        {"final_norm a string", labelling, [](json& m) { arch(m)["final_norm"] = "yes"; }, "architecture.final_norm",
         "expected true or false"},
        {"unknown activation", labelling, [](json& m) { arch(m)["activation"] = "swish"; }, "architecture.activation",
         "expected one of: relu, gelu"},
        {"unknown positional encoding", labelling, [](json& m) { arch(m)["positional_encoding"] = "rotary"; },
         "architecture.positional_encoding", "expected one of: none, sinusoidal, learned"},
        {"the sample format's positional object", labelling,
         [](json& m) {
             arch(m)["positional_encoding"] = {{"kind", "none"}};
         },
         "architecture.positional_encoding", "expected a string, got an object"},
        {"max_length 0", labelling, [](json& m) { arch(m)["max_length"] = 0; }, "architecture.max_length",
         "from 1 to 4096"},
        {"max_length over the limit", labelling, [](json& m) { arch(m)["max_length"] = 4097; },
         "architecture.max_length", "got 4097"},
        {"more parameters than the limit", labelling,
         [](json& m) {
             arch(m) = {{"d_model", 1024}, {"heads", 1}, {"d_ff", 8192}, {"encoder_layers", 64}};
         },
         "architecture", "parameters; the limit is 16777216"},
        // The vocabularies
        {"vocabulary missing", labelling, [](json& m) { m.erase("vocabulary"); }, "vocabulary", "missing"},
        {"vocabulary empty", labelling, [](json& m) { m["vocabulary"] = json::array(); }, "vocabulary",
         "at least one token"},
        {"vocabulary a string", labelling, [](json& m) { m["vocabulary"] = "I saw a saw"; }, "vocabulary",
         "expected an array"},
        {"a token twice", labelling, [](json& m) { m["vocabulary"][3] = "saw"; }, "vocabulary[3]",
         "\"saw\" is already vocabulary[1]"},
        {"a token a number", labelling, [](json& m) { m["vocabulary"][2] = 2; }, "vocabulary[2]", "expected a string"},
        {"an empty token", labelling, [](json& m) { m["vocabulary"][0] = ""; }, "vocabulary[0]", "empty string"},
        {"a token over the limit", labelling, [](json& m) { m["vocabulary"][1] = std::string(1025, 'w'); },
         "vocabulary[1]", "1025 bytes; the limit is 1024"},
        {"outputs missing for labelling", labelling, [](json& m) { m.erase("outputs"); }, "outputs", "missing"},
        {"outputs missing for classification", Task::Classification, [](json& m) { m.erase("outputs"); }, "outputs",
         "missing"},
        {"outputs missing for seq2seq", Task::Seq2Seq, [](json& m) { m.erase("outputs"); }, "outputs", "missing"},
        {"outputs empty", Task::Classification, [](json& m) { m["outputs"] = json::array(); }, "outputs",
         "at least one"},
        {"a label twice", labelling, [](json& m) { m["outputs"].push_back("VERB"); }, "outputs[4]",
         "\"VERB\" is already outputs[1]"},
        {"outputs for a language model", Task::LanguageModel, [](json& m) { m["outputs"] = {"a"}; }, "outputs",
         "a language_model has no outputs"},
        {"seq2seq outputs without <eos>", Task::Seq2Seq, [](json& m) { m["outputs"].erase(1); }, "outputs",
         "\"<eos>\" is missing"},
        {"seq2seq outputs without <bos>", Task::Seq2Seq, [](json& m) { m["outputs"].erase(0); }, "outputs",
         "\"<bos>\" is missing"},
        {"seed negative", labelling, [](json& m) { m["seed"] = -1; }, "seed", "from 0 to 18446744073709551615"},
        {"seed fractional", labelling, [](json& m) { m["seed"] = 1.5; }, "seed", "got 1.5"},
        // The weights
        {"weights an array", labelling, [](json& m) { m["weights"] = json::array(); }, "weights", "expected an object"},
        {"an unknown weight", labelling,
         [](json& m) { m["weights"]["encoder.layers.1.linear1.weight"] = filled(6, 4); },
         "weights[\"encoder.layers.1.linear1.weight\"]", "no tensor of that name"},
        {"learned positions in a sinusoidal model", labelling,
         [](json& m) { m["weights"]["positional.weight"] = filled(6, 4); }, "weights[\"positional.weight\"]",
         "no tensor of that name"},
        {"the baseline's absent self-attention", labelling,
         [](json& m) {
             arch(m)["attention"] = false;
             m["weights"]["encoder.layers.0.norm1.weight"] = {1, 1, 1, 1};
         },
         "weights[\"encoder.layers.0.norm1.weight\"]", "no tensor of that name"},
        {"cross-attention in a language model", Task::LanguageModel,
         [](json& m) { m["weights"]["decoder.layers.0.multihead_attn.in_proj_bias"] = json(std::vector<double>(12)); },
         "weights[\"decoder.layers.0.multihead_attn.in_proj_bias\"]", "no tensor of that name"},
        {"a matrix one column short", labelling,
         [](json& m) { m["weights"]["encoder.layers.0.linear1.weight"] = filled(6, 3); },
         "weights[\"encoder.layers.0.linear1.weight\"]", "expected 6 × 4, got 6 × 3"},
        {"a matrix one row short", labelling, [](json& m) { m["weights"]["src_embedding.weight"] = filled(4, 4); },
         "weights[\"src_embedding.weight\"]", "expected 5 × 4, got 4 × 4"},
        {"a matrix given as a vector", labelling,
         [](json& m) { m["weights"]["generator.weight"] = json(std::vector<double>(4)); },
         "weights[\"generator.weight\"]", "expected 4 × 4, got a vector of 4 numbers"},
        {"a vector given as a matrix", labelling, [](json& m) { m["weights"]["generator.bias"] = filled(4, 1); },
         "weights[\"generator.bias\"]", "expected a vector of 4 numbers, got 4 × 1"},
        {"a vector one short", labelling,
         [](json& m) { m["weights"]["encoder.layers.0.self_attn.in_proj_bias"] = json(std::vector<double>(11)); },
         "weights[\"encoder.layers.0.self_attn.in_proj_bias\"]", "expected a vector of 12 numbers, got a vector of 11"},
        {"an empty tensor", labelling, [](json& m) { m["weights"]["generator.bias"] = json::array(); },
         "weights[\"generator.bias\"]", "got an empty array"},
        {"a tensor as a string", labelling, [](json& m) { m["weights"]["generator.bias"] = "0 0 0 0"; },
         "weights[\"generator.bias\"]", "got a string"},
        {"a ragged matrix", labelling,
         [](json& m) {
             json w = filled(5, 4);
             w[3].erase(0);
             m["weights"]["src_embedding.weight"] = w;
         },
         "weights[\"src_embedding.weight\"][3]", "expected 4 numbers, got 3"},
        {"a row not an array", labelling,
         [](json& m) {
             json w = filled(5, 4);
             w[2] = 1;
             m["weights"]["src_embedding.weight"] = w;
         },
         "weights[\"src_embedding.weight\"][2]", "expected an array"},
        {"a number as a string", labelling,
         [](json& m) {
             json w = filled(5, 4);
             w[1][2] = "0.5";
             m["weights"]["src_embedding.weight"] = w;
         },
         "weights[\"src_embedding.weight\"][1][2]", "expected a number, got a string"},
        {"null in a vector", labelling,
         [](json& m) {
             m["weights"]["generator.bias"] = {0.1, nullptr, 0.3, 0.4};
         },
         "weights[\"generator.bias\"][1]", "expected a number, got null"},
        // The training record
        {"training an array", labelling, [](json& m) { m["training"] = json::array(); }, "training",
         "expected an object"},
        {"unknown training field", labelling, [](json& m) { training(m)["epochs"] = 3; }, "training.epochs",
         "unknown field"},
        {"training without its dataset", labelling, [](json& m) { training(m).erase("dataset"); }, "training.dataset",
         "missing"},
        {"unknown optimizer", labelling, [](json& m) { training(m)["optimizer"] = "rmsprop"; }, "training.optimizer",
         "expected one of: sgd, adam"},
        {"negative learning rate", labelling, [](json& m) { training(m)["learning_rate"] = -0.1; },
         "training.learning_rate", "≥ 0"},
        {"negative momentum", labelling, [](json& m) { training(m)["momentum"] = -0.5; }, "training.momentum", "≥ 0"},
        {"weight decay a string", labelling, [](json& m) { training(m)["weight_decay"] = "0.1"; },
         "training.weight_decay", "expected a number"},
        {"batch 0", labelling, [](json& m) { training(m)["batch"] = 0; }, "training.batch", "from 1"},
        {"negative steps", labelling, [](json& m) { training(m)["steps"] = -1; }, "training.steps", "from 0"},
        {"seed missing", labelling, [](json& m) { training(m).erase("seed"); }, "training.seed", "missing"},
        {"history shorter than the steps", labelling, [](json& m) { training(m)["steps"] = 3; }, "training.history",
         "one entry per step (3), got 2"},
        {"history out of order", labelling, [](json& m) { training(m)["history"][1]["step"] = 3; },
         "training.history[1].step", "expected step 2"},
        {"a history entry without its loss", labelling, [](json& m) { training(m)["history"][0].erase("loss"); },
         "training.history[0].loss", "missing"},
        {"a negative loss", labelling, [](json& m) { training(m)["history"][1]["loss"] = -1; },
         "training.history[1].loss", "≥ 0"},
        {"an unknown history field", labelling, [](json& m) { training(m)["history"][0]["accuracy"] = 1; },
         "training.history[0].accuracy", "unknown field"},
        {"an accuracy over 1", labelling,
         [](json& m) {
             training(m)["accuracy"] = {{"train", 1.5}};
         },
         "training.accuracy.train", "from 0 to 1"},
        {"an unknown accuracy", labelling, [](json& m) { training(m)["accuracy"] = {{"validation", 0.5}}; },
         "training.accuracy.validation", "unknown field"},
    };
    return all;
}

} // namespace al::test
