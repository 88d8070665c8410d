#include "core/nn/architecture.h"

#include "core/base/name_table.h"

namespace al::nn {
namespace {

constexpr NameTable<Task, 4> taskNames{{{Task::Labelling, "labelling"},
                                        {Task::Classification, "classification"},
                                        {Task::Seq2Seq, "seq2seq"},
                                        {Task::LanguageModel, "language_model"}}};
constexpr NameTable<NormPlacement, 2> normNames{{{NormPlacement::Post, "post"}, {NormPlacement::Pre, "pre"}}};
constexpr NameTable<Activation, 2> activationNames{{{Activation::Relu, "relu"}, {Activation::Gelu, "gelu"}}};

} // namespace

bool hasEncoder(Task task) {
    return task != Task::LanguageModel;
}
bool hasDecoder(Task task) {
    return task == Task::Seq2Seq || task == Task::LanguageModel;
}

std::string_view name(Task task) {
    return nameIn(taskNames, task);
}
std::string_view name(NormPlacement norm) {
    return nameIn(normNames, norm);
}
std::string_view name(Activation activation) {
    return nameIn(activationNames, activation);
}
std::optional<Task> parseTask(std::string_view text) {
    return parseIn(taskNames, text);
}
std::optional<NormPlacement> parseNormPlacement(std::string_view text) {
    return parseIn(normNames, text);
}
std::optional<Activation> parseActivation(std::string_view text) {
    return parseIn(activationNames, text);
}

} // namespace al::nn
