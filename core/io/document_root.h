#pragma once
// What every attention-lab document starts with: a JSON object holding only the fields its
// format knows, "format" exactly that format's string, and a non-empty "title".
#include "core/io/json_field.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace al {

// The top-level object of `document`, checked as above (throws InputError without a file).
JsonField documentRoot(const nlohmann::json& document, std::string_view format,
                       std::initializer_list<std::string_view> known);

std::string parseTitle(const JsonField& root); // "title": required, not empty

} // namespace al
