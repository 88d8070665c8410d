#include "core/io/json_field.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/json_writer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace al {

std::string describeJsonType(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return QT_TRANSLATE_NOOP("Message", "an object");
    case nlohmann::json::value_t::array:
        return QT_TRANSLATE_NOOP("Message", "an array");
    case nlohmann::json::value_t::string:
        return QT_TRANSLATE_NOOP("Message", "a string");
    case nlohmann::json::value_t::boolean:
        return QT_TRANSLATE_NOOP("Message", "a boolean");
    case nlohmann::json::value_t::binary:
        return QT_TRANSLATE_NOOP("Message", "binary data");
    case nlohmann::json::value_t::discarded:
        return QT_TRANSLATE_NOOP("Message", "nothing");
    default:
        return QT_TRANSLATE_NOOP("Message", "a number");
    }
}

std::string jsonChildPath(const std::string& parent, std::string_view key) {
    const bool plain = std::none_of(key.begin(), key.end(), [](unsigned char ch) {
        return ch == '.' || ch == '[' || ch == ']' || ch == '"' || ch == ' ' || ch < 0x20 || ch == 0x7f;
    });
    if (!plain) return parent + "[\"" + escapedText(key) + "\"]";
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

void failUnknownValue(const JsonField& field, const std::string& text, const char* choices) {
    field.fail(message(QT_TRANSLATE_NOOP("Message", "unknown value \"%1\" (expected one of: %2)"), escapedText(text),
                       choices));
}

JsonField::JsonField(const nlohmann::json& value, std::string path) : value_(&value), path_(std::move(path)) {}

void JsonField::fail(const Message& problem) const {
    throw InputError({}, path_, problem);
}

void JsonField::requireObject() const {
    if (!value_->is_object())
        fail(message(QT_TRANSLATE_NOOP("Message", "expected an object, got %1"), describeJsonType(*value_)));
}

JsonField JsonField::operator[](std::string_view key) const {
    auto field = optional(key);
    if (!field) {
        throw InputError({}, jsonChildPath(path_, key),
                         message(QT_TRANSLATE_NOOP("Message", "required field is missing")));
    }
    return *field;
}

std::optional<JsonField> JsonField::optional(std::string_view key) const {
    requireObject();
    auto found = value_->find(key);
    if (found == value_->end()) return std::nullopt;
    return JsonField(*found, jsonChildPath(path_, key));
}

void JsonField::allowOnly(std::initializer_list<std::string_view> known) const {
    requireObject();
    for (const auto& [key, unused] : value_->items()) {
        bool isKnown = false;
        for (std::string_view name : known)
            isKnown = isKnown || key == name;
        if (isKnown) continue;
        std::string expected;
        for (std::string_view name : known)
            expected += (expected.empty() ? "" : ", ") + std::string(name);
        throw InputError({}, jsonChildPath(path_, key),
                         message(QT_TRANSLATE_NOOP("Message", "unknown field (expected one of: %1)"), expected));
    }
}

std::size_t JsonField::arraySize() const {
    if (!value_->is_array())
        fail(message(QT_TRANSLATE_NOOP("Message", "expected an array, got %1"), describeJsonType(*value_)));
    return value_->size();
}

JsonField JsonField::at(std::size_t index) const {
    return JsonField((*value_)[index], path_ + "[" + std::to_string(index) + "]");
}

std::string JsonField::string() const {
    if (!value_->is_string())
        fail(message(QT_TRANSLATE_NOOP("Message", "expected a string, got %1"), describeJsonType(*value_)));
    return value_->get<std::string>();
}

double JsonField::number() const {
    if (!value_->is_number())
        fail(message(QT_TRANSLATE_NOOP("Message", "expected a number, got %1"), describeJsonType(*value_)));
    double value = value_->get<double>();
    if (!std::isfinite(value)) fail(message(QT_TRANSLATE_NOOP("Message", "number is outside the range of a double")));
    return value;
}

int JsonField::integer(int min, int max) const {
    if (!value_->is_number())
        fail(message(QT_TRANSLATE_NOOP("Message", "expected a whole number from %1 to %2, got %3"), min, max,
                     describeJsonType(*value_)));
    double value = value_->get<double>();
    if (value != std::floor(value) || value < min || value > max)
        fail(message(QT_TRANSLATE_NOOP("Message", "expected a whole number from %1 to %2, got %3"), min, max,
                     value_->dump()));
    return static_cast<int>(value);
}

std::uint64_t JsonField::unsignedInteger() const {
    if (value_->is_number_unsigned()) return value_->get<std::uint64_t>();
    if (value_->is_number_integer() && value_->get<std::int64_t>() >= 0)
        return static_cast<std::uint64_t>(value_->get<std::int64_t>());
    fail(message(QT_TRANSLATE_NOOP("Message", "expected a whole number from 0 to 18446744073709551615, got %1"),
                 (value_->is_number() ? value_->dump() : describeJsonType(*value_))));
}

bool JsonField::boolean() const {
    if (!value_->is_boolean())
        fail(message(QT_TRANSLATE_NOOP("Message", "expected true or false, got %1"), describeJsonType(*value_)));
    return value_->get<bool>();
}

Matrix JsonField::matrix(int rows, int cols) const {
    const auto rowCount = arraySize();
    if (rows >= 0 && rowCount != std::size_t(rows))
        fail(message(QT_TRANSLATE_NOOP("Message", "expected %1 rows, got %2"), rows, rowCount));
    if (rowCount == 0) fail(message(QT_TRANSLATE_NOOP("Message", "expected at least one row, got an empty array")));
    if (cols < 0) cols = static_cast<int>(at(0).arraySize());
    if (cols == 0)
        at(0).fail(message(QT_TRANSLATE_NOOP("Message", "expected at least one number, got an empty array")));
    Matrix result(static_cast<Eigen::Index>(rowCount), cols);
    for (std::size_t r = 0; r < rowCount; ++r)
        at(r).numbersInto(result.data() + r * std::size_t(cols), std::size_t(cols));
    return result;
}

void JsonField::numbersInto(double* out, std::size_t count) const {
    if (arraySize() != count)
        fail(message(QT_TRANSLATE_NOOP("Message", "expected %1 numbers, got %2"), count, arraySize()));
    // Straight from the document; a path is built only for the entry that is refused.
    for (std::size_t i = 0; i < count; ++i) {
        const nlohmann::json& entry = (*value_)[i];
        out[i] = entry.is_number() ? entry.get<double>() : at(i).number();
        if (!std::isfinite(out[i])) at(i).number(); // throws
    }
}

} // namespace al
