#pragma once
// How the file formats spell an enum's values: a table of (value, spelling) pairs, looked
// up both ways. Parsing returns nullopt for a spelling the table does not hold.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace al {

template <typename Enum, std::size_t Count> using NameTable = std::array<std::pair<Enum, std::string_view>, Count>;

template <typename Enum, std::size_t Count> std::string_view nameIn(const NameTable<Enum, Count>& table, Enum value) {
    for (const auto& [entry, text] : table)
        if (entry == value) return text;
    return {};
}

template <typename Enum, std::size_t Count>
std::optional<Enum> parseIn(const NameTable<Enum, Count>& table, std::string_view text) {
    for (const auto& [entry, spelling] : table)
        if (spelling == text) return entry;
    return std::nullopt;
}

} // namespace al
