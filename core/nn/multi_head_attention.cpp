#include "core/nn/multi_head_attention.h"

#include "core/attention/normalization.h"
#include "core/nn/linear.h"
#include "core/nn/row_blocks.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace al::nn {

namespace {
void checkShapes(const Matrix& queries, const Matrix& keysValues, const MaskMatrix& mask, int heads,
                 const Tensors& weights, const AttentionSlots& slots) {
    const Eigen::Index width = weights.matrix(slots.inProjWeight).cols();
    if (heads < 1 || width % heads != 0)
        throw std::invalid_argument(std::to_string(heads) + " heads do not divide d_model " + std::to_string(width));
    if (queries.cols() != width || keysValues.cols() != width)
        throw std::invalid_argument("attention reads rows of " + std::to_string(width) + " numbers, not " +
                                    std::to_string(queries.cols()) + " and " + std::to_string(keysValues.cols()));
    if (mask.rows() != queries.rows() || mask.cols() != keysValues.rows())
        throw std::invalid_argument("the mask is " + std::to_string(mask.rows()) + " × " + std::to_string(mask.cols()) +
                                    " for " + std::to_string(queries.rows()) + " queries and " +
                                    std::to_string(keysValues.rows()) + " keys");
}

void checkBackwardShapes(const Matrix& dOut, const Matrix& queries, const Matrix& keysValues,
                         const SublayerTrace& trace, int heads, const Matrix& dKeysValues) {
    if (dOut.rows() != queries.rows() || dOut.cols() != queries.cols() || trace.heads.size() != std::size_t(heads) ||
        trace.concat.rows() != queries.rows() || dKeysValues.rows() != keysValues.rows() ||
        dKeysValues.cols() != keysValues.cols())
        throw std::invalid_argument("the attention's backward pass got a gradient, a trace or a dKeysValues whose "
                                    "shape is not its forward pass's");
}
} // namespace

// ----------------------------------------------------------------------------
// forward pass

void attentionForward(const Matrix& queries, const Matrix& keysValues, const MaskMatrix& mask, int heads,
                      const Tensors& weights, const AttentionSlots& slots, SublayerTrace& trace) {
    checkShapes(queries, keysValues, mask, heads, weights, slots);
    const Eigen::Index rows = queries.rows(), cols = keysValues.rows(), width = queries.cols();
    const Eigen::Index headSize = width / heads; // d_h
    const double scale = 1.0 / std::sqrt(double(headSize));
    const ConstMatrixMap inProj = weights.matrix(slots.inProjWeight);  // 3d × d: W_q; W_k; W_v
    const ConstRowVectorMap inBias = weights.vector(slots.inProjBias); // 1 × 3d: b_q, b_k, b_v

    // Projections. The queries read X_q; keys and values both read X_kv, in one product.
    Matrix q; // R × d
    productByRowBlocks(q, queries, inProj.topRows(width).transpose());
    q.rowwise() += inBias.head(width);
    Matrix kv; // C × 2d: [K V]
    productByRowBlocks(kv, keysValues, inProj.bottomRows(2 * width).transpose());
    kv.rowwise() += inBias.tail(2 * width);

    trace.mask = mask;
    trace.heads.resize(std::size_t(heads));
    trace.concat.resize(rows, width);
    // The heads are independent: a long sequence's heads run on every core, each head's
    // products on one (the same bits whatever the number of threads).
#pragma omp parallel for schedule(dynamic, 1) if (rows * cols >= 128 * 128)
    for (int h = 0; h < heads; ++h) {
        AttentionHeadTrace& head = trace.heads[std::size_t(h)];
        const Eigen::Index first = h * headSize;                       // head h: columns [h·d_h, (h+1)·d_h)
        head.q = q.middleCols(first, headSize);                        // R × d_h
        head.k = kv.middleCols(first, headSize);                       // C × d_h
        head.v = kv.middleCols(width + first, headSize);               // C × d_h
        head.scores.resize(rows, cols);                                // R × C
        head.scores.noalias() = scale * (head.q * head.k.transpose()); // α / √d_h, before the mask
        // α′: the single layer's softmax, row by row, over the keys the mask allows.
        head.weights.resize(rows, cols); // R × C
        for (Eigen::Index i = 0; i < rows; ++i)
            normalizeRowInto(Normalization::Softmax, head.scores.row(i), mask.row(i), head.weights.row(i));
        head.output.resize(rows, headSize); // R × d_h
        head.output.noalias() = head.weights * head.v;
        trace.concat.middleCols(first, headSize) = head.output;
    }
    trace.sublayerOutput = linearForward(trace.concat, weights, slots.outProj); // R × d
}

// ----------------------------------------------------------------------------
// backward pass, the forward pass in reverse

Matrix attentionBackward(const Matrix& dOut, const Matrix& queries, const Matrix& keysValues,
                         const SublayerTrace& trace, int heads, const Tensors& weights, const AttentionSlots& slots,
                         Tensors& grads, Matrix& dKeysValues, std::vector<Matrix>* dAttentionWeights) {
    checkBackwardShapes(dOut, queries, keysValues, trace, heads, dKeysValues);
    const Eigen::Index rows = queries.rows(), cols = keysValues.rows(), width = queries.cols();
    const Eigen::Index headSize = width / heads;
    const double scale = 1.0 / std::sqrt(double(headSize));
    const ConstMatrixMap inProj = weights.matrix(slots.inProjWeight); // 3d × d

    // out = c W_oᵀ + b_o
    const Matrix dConcat = linearBackward(dOut, trace.concat, weights, slots.outProj, grads); // R × d

    Matrix dQ(rows, width);      // R × d
    Matrix dKV(cols, 2 * width); // C × 2d: [dK dV]
    Matrix dWeights(rows, cols); // R × C, reused by every head
    if (dAttentionWeights) dAttentionWeights->resize(std::size_t(heads));
    for (int h = 0; h < heads; ++h) {
        const AttentionHeadTrace& head = trace.heads[std::size_t(h)];
        const Eigen::Index first = h * headSize;
        const auto dOutput = dConcat.middleCols(first, headSize); // R × d_h

        // b = α′ V
        dWeights.noalias() = dOutput * head.v.transpose();                                      // R × C
        dKV.middleCols(width + first, headSize).noalias() = head.weights.transpose() * dOutput; // C × d_h
        if (dAttentionWeights) (*dAttentionWeights)[std::size_t(h)] = dWeights; // ∂/∂α′, before the softmax's backward

        // α′ = softmax over the allowed keys: dα_ij = α′_ij (dα′_ij − Σ_j′ α′_ij′ dα′_ij′).
        // A masked key has α′ = 0, so its score gets exactly 0, and so does every key of a
        // row with none allowed (all α′ = 0). Then the 1/√d_h of the scores.
        Matrix& dScores = dWeights; // in place, row by row
        for (Eigen::Index i = 0; i < rows; ++i) {
            const double weighted = head.weights.row(i).dot(dWeights.row(i));
            dScores.row(i) = (head.weights.row(i).array() * (dWeights.row(i).array() - weighted) * scale).matrix();
        }

        // α = q kᵀ (the scale is in dScores)
        dQ.middleCols(first, headSize).noalias() = dScores * head.k;              // R × d_h
        dKV.middleCols(first, headSize).noalias() = dScores.transpose() * head.q; // C × d_h
    }

    // Q = X_q W_qᵀ + b_q;  [K V] = X_kv [W_k; W_v]ᵀ + [b_k b_v]
    MatrixMap dInProj = grads.matrix(slots.inProjWeight);  // 3d × d
    RowVectorMap dInBias = grads.vector(slots.inProjBias); // 1 × 3d
    dInProj.topRows(width).noalias() += dQ.transpose() * queries;
    dInProj.bottomRows(2 * width).noalias() += dKV.transpose() * keysValues;
    dInBias.head(width) += dQ.colwise().sum();
    dInBias.tail(2 * width) += dKV.colwise().sum();
    dKeysValues.noalias() += dKV * inProj.bottomRows(2 * width); // C × d
    Matrix dQueries(rows, width);                                // R × d
    dQueries.noalias() = dQ * inProj.topRows(width);
    return dQueries;
}

MaskMatrix causalMask(int rows, int cols) {
    MaskMatrix mask(rows, cols);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            mask(i, j) = j <= i ? 1 : 0;
    return mask;
}

MaskMatrix fullMask(int rows, int cols) {
    return MaskMatrix::Ones(rows, cols);
}

} // namespace al::nn
