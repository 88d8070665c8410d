#include "core/nn/parameters.h"

#include <algorithm>

namespace al::nn {

Slot ParameterLayout::addMatrix(std::string name, int rows, int cols) {
    const Slot slot{size_, rows, cols, false};
    size_ += slot.size();
    entries_.push_back({std::move(name), slot});
    return slot;
}

Slot ParameterLayout::addVector(std::string name, int size) {
    const Slot slot{size_, size, 1, true};
    size_ += slot.size();
    entries_.push_back({std::move(name), slot});
    return slot;
}

const NamedSlot* ParameterLayout::find(std::string_view name) const {
    const auto found =
        std::find_if(entries_.begin(), entries_.end(), [&](const NamedSlot& s) { return s.name == name; });
    return found == entries_.end() ? nullptr : &*found;
}

Tensors::Tensors(std::shared_ptr<const ParameterLayout> layout)
    : layout_(std::move(layout)), values_(layout_->size(), 0.0) {}

void Tensors::setZero() {
    std::fill(values_.begin(), values_.end(), 0.0);
}

} // namespace al::nn
