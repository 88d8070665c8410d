#include "core/io/token_ids.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/json_writer.h"

namespace al {

TokenIndex::TokenIndex(const std::vector<std::string>& tokens) {
    ids_.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i)
        ids_.emplace(tokens[i], int(i)); // the first, should a list hold a token twice
}

std::optional<int> TokenIndex::find(const std::string& token) const {
    const auto found = ids_.find(token);
    if (found == ids_.end()) return std::nullopt;
    return found->second;
}

const std::vector<std::string>& targetTokens(const nn::TransformerModel& model) {
    return model.task == nn::Task::LanguageModel ? model.vocabulary : model.outputs;
}

std::optional<Message> inputLengthProblem(const nn::TransformerModel& model, std::size_t tokens, bool learning) {
    const int maxLength = model.architecture.maxLength;
    if (tokens == 0) return message(QT_TRANSLATE_NOOP("Message", "no tokens; expected at least one"));
    if (tokens > std::size_t(maxLength))
        return message(QT_TRANSLATE_NOOP("Message", "%1 tokens; the model reads at most max_length = %2"), tokens,
                       maxLength);
    if (learning && model.task == nn::Task::LanguageModel && tokens < 2)
        return message(QT_TRANSLATE_NOOP("Message",
                                         "1 token; a language model learns from at least 2 (each token predicts "
                                         "the next)"));
    return std::nullopt;
}

std::optional<Message> seq2seqTargetLengthProblem(const nn::TransformerModel& model, std::size_t tokens) {
    const int maxLength = model.architecture.maxLength;
    if (tokens + 1 > std::size_t(maxLength))
        return message(QT_TRANSLATE_NOOP("Message",
                                         "%1 tokens; the decoder reads <bos> and them, %2 in all, and the model "
                                         "reads at most max_length = %3"),
                       tokens, tokens + 1, maxLength);
    return std::nullopt;
}

std::optional<Message> seq2seqMarkerProblem(const std::string& token) {
    if (token == "<bos>" || token == "<eos>")
        return message(QT_TRANSLATE_NOOP("Message", "\"%1\" is added by the model; leave it out of the target"), token);
    return std::nullopt;
}

std::vector<std::string> splitTokens(std::string_view text) {
    std::vector<std::string> tokens;
    std::size_t start = 0;
    while (true) {
        start = text.find_first_not_of(" \t\r\n", start);
        if (start == std::string_view::npos) return tokens;
        const std::size_t end = std::min(text.find_first_of(" \t\r\n", start), text.size());
        tokens.emplace_back(text.substr(start, end - start));
        start = end;
    }
}

namespace {

constexpr const char* notInVocabulary =
    QT_TRANSLATE_NOOP("Message", "\"%1\" (token %2, counting from 0) is not in the model's vocabulary");
constexpr const char* notInOutputs =
    QT_TRANSLATE_NOOP("Message", "\"%1\" (token %2, counting from 0) is not one of the model's outputs");

std::vector<int> idsOf(const std::vector<std::string>& tokens, const std::vector<std::string>& known,
                       const char* pattern, const std::string& label) {
    const TokenIndex index(known);
    std::vector<int> ids;
    ids.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto id = index.find(tokens[i]);
        if (!id) throw InputError({}, label, message(pattern, escapedText(tokens[i]), i));
        ids.push_back(*id);
    }
    return ids;
}

} // namespace

std::vector<int> tokenizeInput(const nn::TransformerModel& model, std::string_view text, const std::string& label) {
    const std::vector<std::string> tokens = splitTokens(text);
    if (auto problem = inputLengthProblem(model, tokens.size(), false)) throw InputError({}, label, *problem);
    return idsOf(tokens, model.vocabulary, notInVocabulary, label);
}

std::vector<int> tokenizeTarget(const nn::TransformerModel& model, std::string_view text, const std::string& label) {
    const std::vector<std::string> tokens = splitTokens(text);
    if (model.task == nn::Task::Seq2Seq) {
        if (auto problem = seq2seqTargetLengthProblem(model, tokens.size())) throw InputError({}, label, *problem);
        for (const std::string& token : tokens)
            if (auto problem = seq2seqMarkerProblem(token)) throw InputError({}, label, *problem);
    }
    const bool ofOutputs = model.task != nn::Task::LanguageModel;
    return idsOf(tokens, targetTokens(model), ofOutputs ? notInOutputs : notInVocabulary, label);
}

} // namespace al
