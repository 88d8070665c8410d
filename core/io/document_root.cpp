#include "core/io/document_root.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/json_writer.h"

namespace al {

JsonField documentRoot(const nlohmann::json& document, std::string_view format,
                       std::initializer_list<std::string_view> known) {
    if (!document.is_object())
        throw InputError({}, {},
                         message(QT_TRANSLATE_NOOP("Message", "expected a JSON object at the top level, got %1"),
                                 describeJsonType(document)));
    JsonField root(document, "");
    root.allowOnly(known);
    if (const JsonField given = root["format"]; given.string() != format)
        given.fail(
            message(QT_TRANSLATE_NOOP("Message", "expected \"%1\", got \"%2\""), format, escapedText(given.string())));
    return root;
}

std::string parseTitle(const JsonField& root) {
    const JsonField title = root["title"];
    std::string text = title.string();
    if (text.empty()) title.fail(message(QT_TRANSLATE_NOOP("Message", "the title is empty")));
    return text;
}

} // namespace al
