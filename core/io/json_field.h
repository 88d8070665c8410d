#pragma once
// Typed, checked access to one value of a parsed JSON document, remembering its path
// ("model.weights.W_q[2]") so that every refusal names the exact field. Each accessor
// either returns a valid value or throws InputError (without a file; the loader adds it).
#include "core/base/matrix.h"
#include "core/base/message.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace al {

class JsonField {
public:
    JsonField(const nlohmann::json& value, std::string path);

    const std::string& path() const { return path_; }
    const nlohmann::json& json() const { return *value_; }

    [[noreturn]] void fail(const Message& problem) const;

    // Object access. operator[] requires the key; optional() returns nullopt when absent.
    JsonField operator[](std::string_view key) const;
    std::optional<JsonField> optional(std::string_view key) const;
    void requireObject() const;
    // Refuses any key outside `known` (a misspelt field would otherwise be silently ignored).
    void allowOnly(std::initializer_list<std::string_view> known) const;

    // Array access.
    std::size_t arraySize() const; // requires an array
    JsonField at(std::size_t index) const;

    std::string string() const;
    double number() const;                 // finite
    int integer(int min, int max) const;   // whole number within [min, max]
    std::uint64_t unsignedInteger() const; // whole number in [0, 2⁶⁴)
    bool boolean() const;
    // An array of `rows` arrays of `cols` finite numbers. rows or cols < 0: any count
    // (cols then taken from the first row, and every row must match it).
    Matrix matrix(int rows, int cols) const;
    // An array of exactly `count` finite numbers, stored to out[0 … count − 1].
    void numbersInto(double* out, std::size_t count) const;

private:
    const nlohmann::json* value_;
    std::string path_;
};

// A string naming one value of an enum: `parse` (such as parseScoring) returns nullopt for
// an unknown name, which is refused listing `choices` ("dot, scaled_dot, additive").
[[noreturn]] void failUnknownValue(const JsonField& field, const std::string& text, const char* choices);
template <typename Enum, typename Parse> Enum parseEnum(const JsonField& field, Parse parse, const char* choices) {
    const std::string text = field.string();
    if (auto value = parse(text)) return *value;
    failUnknownValue(field, text, choices);
}

// "a string", "an array", … for messages.
std::string describeJsonType(const nlohmann::json& value);

// The path of `key` inside the object at `parent`: "model.heads", or, for a key that holds a
// dot, a bracket, a quote, a space or a control character (a weight's state-dict name),
// weights["encoder.layers.0.linear1.weight"], escaped as in JSON (escapedText, json_writer.h).
std::string jsonChildPath(const std::string& parent, std::string_view key);

} // namespace al
