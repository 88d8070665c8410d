#include "core/attention/attention.h"

#include "core/attention/additive_scores.h"
#include "core/attention/masks.h"
#include "core/attention/normalization.h"
#include "core/attention/positional_encoding.h"
#include "core/base/finite.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <memory>
#include <stdexcept>

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
    if (config.scoring != Scoring::Additive)
        scores.noalias() = q * k.transpose(); // α_{i,j} = q^i · k^j
    else
        additiveScoresInto(q, k, keys, w_a.row(head), scores); // w_a^h · tanh(q^i + k^j), the lecture's module
}

// Divides by s, as x / s. When s is a power of two, multiplying by 1/s (exact) gives the
// very same numbers without a division, which costs as much as the rest of a softmax entry.
template <typename Scores> void divideBy(Scores&& scores, double s) {
    int exponent = 0;
    const double reciprocal = 1.0 / s;
    if (std::frexp(s, &exponent) == 0.5 && std::isnormal(reciprocal))
        scores *= reciprocal;
    else
        scores /= s;
}

// α_{i,j} / √d_k for scaled dot product, then α ← α / τ: entry by entry, so scaling a
// whole matrix or each of its rows gives the very same numbers.
template <typename Scores> void scaleScores(const ModelConfig& config, Scores&& scores) {
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
// Counts the multiply-adds done so far, for `cancellation`'s progress; shared by the heads'
// threads.
class Progress {
public:
    Progress(Cancellation& cancellation, double total, ProgressShare share = {})
        : cancellation_(cancellation), total_(std::max(total, 1.0)), share_(share) {}
    void check() const { cancellation_.check(); }
    void advance(double work) { report(std::min((done_ += work) / total_, 1.0)); }
    void finish() { report(1.0); }

private:
    void report(double fraction) { cancellation_.report(share_.from + fraction * (share_.to - share_.from)); }

    Cancellation& cancellation_;
    const double total_;
    const ProgressShare share_;
    std::atomic<double> done_{0};
};

// The multiply-adds of passes 5–7 for one head (scores, normalisation, weighted sum).
double headWork(const ModelConfig& c, double n, bool outputs) {
    return n * n * (c.dK + 1 + (outputs ? c.dV : 0));
}

// result = a · bᵀ, a block of rows at a time (at most about 16 million multiply-adds each),
// so that a stop request is seen within milliseconds whatever the size.
void productByRows(const Matrix& a, const Matrix& b, Matrix& result, Progress& progress) {
    result.resize(a.rows(), b.rows());
    const double perRow = double(a.cols()) * double(b.rows());
    const Eigen::Index block = std::max<Eigen::Index>(64, Eigen::Index((1 << 24) / std::max(perRow, 1.0)));
    for (Eigen::Index top = 0; top < a.rows(); top += block) {
        progress.check();
        const Eigen::Index rows = std::min(block, a.rows() - top);
        result.middleRows(top, rows).noalias() = a.middleRows(top, rows) * b.transpose();
        progress.advance(double(rows) * perRow);
    }
}

// Scores are made a block of queries at a time, about 512 KB of them, so that the product
// writes them, and the softmax reads them, while they are in the core's cache (a whole
// N × N product would go out to memory and back). A head whose scores are not kept needs
// no more than its block (1 MB at N = 4096 instead of 128 MB).
int scoreBlockRows(int n) {
    return std::max(32, (512 * 1024 / int(sizeof(double))) / std::max(n, 1));
}

struct Finiteness {
    bool scores = true, weights = true;
};

// Passes 5–7 for one head whose q, k and v are set: scores, weights and, when `output` is
// given (N × d_v), outputs, a block of queries at a time. The scores and weights go into
// `kept` (N × N each) when given, else only one block of each exists. The same arithmetic
// whether called by run() or to recompute a head's matrices later (Trace::attention): the
// same bits. Checks for a stop request once a block (at most a few million multiply-adds).
Finiteness computeHead(const ModelConfig& c, const MaskMatrix& mask, const Matrix& w_a, int h, const HeadTrace& head,
                       HeadAttention* kept, Matrix* output, Progress& progress) {
    const int n = int(head.q.rows());
    const int block = std::min(n, scoreBlockRows(n));
    Matrix blockScores(kept ? 0 : block, kept ? 0 : n), blockWeights(kept ? 0 : block, kept ? 0 : n);
    const Matrix keys = keysPart(c, head.k);
    const double blockWork = headWork(c, n, output != nullptr) / std::max(n, 1);
    Finiteness finite;
    for (int top = 0; top < n; top += block) {
        progress.check();
        const int rows = std::min(block, n - top);
        auto scores = kept ? kept->scores.middleRows(top, rows) : blockScores.topRows(rows);    // rows × N
        auto weights = kept ? kept->weights.middleRows(top, rows) : blockWeights.topRows(rows); // rows × N
        // pass 5: scores α (query·key, scaled, tempered), before the mask
        unscaledScoresInto(c, head.q.middleRows(top, rows), head.k, keys, w_a, h, scores);

        // pass 6: normalisation α → α′ over the allowed keys of each query row. Each row is
        // scaled here, while it is in cache, rather than in a pass of its own.
        for (int i = 0; i < rows; ++i) {
            scaleScores(c, scores.row(i));
            normalizeRowInto(c.normalization, scores.row(i), mask.row(top + i), weights.row(i));
        }
        // Overflow noted while the block is in cache (both blocks are whole rows, contiguous).
        if (!allFinite(scores.data(), scores.size())) finite.scores = false;
        if (!allFinite(weights.data(), weights.size())) finite.weights = false;
        // pass 7: weighted sum of values, b^{i,h} = Σ_j α′_{i,j} v^{j,h}           (N × d_v)
        // for this block of queries, while their weights are still in cache.
        if (output) output->middleRows(top, rows).noalias() = weights * head.v;
        progress.advance(blockWork * rows);
    }
    return finite;
}

bool keeps(KeptMatrices kept, int head) {
    return kept == KeptMatrices::EveryHead || (kept == KeptMatrices::FirstHead && head == 0);
}
} // namespace

namespace {
Trace runShare(const Sample& sample, KeptMatrices kept, ComputedHeads computed, Cancellation& cancellation,
               ProgressShare share) {
    const Model& model = sample.model;
    const ModelConfig& c = model.config;
    const int n = sample.tokenCount();
    const int computedHeads = computed == ComputedHeads::All ? c.heads : 1;
    const double hk = double(c.heads) * c.dK, hv = double(c.heads) * c.dV;
    const double projectionWork = double(n) * c.dModel * (2 * hk + hv);
    const double outputWork = computed == ComputedHeads::All && c.outputProjection ? double(n) * hv * c.dModel : 0;
    Progress progress(cancellation, projectionWork + computedHeads * headWork(c, n, true) + outputWork, share);
    progress.check();

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
    Matrix Q, K, V;
    productByRows(trace.x, model.weights.W_q, Q, progress);
    productByRows(trace.x, model.weights.W_k, K, progress); // N × H·d_k
    productByRows(trace.x, model.weights.W_v, V, progress); // N × H·d_v

    // pass 3: the mask M, the AND of every listed mask                         (N × N)
    trace.mask = combineMasks(model.masks, n);
    for (int i = 0; i < n; ++i)
        if (!trace.mask.row(i).any()) trace.fullyMaskedQueries.push_back(i);
    progress.check();

    // Every head's matrices are allocated here, on the calling thread: blocks allocated on
    // OpenMP's threads would come from their own malloc arenas, which return them to the
    // kernel on free, so that the next trace page-faults all of them again.
    trace.heads.resize(std::size_t(computedHeads));
    std::vector<std::shared_ptr<HeadAttention>> keptAttention(static_cast<std::size_t>(computedHeads));
    for (int h = 0; h < computedHeads; ++h) {
        HeadTrace& head = trace.heads[std::size_t(h)];
        head.q.resize(n, c.dK);
        head.k.resize(n, c.dK);
        head.v.resize(n, c.dV);
        head.output.resize(n, c.dV);
        if (!keeps(kept, h)) continue;
        auto attention = std::make_shared<HeadAttention>();
        attention->scores.resize(n, n);
        attention->weights.resize(n, n);
        keptAttention[std::size_t(h)] = attention;
    }
    // The heads are independent: with OpenMP they run side by side, one core each (Eigen's
    // products inside then stay on their core). An exception (Cancelled) cannot leave an
    // OpenMP loop: the first is caught, the heads not yet begun are skipped, and it is
    // thrown again after the loop.
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
#pragma omp parallel for schedule(dynamic) if (computedHeads > 1)
    for (int h = 0; h < computedHeads; ++h) {
        if (failed.load(std::memory_order_relaxed)) continue;
        try {
            progress.check();
            HeadTrace& head = trace.heads[std::size_t(h)];
            // pass 4: head split — head h takes the h-th consecutive segment of q, k and v
            head.q = Q.middleCols(Eigen::Index(h) * c.dK, c.dK); // N × d_k
            head.k = K.middleCols(Eigen::Index(h) * c.dK, c.dK); // N × d_k
            head.v = V.middleCols(Eigen::Index(h) * c.dV, c.dV); // N × d_v
            // passes 5–7: scores α, weights α′ and outputs b^{i,h}             (N × N, N × d_v)
            HeadAttention* attention = keptAttention[std::size_t(h)].get();
            const Finiteness finite =
                computeHead(c, trace.mask, model.weights.w_a, h, head, attention, &head.output, progress);
            head.scoresFinite = finite.scores;
            head.weightsFinite = finite.weights;
            if (attention) attention->scoresFinite = finite.scores, attention->weightsFinite = finite.weights;
        } catch (...) {
#pragma omp critical(attention_run_failure)
            if (!failure) failure = std::current_exception();
            failed = true;
        }
    }
    if (failure) std::rethrow_exception(failure);
    for (int h = 0; h < computedHeads; ++h)
        if (keptAttention[std::size_t(h)]) trace.attentionCache.keep(h, std::move(keptAttention[std::size_t(h)]));

    if (computedHeads == c.heads) {
        // pass 8: concatenation cⁱ = [b^{i,0}; …; b^{i,H−1}]                    (N × H·d_v)
        trace.concat.resize(n, Eigen::Index(c.heads) * c.dV);
        for (int h = 0; h < c.heads; ++h)
            trace.concat.middleCols(Eigen::Index(h) * c.dV, c.dV) = trace.heads[std::size_t(h)].output;

        // pass 9: output projection bⁱ = W_o cⁱ, or bⁱ = cⁱ without it (N × d_model or N × H·d_v)
        if (c.outputProjection)
            productByRows(trace.concat, model.weights.W_o, trace.output, progress);
        else
            trace.output = trace.concat;
    } // else the first head only: no b to assemble
    progress.finish();
    return trace;
}

} // namespace

Trace run(const Sample& sample, KeptMatrices kept, ComputedHeads computed, Cancellation& cancellation) {
    return runShare(sample, kept, computed, cancellation, {});
}

Matrix outputsOnly(const Sample& sample, Cancellation& cancellation, ProgressShare share) {
    return std::move(runShare(sample, KeptMatrices::None, ComputedHeads::All, cancellation, share).output);
}

std::shared_ptr<const HeadAttention> Trace::attention(int head, Cancellation& cancellation) const {
    if (head < 0 || head >= int(heads.size())) throw std::out_of_range("head " + std::to_string(head));
    if (auto found = attentionCache.find(head)) return found;
    // Not kept by run(), nor held by anyone now: passes 5 and 6 again, without pass 7.
    const HeadTrace& h = heads[std::size_t(head)];
    const Eigen::Index n = h.q.rows();
    auto again = std::make_shared<HeadAttention>();
    again->scores.resize(n, n);
    again->weights.resize(n, n);
    Progress progress(cancellation, headWork(config, double(n), false));
    const Finiteness finite = computeHead(config, mask, weights.w_a, head, h, again.get(), nullptr, progress);
    again->scoresFinite = finite.scores;
    again->weightsFinite = finite.weights;
    progress.finish();
    return attentionCache.remember(head, std::move(again));
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
        if (!head.scoresFinite) return prefix + "scores";   // noted by run(), kept or not
        if (!head.weightsFinite) return prefix + "weights"; // noted by run(), kept or not
        if (!finite(head.output)) return prefix + "output";
    }
    if (!finite(trace.output)) return "output";
    return {};
}

} // namespace al
