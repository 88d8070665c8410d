#include "core/nn/architecture.h"

#include <array>
#include <utility>

namespace al::nn {
namespace {
template <typename E, std::size_t N>
std::optional<E> parse(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view text) {
    for (const auto& [value, spelling] : names)
        if (spelling == text) return value;
    return std::nullopt;
}
template <typename E, std::size_t N>
std::string_view spell(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
    for (const auto& [v, spelling] : names)
        if (v == value) return spelling;
    return {};
}

constexpr std::array taskNames{std::pair{Task::Labelling, std::string_view("labelling")},
                               std::pair{Task::Classification, std::string_view("classification")},
                               std::pair{Task::Seq2Seq, std::string_view("seq2seq")},
                               std::pair{Task::LanguageModel, std::string_view("language_model")}};
constexpr std::array normNames{std::pair{NormPlacement::Post, std::string_view("post")},
                               std::pair{NormPlacement::Pre, std::string_view("pre")}};
constexpr std::array activationNames{std::pair{Activation::Relu, std::string_view("relu")},
                                     std::pair{Activation::Gelu, std::string_view("gelu")}};
} // namespace

bool hasEncoder(Task task) {
    return task != Task::LanguageModel;
}
bool hasDecoder(Task task) {
    return task == Task::Seq2Seq || task == Task::LanguageModel;
}

std::string_view name(Task task) {
    return spell(taskNames, task);
}
std::string_view name(NormPlacement norm) {
    return spell(normNames, norm);
}
std::string_view name(Activation activation) {
    return spell(activationNames, activation);
}
std::optional<Task> parseTask(std::string_view text) {
    return parse(taskNames, text);
}
std::optional<NormPlacement> parseNormPlacement(std::string_view text) {
    return parse(normNames, text);
}
std::optional<Activation> parseActivation(std::string_view text) {
    return parse(activationNames, text);
}

} // namespace al::nn
