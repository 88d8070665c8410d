#include "core/attention/attention_influence.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <memory>
#include <stdexcept>
#include <vector>

namespace al {

// The reverse pass of the layer for one output bᵗ (d_out numbers), all d_out rows of
// ∂bᵗ/∂(·) at once. Forward, for head h (MATH.md §1–6):
//
//   x_j ─W_k^h─▶ k_j ─┐
//   x_t ─W_q^h─▶ q_t ─┴─▶ α_{t,j} ─(mask, softmax|relu)─▶ α′_{t,j} ─┐
//   x_j ─W_v^h─▶ v_j ─────────────────────────────────────────────┴─▶ b^{t,h} = Σ_j α′_{t,j} v_j
//   cᵗ = [b^{t,0}; …; b^{t,H−1}],  bᵗ = W_o cᵗ (or cᵗ)
//
// Backward, with G^h = ∂bᵗ/∂b^{t,h} (d_out × d_v: W_o's columns of head h, or the identity's):
//   ∂bᵗ/∂α′_{t,j} = G^h v_j                                                    (d_out)
//   softmax: ∂bᵗ/∂α_{t,j} = α′_{t,j} (G^h v_j − Σ_k α′_{t,k} G^h v_k) = α′_{t,j} G^h (v_j − b^{t,h})
//   relu:    ∂bᵗ/∂α_{t,j} = [M_{t,j} = 1 and α_{t,j} > 0] G^h v_j
//   ∂bᵗ/∂(raw score) = the above / (√d_k · τ) (scaled dot) or / τ
//   raw = q_t·k_j:             ∂/∂k_j = (·) q_tᵀ,  ∂/∂q_t = (·) k_jᵀ
//   raw = w_a·tanh(q_t + k_j): ∂/∂k_j = ∂/∂q_t = (·) (w_a ⊙ (1 − tanh²(q_t + k_j)))ᵀ
//   ∂/∂x_j through k_j: (·) W_k^h;  through v_j: α′_{t,j} G^h W_v^h;  through q_t (j = t only): (·) W_q^h
// so the block for input s is
//   ∂bᵗ/∂x_s = Σ_h [u^h_s (κ^h_s W_k^h) + α′^h_{t,s} G^h W_v^h] + [s = t] Σ_h (Σ_j u^h_j ρ^h_jᵀ) W_q^h
// with u^h_s = ∂bᵗ/∂(raw score t,s) (d_out), κ the key side (q_t or w_a ⊙ (1 − tanh²)) and
// ρ the query side (k_s or the same). A key the mask keeps from t entirely gives exactly 0.

namespace {

// What does not depend on the output t, per head.
struct HeadPaths {
    Matrix valueGradient; // N × d_out, row j = (G^h v_j)ᵀ: ∂bᵗ/∂α′_{t,j} for every t
    Matrix valuePath;     // d_out × d_model, G^h W_v^h: ∂bᵗ/∂x_j through v_j, per unit α′_{t,j}
    Matrix queryKeyPath;  // dot scoring: N × d_model, row t = q_tᵀ W_k^h (∂raw_{t,j}/∂x_j); else empty
    Matrix W_q, W_k;      // d_k × d_model, the head's rows of W_q and W_k
    const HeadTrace* head = nullptr;
    RowVector w_a; // 1 × d_k, additive scoring
    std::shared_ptr<const HeadAttention> attention;
};

std::vector<HeadPaths> headPaths(const Trace& trace, const Matrix& outputGradient, Cancellation& cancellation) {
    const ModelConfig& c = trace.config;
    std::vector<HeadPaths> paths(std::size_t(c.heads));
    for (int h = 0; h < c.heads; ++h) {
        cancellation.check();
        HeadPaths& p = paths[std::size_t(h)];
        p.head = &trace.heads[std::size_t(h)];
        const auto G = outputGradient.middleCols(Eigen::Index(h) * c.dV, c.dV); // d_out × d_v, G^h
        p.valueGradient.noalias() = p.head->v * G.transpose();                  // N × d_out
        p.valuePath.noalias() = G * trace.weights.W_v.middleRows(Eigen::Index(h) * c.dV, c.dV);
        p.W_q = trace.weights.W_q.middleRows(Eigen::Index(h) * c.dK, c.dK);
        p.W_k = trace.weights.W_k.middleRows(Eigen::Index(h) * c.dK, c.dK);
        if (c.scoring == Scoring::Additive)
            p.w_a = trace.weights.w_a.row(h);
        else
            p.queryKeyPath.noalias() = p.head->q * p.W_k; // N × d_model
        p.attention = trace.attention(h, cancellation);
    }
    return paths;
}

// The sources s are taken a block at a time, so that the per-source matrices of one output
// stay small (sourceBlock × d_out per head) whatever N.
constexpr Eigen::Index sourceBlock = 64;

// One head's part of ∂bᵗ/∂(raw score t,s), and its key side, for a block of sources.
struct HeadBlock {
    Matrix u; // sources × d_out, row s = u^h_sᵀ = ∂bᵗ/∂(raw score t,s)
    Matrix side; // additive: sources × d_k, row s = (w_a ⊙ (1 − tanh²(q_t + k_s)))ᵀ = ∂raw/∂q_t = ∂raw/∂k_s
    Matrix key; // additive: sources × d_model, row s = side_s W_k^h: ∂raw/∂x_s through k_s
};

// ‖Σ_h (u^h_s ⊗ key^h_s + α′^h_{t,s} G^h W_v^h)‖_F² without forming the block: one row of it
// (d_model numbers, in `row`) at a time.
double squaredBlockNorm(const std::vector<HeadPaths>& paths, const std::vector<HeadBlock>& blocks,
                        const std::vector<const double*>& keys, Eigen::Index local, int t, int s, RowVector& row) {
    const Eigen::Index dOut = paths.front().valuePath.rows(), dModel = row.size();
    double* out = row.data();
    double sum = 0;
    for (Eigen::Index r = 0; r < dOut; ++r) {
        for (std::size_t h = 0; h < paths.size(); ++h) {
            const double u = blocks[h].u(local, r), weight = paths[h].attention->weights(t, s);
            const double* key = keys[h];
            const double* value = paths[h].valuePath.row(r).data();
            if (h == 0) {
#pragma omp simd
                for (Eigen::Index m = 0; m < dModel; ++m)
                    out[m] = u * key[m] + weight * value[m];
            } else {
#pragma omp simd
                for (Eigen::Index m = 0; m < dModel; ++m)
                    out[m] += u * key[m] + weight * value[m];
            }
        }
#pragma omp simd reduction(+ : sum)
        for (Eigen::Index m = 0; m < dModel; ++m)
            sum += out[m] * out[m];
    }
    return sum;
}

// Row t of the influence: ‖∂bᵗ/∂x_s‖_F for every s, into `row` (1 × N).
void influenceRow(const Trace& trace, const std::vector<HeadPaths>& paths, int t, Eigen::Ref<RowVector> influence) {
    const ModelConfig& c = trace.config;
    const int n = trace.tokenCount();
    const Eigen::Index dOut = paths.front().valuePath.rows(), dModel = c.dModel;
    // ∂α/∂(raw score): the √d_k scaling and the temperature.
    const double scale = 1.0 / ((c.scoring == Scoring::ScaledDot ? std::sqrt(double(c.dK)) : 1.0) * c.temperature);
    const bool additive = c.scoring == Scoring::Additive, softmax = c.normalization == Normalization::Softmax;
    const std::size_t heads = paths.size();

    std::vector<HeadBlock> blocks(heads);
    std::vector<RowVector> outputGradient(heads); // (G^h b^{t,h})ᵀ = Σ_j α′_{t,j} (G^h v_j)ᵀ, 1 × d_out
    std::vector<Matrix> queryGradient(heads);     // Σ_s u_s ρ_sᵀ = ∂bᵗ/∂q^{t,h}, d_out × d_k
    for (std::size_t h = 0; h < heads; ++h) {
        outputGradient[h].noalias() = paths[h].attention->weights.row(t) * paths[h].valueGradient;
        queryGradient[h] = Matrix::Zero(dOut, c.dK);
    }
    std::vector<const double*> keys(heads); // key^h_s: ∂raw_{t,s}/∂x_s through k_s, d_model each
    RowVector row(dModel);
    Matrix diagonal(dOut, dModel); // ∂bᵗ/∂x_t through k_t and v_t; through q_t once every s is seen
    for (Eigen::Index first = 0; first < n; first += sourceBlock) {
        const Eigen::Index count = std::min<Eigen::Index>(sourceBlock, n - first); // sources first … first + count − 1
        for (std::size_t h = 0; h < heads; ++h) {
            const HeadPaths& p = paths[h];
            HeadBlock& b = blocks[h];
            const auto weights = p.attention->weights.row(t).segment(first, count); // α′_{t,s}
            // u_s = ∂bᵗ/∂(raw score t,s): through the normalisation, the temperature and √d_k
            b.u = p.valueGradient.middleRows(first, count); // G^h v_s
            if (softmax) {                                  // α′_{t,s} G^h (v_s − b^{t,h})
                b.u.rowwise() -= outputGradient[h];
                b.u = (scale * weights.transpose()).asDiagonal() * b.u;
            } else { // [M_{t,s} = 1 and α_{t,s} > 0] G^h v_s
                for (Eigen::Index local = 0; local < count; ++local)
                    b.u.row(local) *=
                        trace.mask(t, first + local) && p.attention->scores(t, first + local) > 0 ? scale : 0.0;
            }
            const auto keysHere = p.head->k.middleRows(first, count); // k_s, sources × d_k
            if (additive) {
                b.side = (keysHere.rowwise() + p.head->q.row(t)).array().tanh().square();
                b.side = ((1.0 - b.side.array()).rowwise() * p.w_a.array()).matrix();
                b.key.noalias() = b.side * p.W_k;                       // sources × d_model
                queryGradient[h].noalias() += b.u.transpose() * b.side; // ∂raw/∂q_t = side_s
            } else {
                queryGradient[h].noalias() += b.u.transpose() * keysHere; // ∂raw/∂q_t = k_s
            }
        }
        for (Eigen::Index local = 0; local < count; ++local) {
            const int s = int(first + local);
            if (s != t && !trace.mask(t, s)) {
                influence(s) = 0; // the key s is hidden from query t: bᵗ does not see x_s at all
                continue;
            }
            for (std::size_t h = 0; h < heads; ++h)
                keys[h] = additive ? blocks[h].key.row(local).data() : paths[h].queryKeyPath.row(t).data();
            if (s != t) {
                influence(s) = std::sqrt(squaredBlockNorm(paths, blocks, keys, local, t, s, row));
                continue;
            }
            diagonal.setZero();
            for (std::size_t h = 0; h < heads; ++h)
                diagonal.noalias() +=
                    blocks[h].u.row(local).transpose() * Eigen::Map<const RowVector>(keys[h], dModel) +
                    paths[h].attention->weights(t, s) * paths[h].valuePath;
        }
    }
    for (std::size_t h = 0; h < heads; ++h)
        diagonal.noalias() += queryGradient[h] * paths[h].W_q; // through q_t
    influence(t) = diagonal.norm();
}

} // namespace

Matrix attentionInfluence(const Trace& trace, Cancellation& cancellation) {
    const ModelConfig& c = trace.config;
    const int n = trace.tokenCount();
    if (int(trace.heads.size()) != c.heads)
        throw std::invalid_argument("attentionInfluence: the trace must hold every head (ComputedHeads::All)");
    if (n > maxInfluenceTokens) throw std::invalid_argument("attentionInfluence: more than maxInfluenceTokens tokens");
    Matrix influence = Matrix::Zero(n, n);
    if (n == 0) return influence;
    // ∂bᵗ/∂cᵗ, the same for every t: W_o (d_model × H·d_v), or the identity without the projection.
    const Matrix outputGradient =
        c.outputProjection ? trace.weights.W_o
                           : Matrix(Matrix::Identity(Eigen::Index(c.heads) * c.dV, Eigen::Index(c.heads) * c.dV));
    const std::vector<HeadPaths> paths = headPaths(trace, outputGradient, cancellation);

    // The outputs are independent: with OpenMP they are shared out among the cores. An
    // exception (Cancelled) cannot leave the loop: the first is kept and thrown after it.
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    std::atomic<int> done{0};
#pragma omp parallel for schedule(dynamic) if (n > 16)
    for (int t = 0; t < n; ++t) {
        if (failed.load(std::memory_order_relaxed)) continue;
        try {
            cancellation.check();
            influenceRow(trace, paths, t, influence.row(t));
            cancellation.report(double(++done) / double(n));
        } catch (...) {
#pragma omp critical(attention_influence_failure)
            if (!failure) failure = std::current_exception();
            failed = true;
        }
    }
    if (failure) std::rethrow_exception(failure);
    return influence;
}

} // namespace al
