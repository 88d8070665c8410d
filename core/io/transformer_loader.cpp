#include "core/io/transformer_loader.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/architecture_parser.h"
#include "core/io/document_root.h"
#include "core/io/input_file.h"
#include "core/io/json_document.h"
#include "core/io/token_list.h"
#include "core/io/training_record_parser.h"
#include "core/io/weights_parser.h"
#include "core/nn/limits.h"

#include <algorithm>
#include <cctype>

namespace al {

namespace {

constexpr TokenListRules vocabularyRules{.maxCount = std::size_t(nn::limits::maxVocabulary),
                                         .maxBytes = std::size_t(nn::limits::maxTokenBytes),
                                         .allowEmptyList = false,
                                         .allowEmptyToken = false,
                                         .unique = true};

// Labels, or seq2seq's output vocabulary with its <bos> and <eos>; none for a language model.
std::vector<std::string> parseOutputs(const JsonField& root, nn::Task task) {
    auto field = root.optional("outputs");
    if (task == nn::Task::LanguageModel) {
        if (field)
            field->fail(message(QT_TRANSLATE_NOOP(
                "Message", "a language_model has no outputs: it predicts the next token of its vocabulary")));
        return {};
    }
    const JsonField list = root["outputs"]; // required for this task
    std::vector<std::string> outputs = parseTokenList(list, vocabularyRules);
    if (task == nn::Task::Seq2Seq)
        for (const char* marker : {"<bos>", "<eos>"})
            if (std::find(outputs.begin(), outputs.end(), marker) == outputs.end())
                list.fail(
                    message(QT_TRANSLATE_NOOP("Message", "a seq2seq model's outputs must hold \"<bos>\" and \"<eos>\"; "
                                                         "\"%1\" is missing"),
                            marker));
    return outputs;
}

// Counts the parameters such a model would have before any is allocated.
void checkParameterCount(const JsonField& root, nn::Task task, const nn::Architecture& architecture,
                         std::size_t vocabulary, std::size_t outputs) {
    nn::ParameterLayout probe;
    nn::layOutTransformer(task, architecture, int(vocabulary), int(outputs), probe);
    if (probe.size() > nn::limits::maxParameters) {
        const std::string path = root.optional("architecture") ? "architecture" : "vocabulary";
        throw InputError(
            {}, path,
            message(QT_TRANSLATE_NOOP("Message", "this model would have %1 parameters; the limit is %2 (d_model, "
                                                 "d_ff, the layers and the vocabularies set the count)"),
                    probe.size(), nn::limits::maxParameters));
    }
}

nn::TransformerModel parseModel(const JsonField& root, std::optional<std::uint64_t> seedOverride) {
    std::string title = parseTitle(root);
    std::string description;
    if (auto field = root.optional("description")) description = field->string();
    const nn::Task task =
        parseEnum<nn::Task>(root["task"], nn::parseTask, "labelling, classification, seq2seq, language_model");
    const nn::Architecture architecture = parseArchitecture(root.optional("architecture"), task);
    std::vector<std::string> vocabulary = parseTokenList(root["vocabulary"], vocabularyRules);
    std::vector<std::string> outputs = parseOutputs(root, task);
    std::uint64_t seed = 1;
    if (auto field = root.optional("seed")) seed = field->unsignedInteger();
    if (seedOverride) seed = *seedOverride;
    checkParameterCount(root, task, architecture, vocabulary.size(), outputs.size());

    nn::TransformerModel model =
        nn::makeTransformer(task, architecture, std::move(vocabulary), std::move(outputs), seed);
    model.title = std::move(title);
    model.description = std::move(description);
    if (auto weights = root.optional("weights")) parseWeights(*weights, model.weights);
    if (auto training = root.optional("training")) model.training = parseTrainingRecord(*training);
    return model;
}

} // namespace

nn::TransformerModel parseTransformer(std::string_view jsonText, const std::string& fileLabel,
                                      std::optional<std::uint64_t> seed) {
    const nlohmann::json document = parseJsonDocument(jsonText, fileLabel, nn::limits::maxJsonValues);
    try {
        return parseModel(documentRoot(document, transformerFormat,
                                       {"format", "title", "description", "task", "architecture", "vocabulary",
                                        "outputs", "seed", "weights", "training"}),
                          seed);
    } catch (const InputError& error) {
        throw error.inFile(fileLabel);
    }
}

nn::TransformerModel loadTransformer(const std::filesystem::path& file, std::optional<std::uint64_t> seed) {
    return parseTransformer(
        readInputFile(file, nn::limits::maxModelFileBytes, QT_TRANSLATE_NOOP("Message", "transformer model")),
        file.string(), seed);
}

bool declaresTransformer(std::string_view jsonText) {
    return declaresFormat(jsonText, transformerFormat);
}

bool declaresFormat(std::string_view jsonText, std::string_view format) {
    // The writers put "format" first; a hand-written file may put it anywhere, so the whole
    // text is searched for "format" : "…" (the loader then checks the document).
    constexpr std::string_view key = "\"format\"";
    const std::string value = '"' + std::string(format) + '"';
    for (std::size_t at = jsonText.find(key); at != std::string_view::npos; at = jsonText.find(key, at + 1)) {
        std::size_t next = at + key.size();
        auto skipSpace = [&] {
            while (next < jsonText.size() && std::isspace(static_cast<unsigned char>(jsonText[next])))
                ++next;
        };
        skipSpace();
        if (next >= jsonText.size() || jsonText[next] != ':') continue;
        ++next;
        skipSpace();
        if (jsonText.substr(next, value.size()) == value) return true;
    }
    return false;
}

} // namespace al
