#include "core/rnn/elman_rnn.h"

#include "core/base/seeded_random.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace al {

RnnWeights rnnWeightsOf(const Sample& sample) {
    const RnnBlock given = sample.rnn.value_or(RnnBlock{});
    const int dModel = int(sample.embeddings.cols());
    // d_h: the block's hidden_size, else the size its W_x or W_h gives, else d_model.
    const int dH = given.hiddenSize       ? *given.hiddenSize
                   : given.W_x.rows() > 0 ? int(given.W_x.rows())
                   : given.W_h.rows() > 0 ? int(given.W_h.rows())
                                          : dModel;
    if ((given.W_x.size() > 0 && (given.W_x.rows() != dH || given.W_x.cols() != dModel)) ||
        (given.W_h.size() > 0 && (given.W_h.rows() != dH || given.W_h.cols() != dH)) ||
        (given.b.size() > 0 && given.b.size() != dH))
        throw std::invalid_argument("rnnWeightsOf: the rnn block's shapes disagree with d_h or d_model");
    // PyTorch's nn.RNN initialisation: every weight U(−1/√d_h, 1/√d_h).
    const std::uint64_t seed = sample.model.config.seed;
    const double scale = 1.0 / std::sqrt(double(dH));
    RnnWeights weights;
    weights.W_x = given.W_x.size() > 0 ? given.W_x : uniformMatrix(seed, "rnn.W_x", dH, dModel, scale); // d_h × d_model
    weights.W_h = given.W_h.size() > 0 ? given.W_h : uniformMatrix(seed, "rnn.W_h", dH, dH, scale);     // d_h × d_h
    weights.b = given.b.size() > 0 ? given.b : RowVector(uniformMatrix(seed, "rnn.b", 1, dH, scale));   // 1 × d_h
    return weights;
}

Matrix rnnHidden(const RnnWeights& w, const Matrix& inputs) {
    const Eigen::Index n = inputs.rows();
    // The input part of every step at once, in row form: row t = (W_x a_t + b)ᵀ     (N × d_h)
    Matrix hidden = inputs * w.W_x.transpose();
    hidden.rowwise() += w.b;
    // Then the recurrence, one step after another: h_t = tanh(W_x a_t + b + W_h h_{t−1}),
    // h_{−1} = 0. Row form: h_tᵀ += h_{t−1}ᵀ W_hᵀ.
    for (Eigen::Index t = 0; t < n; ++t) {
        if (t > 0) hidden.row(t).noalias() += hidden.row(t - 1) * w.W_h.transpose();
        hidden.row(t) = hidden.row(t).array().tanh().matrix();
    }
    return hidden;
}

namespace {
// The sources s handled together: their blocks ∂h_t/∂a_s (d_h × d_model each) side by side
// take at most this many doubles (32 MB), whatever N, d_h and d_model.
constexpr Eigen::Index chunkDoubles = Eigen::Index{1} << 22;
} // namespace

Matrix rnnInfluence(const RnnWeights& w, const Matrix& hidden, Cancellation& cancellation) {
    const Eigen::Index n = hidden.rows(), dH = w.W_h.rows(), dModel = w.W_x.cols();
    Matrix influence = Matrix::Zero(n, n); // s > t stays exactly 0: h_t does not see a_s
    if (n == 0) return influence;
    // D_t = diag(1 − h_t²), tanh's derivative at step t, one row per step       (N × d_h)
    const Matrix derivative = (1.0 - hidden.array().square()).matrix();
    // The chain rule forward in t, for a chunk of sources s at once:
    //   J_{s,s} = D_s W_x,   J_{t,s} = D_t W_h J_{t−1,s}                         (d_h × d_model)
    // Blocks side by side, J = [J_{t,s0} … J_{t,t}], so that each step is one product
    // D_t W_h J of d_h × d_h by d_h × (sources · d_model): N² d_h² d_model / 2 multiply-adds.
    const Eigen::Index chunk = std::max<Eigen::Index>(1, chunkDoubles / std::max<Eigen::Index>(dH * dModel, 1));
    Matrix blocks, next;
    for (Eigen::Index first = 0; first < n; first += chunk) {
        const Eigen::Index last = std::min(n, first + chunk); // sources first … last − 1
        blocks.resize(dH, (last - first) * dModel);
        next.resize(dH, (last - first) * dModel);
        for (Eigen::Index t = first; t < n; ++t) {
            cancellation.check();
            const Eigen::Index sources = std::min(t, last - 1) - first + 1; // s = first … min(t, last − 1)
            const auto D_t = derivative.row(t).transpose().asDiagonal();
            if (t > first) { // J_{t,s} = D_t W_h J_{t−1,s} for the sources already started
                const Eigen::Index carried = std::min(t, last) - first;
                next.leftCols(carried * dModel).noalias() = w.W_h * blocks.leftCols(carried * dModel);
                blocks.leftCols(carried * dModel) = D_t * next.leftCols(carried * dModel);
            }
            if (t < last) blocks.middleCols((t - first) * dModel, dModel) = D_t * w.W_x; // J_{t,t} = D_t W_x
            for (Eigen::Index s = 0; s < sources; ++s)
                influence(t, first + s) = blocks.middleCols(s * dModel, dModel).norm(); // ‖J_{t,s}‖_F
            cancellation.report(double(first) / double(n) +
                                double(t - first + 1) / double(n - first) * double(last - first) / double(n));
        }
    }
    return influence;
}

} // namespace al
