#include "core/nn/embedding.h"

#include <stdexcept>
#include <string>

namespace al::nn {

namespace {
void checkId(int id, const Slot& table) {
    if (id < 0 || id >= table.rows)
        throw std::out_of_range("token id " + std::to_string(id) + " is outside the embedding table's " +
                                std::to_string(table.rows) + " rows");
}
} // namespace

// ----------------------------------------------------------------------------
// forward pass: row i of the output is row ids[i] of the table (|table| × d → N × d)

Matrix embeddingForward(const std::vector<int>& ids, const Tensors& weights, const Slot& table) {
    const ConstMatrixMap rows = weights.matrix(table); // |table| × d
    Matrix out(Eigen::Index(ids.size()), rows.cols()); // N × d
    for (std::size_t i = 0; i < ids.size(); ++i) {
        checkId(ids[i], table);
        out.row(Eigen::Index(i)) = rows.row(ids[i]);
    }
    return out;
}

// ----------------------------------------------------------------------------
// backward pass: scatter-add; a token that occurs twice collects both rows' gradients

void embeddingBackward(const Matrix& dOut, const std::vector<int>& ids, const Slot& table, Tensors& grads) {
    MatrixMap dTable = grads.matrix(table); // |table| × d
    for (std::size_t i = 0; i < ids.size(); ++i) {
        checkId(ids[i], table);
        dTable.row(ids[i]) += dOut.row(Eigen::Index(i));
    }
}

} // namespace al::nn
