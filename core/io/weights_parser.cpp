#include "core/io/weights_parser.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"

#include <string>

namespace al {

namespace {

std::string describeShape(const nn::Slot& slot) {
    return slot.isVector ? "a vector of " + std::to_string(slot.rows) + " numbers"
                         : std::to_string(slot.rows) + " × " + std::to_string(slot.cols);
}

// The shape of what the file gives, in the words of describeShape (the first row's width
// for an array of arrays; a ragged row is refused later, at its own path).
std::string describeShape(const nlohmann::json& value) {
    if (!value.is_array()) return describeJsonType(value);
    if (value.empty()) return QT_TRANSLATE_NOOP("Message", "an empty array");
    if (value[0].is_array()) return std::to_string(value.size()) + " × " + std::to_string(value[0].size());
    return "a vector of " + std::to_string(value.size()) + " numbers";
}

bool hasShape(const nlohmann::json& value, const nn::Slot& slot) {
    if (!value.is_array() || value.size() != std::size_t(slot.rows) || value.empty()) return false;
    if (slot.isVector) return !value[0].is_array();
    return value[0].is_array() && value[0].size() == std::size_t(slot.cols);
}

void parseTensor(const JsonField& tensor, const nn::Slot& slot, nn::Tensors& weights) {
    if (!hasShape(tensor.json(), slot))
        tensor.fail(message(QT_TRANSLATE_NOOP("Message", "expected %1, got %2"), describeShape(slot),
                            describeShape(tensor.json())));
    double* values = weights.values().data() + slot.offset;
    if (slot.isVector) return tensor.numbersInto(values, slot.size());
    for (int r = 0; r < slot.rows; ++r)
        tensor.at(std::size_t(r)).numbersInto(values + std::size_t(r) * std::size_t(slot.cols), std::size_t(slot.cols));
}

} // namespace

void parseWeights(const JsonField& block, nn::Tensors& weights) {
    block.requireObject();
    const nn::ParameterLayout& layout = weights.layout();
    for (const auto& [name, value] : block.json().items()) {
        const JsonField tensor(value, jsonChildPath(block.path(), name));
        const nn::NamedSlot* slot = layout.find(name);
        if (!slot)
            tensor.fail(
                message(QT_TRANSLATE_NOOP("Message", "this model has no tensor of that name (its %1 tensors are named "
                                                     "as PyTorch's state dict, from \"%2\" to \"%3\")"),
                        layout.entries().size(), layout.entries().front().name, layout.entries().back().name));
        parseTensor(tensor, slot->slot, weights);
    }
}

} // namespace al
