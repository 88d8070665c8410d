#pragma once
// A JSON array of token strings (a sample's tokens, a model's vocabulary or outputs, one
// example's input), checked against its rules; a refusal names the entry's path.
#include "core/io/json_field.h"

#include <cstddef>
#include <string>
#include <vector>

namespace al {

struct TokenListRules {
    std::size_t maxCount = 0;    // tokens in the list
    std::size_t maxBytes = 0;    // UTF-8 bytes of one token
    bool allowEmptyList = false; // [] accepted
    bool allowEmptyToken = true; // "" accepted as a token
    bool unique = false;         // no token twice
};

std::vector<std::string> parseTokenList(const JsonField& list, const TokenListRules& rules);

} // namespace al
