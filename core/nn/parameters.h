#pragma once
// Every learned number of a model in one flat array, as llm.c keeps its params_memory: a
// tensor is a Slot (offset and shape) in that array. An optimiser then runs over one array,
// a snapshot is one copy, and the gradients are a second array of the same layout.
//
//   values: [ src_embedding.weight | encoder.layers.0.self_attn.in_proj_weight | … ]
//             ^ offset 0             ^ offset |V|·d
#include "core/base/matrix.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace al::nn {

struct Slot {
    std::size_t offset = 0;
    int rows = 0;
    int cols = 0;          // 1 for a vector
    bool isVector = false; // a 1-D tensor in PyTorch (a bias, a LayerNorm's γ): an array in files
    std::size_t size() const { return std::size_t(rows) * std::size_t(cols); }
};

struct NamedSlot {
    std::string name; // PyTorch's state-dict name, e.g. "encoder.layers.0.linear1.weight"
    Slot slot;
};

// The names and shapes of a model's tensors, in the order they were added (PyTorch's
// state-dict order), and where each lies in the flat array.
class ParameterLayout {
public:
    Slot addMatrix(std::string name, int rows, int cols); // rows × cols, row-major
    Slot addVector(std::string name, int size);
    const std::vector<NamedSlot>& entries() const { return entries_; }
    const NamedSlot* find(std::string_view name) const; // nullptr when there is none
    std::size_t size() const { return size_; }          // numbers in all

private:
    std::vector<NamedSlot> entries_;
    std::size_t size_ = 0;
};

using MatrixMap = Eigen::Map<Matrix>;
using ConstMatrixMap = Eigen::Map<const Matrix>;
using RowVectorMap = Eigen::Map<RowVector>;
using ConstRowVectorMap = Eigen::Map<const RowVector>;

// Numbers laid out by a ParameterLayout: a model's weights, or their gradients. Copies
// are deep (a snapshot); the layout itself is shared and never changes.
class Tensors {
public:
    Tensors() = default;
    explicit Tensors(std::shared_ptr<const ParameterLayout> layout); // every number 0

    MatrixMap matrix(const Slot& slot) { return {values_.data() + slot.offset, slot.rows, slot.cols}; }
    ConstMatrixMap matrix(const Slot& slot) const { return {values_.data() + slot.offset, slot.rows, slot.cols}; }
    // A vector as one row (1 × n), so that `rows.rowwise() += bias` reads as the formula.
    RowVectorMap vector(const Slot& slot) { return {values_.data() + slot.offset, Eigen::Index(slot.size())}; }
    ConstRowVectorMap vector(const Slot& slot) const {
        return {values_.data() + slot.offset, Eigen::Index(slot.size())};
    }

    std::vector<double>& values() { return values_; }
    const std::vector<double>& values() const { return values_; }
    const ParameterLayout& layout() const { return *layout_; }
    const std::shared_ptr<const ParameterLayout>& sharedLayout() const { return layout_; }
    void setZero();

private:
    std::shared_ptr<const ParameterLayout> layout_ = std::make_shared<ParameterLayout>();
    std::vector<double> values_;
};

} // namespace al::nn
