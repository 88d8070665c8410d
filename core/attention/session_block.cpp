#include "core/attention/session_block.h"

#include <algorithm>

namespace al {

void SessionBlock::set(const std::string& name, SessionValue value) {
    const auto field =
        std::find_if(fields.begin(), fields.end(), [&](const SessionField& f) { return f.name == name; });
    if (field != fields.end())
        field->value = std::move(value);
    else
        fields.push_back({name, std::move(value)});
}

const SessionValue* SessionBlock::find(std::string_view name) const {
    const auto field =
        std::find_if(fields.begin(), fields.end(), [&](const SessionField& f) { return f.name == name; });
    return field == fields.end() ? nullptr : &field->value;
}

namespace {
template <typename T> std::optional<T> valueOf(const SessionValue* value) {
    if (value && std::holds_alternative<T>(*value)) return std::get<T>(*value);
    return std::nullopt;
}
} // namespace

std::optional<std::string> SessionBlock::text(std::string_view name) const {
    return valueOf<std::string>(find(name));
}
std::optional<std::int64_t> SessionBlock::integer(std::string_view name) const {
    return valueOf<std::int64_t>(find(name));
}
std::optional<bool> SessionBlock::boolean(std::string_view name) const {
    return valueOf<bool>(find(name));
}

} // namespace al
