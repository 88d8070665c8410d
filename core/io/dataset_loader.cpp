#include "core/io/dataset_loader.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/document_root.h"
#include "core/io/input_file.h"
#include "core/io/json_document.h"
#include "core/io/token_list.h"
#include "core/nn/limits.h"

namespace al {

namespace {

// A sequence no model could read (longer than the longest max_length) is refused here.
TokenListRules sequenceRules(bool allowEmpty) {
    return {.maxCount = std::size_t(nn::limits::maxLength),
            .maxBytes = std::size_t(nn::limits::maxTokenBytes),
            .allowEmptyList = allowEmpty};
}

// labelling: one label per input token; classification: one label; seq2seq: the output
// tokens (maybe none); language_model: no target.
std::vector<std::string> parseTarget(const JsonField& example, nn::Task task, std::size_t inputTokens) {
    if (task == nn::Task::LanguageModel) {
        if (auto target = example.optional("target"))
            target->fail(message(QT_TRANSLATE_NOOP(
                "Message", "a language_model example has no target: the input is the text it learns to continue")));
        return {};
    }
    const JsonField target = example["target"];
    if (task == nn::Task::Classification) {
        if (!target.json().is_string())
            target.fail(message(QT_TRANSLATE_NOOP("Message", "expected one label (a string), got %1"),
                                describeJsonType(target.json())));
        std::string label = target.string();
        if (label.size() > std::size_t(nn::limits::maxTokenBytes))
            target.fail(message(QT_TRANSLATE_NOOP("Message", "token label is %1 bytes; the limit is %2"), label.size(),
                                nn::limits::maxTokenBytes));
        return {std::move(label)};
    }
    std::vector<std::string> tokens = parseTokenList(target, sequenceRules(task == nn::Task::Seq2Seq));
    if (task == nn::Task::Labelling && tokens.size() != inputTokens)
        target.fail(message(QT_TRANSLATE_NOOP("Message", "expected one label per input token (%1), got %2"),
                            inputTokens, tokens.size()));
    return tokens;
}

std::vector<nn::TextExample> parseExamples(const JsonField& list, nn::Task task, bool allowNone) {
    const std::size_t count = list.arraySize();
    if (count == 0 && !allowNone)
        list.fail(message(QT_TRANSLATE_NOOP("Message", "expected at least one example, got an empty array")));
    if (count > nn::limits::maxExamples)
        list.fail(
            message(QT_TRANSLATE_NOOP("Message", "%1 examples; the limit is %2"), count, nn::limits::maxExamples));
    std::vector<nn::TextExample> examples;
    examples.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const JsonField example = list.at(i);
        example.allowOnly({"input", "target"});
        nn::TextExample text;
        text.input = parseTokenList(example["input"], sequenceRules(false));
        text.target = parseTarget(example, task, text.input.size());
        examples.push_back(std::move(text));
    }
    return examples;
}

nn::Dataset parseFields(const JsonField& root) {
    nn::Dataset dataset;
    dataset.title = parseTitle(root);
    if (auto field = root.optional("description")) dataset.description = field->string();
    dataset.task =
        parseEnum<nn::Task>(root["task"], nn::parseTask, "labelling, classification, seq2seq, language_model");
    dataset.train = parseExamples(root["train"], dataset.task, false);
    if (auto test = root.optional("test")) dataset.test = parseExamples(*test, dataset.task, true);
    return dataset;
}

} // namespace

nn::Dataset parseDataset(std::string_view jsonText, const std::string& fileLabel) {
    const nlohmann::json document = parseJsonDocument(jsonText, fileLabel, nn::limits::maxJsonValues);
    try {
        return parseFields(
            documentRoot(document, datasetFormat, {"format", "title", "description", "task", "train", "test"}));
    } catch (const InputError& error) {
        throw error.inFile(fileLabel);
    }
}

nn::Dataset loadDataset(const std::filesystem::path& file) {
    return parseDataset(readInputFile(file, nn::limits::maxDatasetFileBytes, QT_TRANSLATE_NOOP("Message", "dataset")),
                        file.string());
}

} // namespace al
