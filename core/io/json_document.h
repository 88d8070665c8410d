#pragma once
// JSON text to a document, refusing what nlohmann::json would quietly accept or report
// without a place: a zero byte (binary data), a key given twice in one object (nlohmann
// keeps the last; a user who wrote both meant one of them), and syntax errors, which are
// told with a line and a column. Nesting depth costs no stack: nlohmann parses iteratively.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace al {

// Throws InputError naming `fileLabel`, the JSON path of a duplicate key, and the problem.
// A document of more than `maxValues` values (numbers, strings, booleans, nulls, arrays,
// objects) is refused as soon as the parse reaches that many, before it holds them all.
nlohmann::json parseJsonDocument(std::string_view text, const std::string& fileLabel,
                                 std::size_t maxValues = std::numeric_limits<std::size_t>::max());

} // namespace al
