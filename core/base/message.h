#pragma once
// Words for users, kept translatable: an English pattern with %1 … %9 and the values that
// fill it in. The core itself speaks English (text()); the app shows the pattern in the
// user's language first (ui/core_messages.h). Patterns are written where they are used
// as QT_TRANSLATE_NOOP("Message", "…") (core/base/translatable.h), so Qt's lupdate finds them
// in this Qt-free code.
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace al {

struct Message {
    std::string pattern;           // "expected %1 rows, got %2"; empty: no message
    std::vector<std::string> args; // "3", "2"

    bool empty() const { return pattern.empty(); }
    std::string text() const; // the pattern filled in: "expected 3 rows, got 2"
    // The same with the pattern and each value first passed through `word` (the app's
    // translation; UTF-8 in and out). One pass: a value holding "%2" stays as it is.
    std::string text(const std::function<std::string(const std::string&)>& word) const;
};

namespace detail {
inline std::string messageArg(std::string_view text) {
    return std::string(text);
}
inline std::string messageArg(const char* text) {
    return text;
}
inline std::string messageArg(const std::string& text) {
    return text;
}
template <typename Number, typename = std::enable_if_t<std::is_integral_v<Number>>>
std::string messageArg(Number number) {
    return std::to_string(number);
}
} // namespace detail

template <typename... Args> Message message(const char* pattern, const Args&... args) {
    return {pattern, {detail::messageArg(args)...}};
}

} // namespace al
