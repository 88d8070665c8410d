#pragma once
// The optional "session" block a saved session adds to a sample@1 file: where the app was
// when it saved, {"lesson": id, "step": k, "query": i, "row_form": bool, "colours": name},
// every field optional. The core reads and writes it as the format defines it (which
// fields, of which kind, within which bounds, in that order) and leaves what they mean to
// the app (ui/session_state.h).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace al {

using SessionValue = std::variant<bool, std::int64_t, std::string>;

struct SessionField {
    std::string name;
    SessionValue value;
    bool operator==(const SessionField&) const = default;
};

struct SessionBlock {
    std::vector<SessionField> fields; // written in this order; the loader keeps the format's

    // Replaces the field of that name, or adds it at the end.
    void set(const std::string& name, SessionValue value);
    // The value of a field, when it is there and of that kind.
    std::optional<std::string> text(std::string_view name) const;
    std::optional<std::int64_t> integer(std::string_view name) const;
    std::optional<bool> boolean(std::string_view name) const;

    bool operator==(const SessionBlock&) const = default;

private:
    const SessionValue* find(std::string_view name) const;
};

} // namespace al
