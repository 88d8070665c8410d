#include "core/attention.h"

#include "core/additive_scores.h"
#include "core/finite.h"
#include "core/masks.h"
#include "core/normalization.h"
#include "core/positional_encoding.h"

#include <algorithm>
#include <cmath>

namespace al {

namespace {
// The keys' part of the scores that does not depend on the query: tanh(k) for additive
// scoring (N × d_k), nothing otherwise. Made once per head, not once per block of queries.
Matrix keysPart(const ModelConfig& config, Eigen::Ref<const Matrix> k) {
    return config.scoring == Scoring::Additive ? tanhOf(k) : Matrix();
}

// α before the √d_k scaling and the temperature: q·k, or the additive module, written into
// `scores`, already sized q.rows() × k.rows(); keys = keysPart(config, k).
void unscaledScoresInto(const ModelConfig& config, Eigen::Ref<const Matrix> q, Eigen::Ref<const Matrix> k,
                        const Matrix& keys, const Matrix& w_a, int head, Eigen::Ref<Matrix> scores) {
    if (config.scoring != Scoring::Additive) scores.noalias() = q * k.transpose(); // α_{i,j} = q^i · k^j
    else additiveScoresInto(q, k, keys, w_a.row(head), scores); // w_a^h · tanh(q^i + k^j), the lecture's module
}

// Divides by s, as x / s. When s is a power of two, multiplying by 1/s (exact) gives the
// very same numbers without a division, which costs as much as the rest of a softmax entry.
template <typename Scores>
void divideBy(Scores&& scores, double s) {
    int exponent = 0;
    const double reciprocal = 1.0 / s;
    if (std::frexp(s, &exponent) == 0.5 && std::isnormal(reciprocal)) scores *= reciprocal;
    else scores /= s;
}

// α_{i,j} / √d_k for scaled dot product, then α ← α / τ: entry by entry, so scaling a
// whole matrix or each of its rows gives the very same numbers.
template <typename Scores>
void scaleScores(const ModelConfig& config, Scores&& scores) {
    if (config.scoring == Scoring::ScaledDot) divideBy(scores, std::sqrt(double(config.dK)));
    if (config.temperature != 1.0) divideBy(scores, config.temperature);
}
} // namespace

void attentionScoresInto(const ModelConfig& config, Eigen::Ref<const Matrix> q, Eigen::Ref<const Matrix> k,
                         const Matrix& w_a, int head, Matrix& scores) {
    scores.resize(q.rows(), k.rows());
    unscaledScoresInto(config, q, k, keysPart(config, k), w_a, head, scores);
    scaleScores(config, scores);
}

namespace {
// Scores are made a block of queries at a time, about 512 KB of them, so that the product
// writes them, and the softmax reads them, while they are in the core's cache (a whole
// N × N product would go out to memory and back). A head whose scores are not kept needs
// no more than its block (1 MB at N = 4096 instead of 128 MB).
int scoreBlockRows(int n) {
    return std::max(32, (512 * 1024 / int(sizeof(double))) / std::max(n, 1));
}

// Passes 5–7 for one head whose q, k and v are set: scores, weights and outputs, a block of
// queries at a time. Its scores and weights are kept where `head` has them sized N × N,
// else only one block of each exists. The same arithmetic whether called by run() or to
// recompute a head's weights later (recomputedHeadWeights): the same bits.
void computeHead(const ModelConfig& c, const MaskMatrix& mask, const Matrix& w_a, int h, HeadTrace& head) {
    const int n = int(head.q.rows());
    const bool keepScores = head.scores.size() > 0, keepWeights = head.weights.size() > 0;
    const int block = std::min(n, scoreBlockRows(n));
    Matrix blockScores(keepScores ? 0 : block, keepScores ? 0 : n), blockWeights(keepWeights ? 0 : block, keepWeights ? 0 : n);
    const Matrix keys = keysPart(c, head.k);
    for (int top = 0; top < n; top += block) {
        const int rows = std::min(block, n - top);
        auto scores = keepScores ? head.scores.middleRows(top, rows) : blockScores.topRows(rows);    // rows × N
        auto weights = keepWeights ? head.weights.middleRows(top, rows) : blockWeights.topRows(rows); // rows × N
        // pass 5: scores α (query·key, scaled, tempered), before the mask
        unscaledScoresInto(c, head.q.middleRows(top, rows), head.k, keys, w_a, h, scores);

        // pass 6: normalisation α → α′ over the allowed keys of each query row. Each row is
        // scaled here, while it is in cache, rather than in a pass of its own.
        for (int i = 0; i < rows; ++i) {
            scaleScores(c, scores.row(i));
            normalizeRowInto(c.normalization, scores.row(i), mask.row(top + i), weights.row(i));
        }
        // Overflow noted while the block is in cache (both blocks are whole rows, contiguous).
        if (!allFinite(scores.data(), scores.size())) head.scoresFinite = false;
        if (!allFinite(weights.data(), weights.size())) head.weightsFinite = false;
        // pass 7: weighted sum of values, b^{i,h} = Σ_j α′_{i,j} v^{j,h}           (N × d_v)
        // for this block of queries, while their weights are still in cache.
        head.output.middleRows(top, rows).noalias() = weights * head.v;
    }
}

bool keepsScores(KeptMatrices kept, int head) {
    return kept == KeptMatrices::EveryHead || (kept == KeptMatrices::FirstHead && head == 0);
}
bool keepsWeights(KeptMatrices kept, int head) {
    return kept == KeptMatrices::EveryHead || (kept != KeptMatrices::None && head == 0);
}
} // namespace

Trace run(const Sample& sample, KeptMatrices kept, ComputedHeads computed) {
    const Model& model = sample.model;
    const ModelConfig& c = model.config;
    const int n = sample.tokenCount();

    Trace trace;
    trace.title = sample.title;
    trace.description = sample.description;
    trace.tokens = sample.tokens;
    trace.config = c;
    trace.weights = model.weights;

    // pass 1: inputs and positional encoding — a, e, x = a + e            (N × d_model each)
    trace.inputs = sample.embeddings;
    trace.positional = positionalVectors(model, n);
    trace.x = trace.inputs + trace.positional;

    // pass 2: projections — q = W_q x, k = W_k x, v = W_v x for every token at once.
    // Row form: Q = X W_qᵀ                                                   (N × H·d_k)
    const Matrix Q = trace.x * model.weights.W_q.transpose();
    const Matrix K = trace.x * model.weights.W_k.transpose();                  // N × H·d_k
    const Matrix V = trace.x * model.weights.W_v.transpose();                  // N × H·d_v

    // pass 3: the mask M, the AND of every listed mask                         (N × N)
    trace.mask = combineMasks(model.masks, n);
    for (int i = 0; i < n; ++i)
        if (!trace.mask.row(i).any()) trace.fullyMaskedQueries.push_back(i);

    // Every head's matrices are allocated here, on the calling thread: blocks allocated on
    // OpenMP's threads would come from their own malloc arenas, which return them to the
    // kernel on free, so that the next trace page-faults all of them again.
    trace.heads.resize(std::size_t(c.heads));
    const int computedHeads = computed == ComputedHeads::All ? c.heads : 1;
    for (int h = 0; h < computedHeads; ++h) {
        HeadTrace& head = trace.heads[std::size_t(h)];
        head.q.resize(n, c.dK);
        head.k.resize(n, c.dK);
        head.v.resize(n, c.dV);
        if (keepsScores(kept, h)) head.scores.resize(n, n);
        if (keepsWeights(kept, h)) head.weights.resize(n, n);
        head.output.resize(n, c.dV);
    }
    // The heads are independent: with OpenMP they run side by side, one core each (Eigen's
    // products inside then stay on their core).
#pragma omp parallel for schedule(dynamic) if (computedHeads > 1)
    for (int h = 0; h < computedHeads; ++h) {
        HeadTrace& head = trace.heads[std::size_t(h)];
        // pass 4: head split — head h takes the h-th consecutive segment of q, k and v
        head.q = Q.middleCols(Eigen::Index(h) * c.dK, c.dK);                   // N × d_k
        head.k = K.middleCols(Eigen::Index(h) * c.dK, c.dK);                   // N × d_k
        head.v = V.middleCols(Eigen::Index(h) * c.dV, c.dV);                   // N × d_v
        // passes 5–7: scores α, weights α′ and outputs b^{i,h}               (N × N, N × d_v)
        computeHead(c, trace.mask, model.weights.w_a, h, head);
    }

    if (computedHeads < c.heads) return trace; // the first head only: no b to assemble

    // pass 8: concatenation cⁱ = [b^{i,0}; …; b^{i,H−1}]                        (N × H·d_v)
    trace.concat.resize(n, Eigen::Index(c.heads) * c.dV);
    for (int h = 0; h < c.heads; ++h)
        trace.concat.middleCols(Eigen::Index(h) * c.dV, c.dV) = trace.heads[std::size_t(h)].output;

    // pass 9: output projection bⁱ = W_o cⁱ, or bⁱ = cⁱ without it   (N × d_model or N × H·d_v)
    trace.output = c.outputProjection ? Matrix(trace.concat * model.weights.W_o.transpose())
                                      : trace.concat;
    return trace;
}

Matrix outputsOnly(const Sample& sample) { return std::move(run(sample, KeptMatrices::None).output); }

namespace {
// Head `head` computed again from its q, k and v, keeping its weights and, if asked, its
// scores this time.
HeadTrace recomputeHead(const Trace& trace, int head, bool keepScores) {
    const HeadTrace& kept = trace.heads.at(std::size_t(head));
    HeadTrace again;
    again.q = kept.q;
    again.k = kept.k;
    again.v = kept.v;
    const Eigen::Index n = kept.q.rows();
    if (keepScores) again.scores.resize(n, n);
    again.weights.resize(n, n);
    again.output.resize(n, kept.v.cols());
    computeHead(trace.config, trace.mask, trace.weights.w_a, head, again);
    return again;
}
} // namespace

HeadTrace recomputedHead(const Trace& trace, int head) { return recomputeHead(trace, head, true); }

Matrix recomputedHeadWeights(const Trace& trace, int head) {
    return std::move(recomputeHead(trace, head, false).weights);
}

void withHeadScores(const Trace& trace, int head, const std::function<void(const Matrix&)>& use) {
    const HeadTrace& h = trace.heads.at(std::size_t(head));
    if (h.scores.size() > 0 || h.q.rows() == 0) return use(h.scores);
    Matrix scores;
    attentionScoresInto(trace.config, h.q, h.k, trace.weights.w_a, head, scores);
    use(scores);
}

std::string firstNonFiniteField(const Trace& trace) {
    auto finite = [](const Matrix& m) { return m.allFinite(); };
    if (!finite(trace.positional)) return "positional";
    if (!finite(trace.x)) return "x";
    for (std::size_t h = 0; h < trace.heads.size(); ++h) {
        const HeadTrace& head = trace.heads[h];
        const std::string prefix = "heads[" + std::to_string(h) + "].";
        if (!finite(head.q)) return prefix + "q";
        if (!finite(head.k)) return prefix + "k";
        if (!finite(head.v)) return prefix + "v";
        if (!head.scoresFinite) return prefix + "scores"; // noted by run(), kept or not
        if (!head.weightsFinite) return prefix + "weights"; // noted by run(), kept or not
        if (!finite(head.output)) return prefix + "output";
    }
    if (!finite(trace.output)) return "output";
    return {};
}

} // namespace al
