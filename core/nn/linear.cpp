#include "core/nn/linear.h"

#include "core/nn/row_blocks.h"

namespace al::nn {

// ----------------------------------------------------------------------------
// forward pass: out = in Wᵀ + b

Matrix linearForward(const Matrix& in, const Tensors& weights, const LinearSlots& slots) {
    const ConstMatrixMap weight = weights.matrix(slots.weight); // O × I
    Matrix out;                                                 // R × O
    productByRowBlocks(out, in, weight.transpose());
    out.rowwise() += weights.vector(slots.bias);
    return out;
}

// ----------------------------------------------------------------------------
// backward pass: each output row r depends on W through in_r, on b once, on in_r through W

Matrix linearBackward(const Matrix& dOut, const Matrix& in, const Tensors& weights, const LinearSlots& slots,
                      Tensors& grads) {
    const ConstMatrixMap weight = weights.matrix(slots.weight);    // O × I
    grads.matrix(slots.weight).noalias() += dOut.transpose() * in; // O × I
    grads.vector(slots.bias) += dOut.colwise().sum();              // 1 × O
    Matrix dIn(dOut.rows(), weight.cols());                        // R × I
    dIn.noalias() = dOut * weight;
    return dIn;
}

} // namespace al::nn
