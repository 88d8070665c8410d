#include "core/attention/attention_influence.h"

#include <atomic>
#include <cmath>
#include <exception>
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
    Matrix queryKeyPath;  // dot scoring: N × d_model, row t = q_tᵀ W_k^h (∂α_{t,j}/∂x_j); else empty
    Matrix W_q, W_k;      // d_k × d_model, the head's rows of W_q and W_k
    Matrix q, k;          // N × d_k
    RowVector w_a;        // 1 × d_k, additive scoring
    std::shared_ptr<const HeadAttention> attention;
};

std::vector<HeadPaths> headPaths(const Trace& trace, const Matrix& outputGradient, Cancellation& cancellation) {
    const ModelConfig& c = trace.config;
    std::vector<HeadPaths> paths(std::size_t(c.heads));
    for (int h = 0; h < c.heads; ++h) {
        cancellation.check();
        HeadPaths& p = paths[std::size_t(h)];
        const HeadTrace& head = trace.heads[std::size_t(h)];
        const auto G = outputGradient.middleCols(Eigen::Index(h) * c.dV, c.dV); // d_out × d_v, G^h
        p.valueGradient.noalias() = head.v * G.transpose();                     // N × d_out
        p.valuePath.noalias() = G * trace.weights.W_v.middleRows(Eigen::Index(h) * c.dV, c.dV);
        p.W_q = trace.weights.W_q.middleRows(Eigen::Index(h) * c.dK, c.dK);
        p.W_k = trace.weights.W_k.middleRows(Eigen::Index(h) * c.dK, c.dK);
        p.q = head.q;
        p.k = head.k;
        if (c.scoring == Scoring::Additive)
            p.w_a = trace.weights.w_a.row(h);
        else
            p.queryKeyPath.noalias() = head.q * p.W_k; // N × d_model
        p.attention = trace.attention(h, cancellation);
    }
    return paths;
}

// Row t of the influence: ‖∂bᵗ/∂x_s‖_F for every s, into `row` (1 × N).
void influenceRow(const Trace& trace, const std::vector<HeadPaths>& paths, int t, Eigen::Ref<RowVector> row) {
    const ModelConfig& c = trace.config;
    const int n = trace.tokenCount();
    const Eigen::Index dOut = paths.front().valuePath.rows(), dModel = c.dModel;
    // ∂α/∂(raw score): the √d_k scaling and the temperature.
    const double scale = 1.0 / ((c.scoring == Scoring::ScaledDot ? std::sqrt(double(c.dK)) : 1.0) * c.temperature);
    const bool additive = c.scoring == Scoring::Additive, softmax = c.normalization == Normalization::Softmax;

    std::vector<RowVector> outputGradient(paths.size()); // (G^h b^{t,h})ᵀ = Σ_j α′_{t,j} (G^h v_j)ᵀ, 1 × d_out
    std::vector<Matrix> queryGradient(paths.size());     // Σ_j u_j ρ_jᵀ: ∂bᵗ/∂q^{t,h}, d_out × d_k
    for (std::size_t h = 0; h < paths.size(); ++h) {
        outputGradient[h].noalias() = paths[h].attention->weights.row(t) * paths[h].valueGradient;
        queryGradient[h] = Matrix::Zero(dOut, c.dK);
    }
    Matrix J(dOut, dModel), diagonal;           // ∂bᵗ/∂x_s; the block s = t, finished after every s
    RowVector u(dOut), side(c.dK), key(dModel); // u_s, w_a ⊙ (1 − tanh²), κ W_k
    // s = t last: its block needs the query's gradient, which every s adds to.
    for (int step = 0; step < n; ++step) {
        const int s = step < t ? step : step < n - 1 ? step + 1 : t;
        if (s != t && !trace.mask(t, s)) {
            row(s) = 0; // the key s is hidden from query t: b^t does not see x_s at all
            continue;
        }
        J.setZero();
        for (std::size_t h = 0; h < paths.size(); ++h) {
            const HeadPaths& p = paths[h];
            const double weight = p.attention->weights(t, s); // α′_{t,s}
            // u_s = ∂bᵗ/∂(raw score t,s), through the normalisation, the temperature and √d_k
            if (softmax)
                u.noalias() = (weight * scale) * (p.valueGradient.row(s) - outputGradient[h]);
            else if (trace.mask(t, s) && p.attention->scores(t, s) > 0)
                u.noalias() = scale * p.valueGradient.row(s);
            else
                u.setZero();
            if (additive) {
                side = p.w_a.array() * (1.0 - (p.q.row(t) + p.k.row(s)).array().tanh().square()); // ∂raw/∂q = ∂raw/∂k
                key.noalias() = side * p.W_k;
                J.noalias() += u.transpose() * key;
                queryGradient[h].noalias() += u.transpose() * side;
            } else {
                J.noalias() += u.transpose() * p.queryKeyPath.row(t);     // through k_s: ∂raw/∂k_s = q_t
                queryGradient[h].noalias() += u.transpose() * p.k.row(s); // ∂raw/∂q_t = k_s
            }
            if (weight != 0) J += weight * p.valuePath; // through v_s
        }
        if (s == t)
            for (std::size_t h = 0; h < paths.size(); ++h)
                J.noalias() += queryGradient[h] * paths[h].W_q; // through q_t
        row(s) = J.norm();
    }
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
