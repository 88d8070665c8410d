#include "core/io/token_list.h"

#include "core/base/translatable.h"
#include "core/io/json_writer.h"

#include <unordered_map>

namespace al {

std::vector<std::string> parseTokenList(const JsonField& list, const TokenListRules& rules) {
    const auto count = list.arraySize();
    if (count == 0 && !rules.allowEmptyList)
        list.fail(message(QT_TRANSLATE_NOOP("Message", "expected at least one token, got an empty array")));
    if (count > rules.maxCount)
        list.fail(message(QT_TRANSLATE_NOOP("Message", "%1 tokens; the limit is %2"), count, rules.maxCount));
    std::vector<std::string> tokens;
    tokens.reserve(count);
    std::unordered_map<std::string, std::size_t> seen; // token → its first index (unique lists only)
    for (std::size_t i = 0; i < count; ++i) {
        const JsonField entry = list.at(i);
        std::string token = entry.string();
        if (token.size() > rules.maxBytes)
            entry.fail(message(QT_TRANSLATE_NOOP("Message", "token label is %1 bytes; the limit is %2"), token.size(),
                               rules.maxBytes));
        if (token.empty() && !rules.allowEmptyToken)
            entry.fail(message(QT_TRANSLATE_NOOP("Message", "a token is an empty string")));
        if (rules.unique) {
            const auto [first, isNew] = seen.emplace(token, i);
            if (!isNew)
                entry.fail(message(QT_TRANSLATE_NOOP("Message", "\"%1\" is already %2[%3]; each token must be unique"),
                                   escapedText(token), list.path(), first->second));
        }
        tokens.push_back(std::move(token));
    }
    return tokens;
}

} // namespace al
