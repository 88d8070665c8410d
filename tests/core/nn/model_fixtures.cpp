#include "model_fixtures.h"

#include "core/base/seeded_random.h"
#include "operation_fixtures.h"

namespace al::nn::testing {
namespace {
std::vector<std::string> words(int n, const std::string& stem) {
    std::vector<std::string> result;
    for (int i = 0; i < n; ++i)
        result.push_back(stem + std::to_string(i));
    return result;
}
bool endsWith(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}
std::vector<int> ids(SeededRandom& random, int count, int below) {
    std::vector<int> result;
    for (int i = 0; i < count; ++i)
        result.push_back(int(random.nextBits() % std::uint64_t(below)));
    return result;
}
} // namespace

TransformerModel tinyModel(Task task, const TinyModelOptions& options, std::uint64_t seed) {
    Architecture a;
    a.dModel = 6;
    a.heads = 2;
    a.dFF = 6;
    a.encoderLayers = options.layers;
    a.decoderLayers = options.layers;
    a.attention = options.attention;
    a.norm = options.norm;
    a.finalNorm = options.finalNorm;
    a.activation = options.activation;
    a.positional = options.positional;
    a.maxLength = options.maxLength;

    std::vector<std::string> vocabulary = words(6, "w");
    std::vector<std::string> outputs;
    if (task == Task::LanguageModel) {
        vocabulary.push_back("<eos>");
    } else if (task == Task::Seq2Seq) {
        outputs = words(4, "y");
        outputs.push_back("<bos>");
        outputs.push_back("<eos>");
    } else {
        outputs = words(3, "L");
    }
    TransformerModel model = makeTransformer(task, a, vocabulary, outputs, seed);

    randomize(model.weights, seed, 0.8);
    for (const NamedSlot& tensor :
         model.weights.layout().entries()) // γ = 1 ± 0.4: LayerNorms that neither vanish nor flip
        if (tensor.name.find("norm") != std::string::npos && endsWith(tensor.name, ".weight"))
            model.weights.vector(tensor.slot).array() = 1.0 + 0.5 * model.weights.vector(tensor.slot).array();
    return model;
}

Example tinyExample(Task task, std::uint64_t seed) {
    SeededRandom random(seed, "example");
    Example example;
    switch (task) {
    case Task::Labelling:
        example.input = ids(random, 4, 6);
        example.target = ids(random, 4, 3);
        break;
    case Task::Classification:
        example.input = ids(random, 4, 6);
        example.target = ids(random, 1, 3);
        break;
    case Task::Seq2Seq:
        example.input = ids(random, 4, 6);
        example.target = ids(random, 3, 4);
        break;
    case Task::LanguageModel:
        example.input = ids(random, 5, 7);
        break;
    }
    return example;
}

std::string describe(Task task, const TinyModelOptions& options) {
    std::string text = std::string(name(task)) + " " + std::string(name(options.norm)) + " " +
                       std::string(name(options.activation)) + " " + std::string(al::name(options.positional));
    if (options.finalNorm) text += " final-norm";
    if (!options.attention) text += " feed-forward-only";
    return text;
}

} // namespace al::nn::testing
