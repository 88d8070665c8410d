#include "core/rnn/elman_rnn.h"

#include "core/base/seeded_random.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
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
// take at most this many doubles (2 MB), so that each step's product runs in the core's cache
// instead of streaming the whole N · d_h · d_model of them through memory N times.
constexpr Eigen::Index chunkDoubles = Eigen::Index{1} << 18;

// Columns s = first … last − 1 of the influence, rows t ≥ first, by the chain rule forward in t:
//   J_{s,s} = D_s W_x,   J_{t,s} = D_t W_h J_{t−1,s}                             (d_h × d_model)
// the blocks side by side, J = [J_{t,first} … J_{t,min(t, last−1)}], so that each step is one
// product of d_h × d_h by d_h × (sources · d_model).
void influenceColumns(const RnnWeights& w, const Matrix& derivative, Eigen::Index first, Eigen::Index last,
                      Matrix& influence, Cancellation& cancellation) {
    const Eigen::Index n = derivative.rows(), dH = w.W_h.rows(), dModel = w.W_x.cols();
    Matrix blocks(dH, (last - first) * dModel), next(dH, (last - first) * dModel);
    for (Eigen::Index t = first; t < n; ++t) {
        cancellation.check();
        const auto D_t = derivative.row(t).transpose().asDiagonal();
        if (t > first) { // J_{t,s} = D_t W_h J_{t−1,s} for the sources already started
            const Eigen::Index columns = (std::min(t, last) - first) * dModel;
            next.leftCols(columns).noalias() = w.W_h * blocks.leftCols(columns);
            blocks.leftCols(columns) = D_t * next.leftCols(columns);
        }
        if (t < last) blocks.middleCols((t - first) * dModel, dModel) = D_t * w.W_x; // J_{t,t} = D_t W_x
        const Eigen::Index sources = std::min(t, last - 1) - first + 1;              // s = first … min(t, last − 1)
        for (Eigen::Index s = 0; s < sources; ++s)
            influence(t, first + s) = blocks.middleCols(s * dModel, dModel).norm(); // ‖J_{t,s}‖_F
    }
}
} // namespace

Matrix rnnInfluence(const RnnWeights& w, const Matrix& hidden, Cancellation& cancellation) {
    const Eigen::Index n = hidden.rows(), dH = w.W_h.rows(), dModel = w.W_x.cols();
    Matrix influence = Matrix::Zero(n, n); // s > t stays exactly 0: h_t does not see a_s
    if (n == 0) return influence;
    // D_t = diag(1 − h_t²), tanh's derivative at step t, one row per step       (N × d_h)
    const Matrix derivative = (1.0 - hidden.array().square()).matrix();
    // N² d_h² d_model / 2 multiply-adds in all, in chunks of sources that are independent: with
    // OpenMP they are shared out among the cores. An exception (Cancelled) cannot leave the
    // loop: the first is kept and thrown after it.
    const Eigen::Index chunk = std::max<Eigen::Index>(1, chunkDoubles / std::max<Eigen::Index>(dH * dModel, 1));
    const int chunks = int((n + chunk - 1) / chunk);
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    std::atomic<int> done{0};
#pragma omp parallel for schedule(dynamic) if (chunks > 1)
    for (int c = 0; c < chunks; ++c) {
        if (failed.load(std::memory_order_relaxed)) continue;
        try {
            const Eigen::Index first = c * chunk, last = std::min(n, first + chunk);
            influenceColumns(w, derivative, first, last, influence, cancellation);
            cancellation.report(double(++done) / double(chunks));
        } catch (...) {
#pragma omp critical(rnn_influence_failure)
            if (!failure) failure = std::current_exception();
            failed = true;
        }
    }
    if (failure) std::rethrow_exception(failure);
    return influence;
}

} // namespace al
