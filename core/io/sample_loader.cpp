#include "core/io/sample_loader.h"

#include "core/attention/limits.h"
#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/document_root.h"
#include "core/io/input_file.h"
#include "core/io/json_document.h"
#include "core/io/json_field.h"
#include "core/io/model_parser.h"
#include "core/io/rnn_block_parser.h"
#include "core/io/token_list.h"

namespace al {

namespace {

Matrix parseEmbeddings(const JsonField& embeddings, int tokens) {
    const auto rows = embeddings.arraySize();
    if (rows != std::size_t(tokens))
        embeddings.fail(
            message(QT_TRANSLATE_NOOP("Message", "expected %1 rows (one per token), got %2"), tokens, rows));
    const auto width = embeddings.at(0).arraySize();
    if (width > std::size_t(limits::maxModelDim))
        embeddings.at(0).fail(
            message(QT_TRANSLATE_NOOP("Message", "d_model would be %1; the limit is %2"), width, limits::maxModelDim));
    return embeddings.matrix(tokens, -1);
}

// "session": {"lesson": id, "step": k, "query": i, "row_form": bool, "colours": name}, every field optional.
// The fields the file has, checked as FORMATS.md defines them, in that order.
SessionBlock parseSession(const JsonField& field, int tokens) {
    field.allowOnly({"lesson", "step", "query", "row_form", "colours"});
    SessionBlock session;
    if (auto lesson = field.optional("lesson")) {
        const std::string id = lesson->string();
        if (id.empty() || id.size() > 64)
            lesson->fail(message(QT_TRANSLATE_NOOP("Message", "expected a lesson id such as \"walkthrough\"")));
        session.set("lesson", id);
    }
    if (auto step = field.optional("step")) session.set("step", std::int64_t{step->integer(0, 999)});
    if (auto query = field.optional("query")) session.set("query", std::int64_t{query->integer(0, tokens - 1)});
    if (auto rowForm = field.optional("row_form")) session.set("row_form", rowForm->boolean());
    if (auto colours = field.optional("colours")) {
        const std::string name = colours->string();
        if (name != "standard" && name != "high_contrast") failUnknownValue(*colours, name, "standard, high_contrast");
        session.set("colours", name);
    }
    return session;
}

} // namespace

Sample parseSample(std::string_view jsonText, const std::string& fileLabel) {
    const nlohmann::json document = parseJsonDocument(jsonText, fileLabel);
    try {
        const JsonField root =
            documentRoot(document, sampleFormat,
                         {"format", "title", "description", "tokens", "embeddings", "model", "rnn", "session"});
        Sample sample;
        sample.title = parseTitle(root);
        if (auto description = root.optional("description")) sample.description = description->string();
        sample.tokens = parseTokenList(root["tokens"], {.maxCount = std::size_t(limits::maxTokens),
                                                        .maxBytes = std::size_t(limits::maxTokenLabelBytes)});
        sample.embeddings = parseEmbeddings(root["embeddings"], sample.tokenCount());
        sample.model =
            parseModel(root.optional("model"), sample.tokenCount(), static_cast<int>(sample.embeddings.cols()));
        if (auto rnn = root.optional("rnn"))
            sample.rnn = parseRnnBlock(*rnn, static_cast<int>(sample.embeddings.cols()));
        if (auto session = root.optional("session")) sample.session = parseSession(*session, sample.tokenCount());
        return sample;
    } catch (const InputError& error) {
        throw error.inFile(fileLabel);
    }
}

Sample loadSample(const std::filesystem::path& file) {
    return parseSample(readInputFile(file, limits::maxSampleFileBytes, QT_TRANSLATE_NOOP("Message", "sample")),
                       file.string());
}

} // namespace al
