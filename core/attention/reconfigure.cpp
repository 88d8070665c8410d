#include "core/attention/reconfigure.h"

#include "core/attention/limits.h"
#include "core/attention/weight_generation.h"
#include "core/base/translatable.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace al {

namespace {
Message outOfRange(const char* what, int min, int max) {
    return message(QT_TRANSLATE_NOOP("Message", "%1 must be from %2 to %3"), what, min, max);
}

std::string range(Eigen::Index first, Eigen::Index last) { // 1-based, "5" or "5–8"
    return first == last ? std::to_string(first) : std::to_string(first) + "–" + std::to_string(last);
}

// Keeps what still fits of one matrix and generates the rest, noting what happened.
struct Keeper {
    std::uint64_t seed;
    std::vector<Message>* notes;

    void note(Message m) const {
        if (notes) notes->push_back(std::move(m));
    }

    template <typename Generate>
    Matrix whole(const Matrix& current, Eigen::Index rows, Eigen::Index cols, const char* name,
                 Generate generate) const {
        if (current.rows() == rows && current.cols() == cols) return current;
        if (current.size() == 0) // switched on: the projection, additive scores, learned positions
            note(message(QT_TRANSLATE_NOOP("Message", "%1 generated from seed %2 (%3 × %4)"), name, seed, rows, cols));
        else
            note(message(QT_TRANSLATE_NOOP("Message", "%1 generated from seed %2: its shape changed to %3 × %4"), name,
                         seed, rows, cols));
        return generate();
    }

    // Rows r < min(old, new) kept and the others those of the generated matrix (same
    // columns): row r of W^q computes entry r of every q. Or the same by columns (W^o: column
    // c takes entry c of the concatenated heads), done on the transpose.
    enum class Along { Rows, Columns };
    template <typename Generate>
    Matrix keptAlong(Along along, const Matrix& current, Eigen::Index rows, Eigen::Index cols, const char* name,
                     Generate generate) const {
        const bool byRows = along == Along::Rows;
        const Eigen::Index have = byRows ? current.rows() : current.cols(), want = byRows ? rows : cols;
        const Eigen::Index across = byRows ? cols : rows;
        if ((byRows ? current.cols() : current.rows()) != across || have == 0)
            return whole(current, rows, cols, name, generate);
        if (have == want) return current;
        const Eigen::Index kept = std::min(have, want);
        const Matrix lines = byRows ? current : Matrix(current.transpose()); // have × across
        Matrix result = lines.topRows(kept);
        if (want > kept) {
            const Matrix fresh = byRows ? generate() : Matrix(generate().transpose());
            result.conservativeResize(want, across);
            result.bottomRows(want - kept) = fresh.bottomRows(want - kept);
            note(message(
                byRows ? QT_TRANSLATE_NOOP("Message", "%1: rows %2 generated from seed %3 (now %4 × %5), rows %6 kept")
                       : QT_TRANSLATE_NOOP("Message",
                                           "%1: columns %2 generated from seed %3 (now %4 × %5), columns %6 kept"),
                name, range(kept + 1, want), seed, rows, cols, range(1, kept)));
        } else {
            note(message(byRows ? QT_TRANSLATE_NOOP("Message", "%1: rows %2 kept, rows %3 dropped (now %4 × %5)")
                                : QT_TRANSLATE_NOOP("Message", "%1: columns %2 kept, columns %3 dropped (now %4 × %5)"),
                         name, range(1, kept), range(kept + 1, have), rows, cols));
        }
        return byRows ? result : Matrix(result.transpose());
    }
};
} // namespace

Message checkConfig(const ModelConfig& c, int tokens) {
    if (c.heads < 1 || c.heads > limits::maxHeads) return outOfRange("heads", 1, limits::maxHeads);
    if (c.dK < 1 || c.dK > limits::maxHeadDim) return outOfRange("d_k", 1, limits::maxHeadDim);
    if (c.dV < 1 || c.dV > limits::maxHeadDim) return outOfRange("d_v", 1, limits::maxHeadDim);
    if (std::int64_t(c.heads) * c.dK > limits::maxProjectedDim ||
        std::int64_t(c.heads) * c.dV > limits::maxProjectedDim)
        return message(QT_TRANSLATE_NOOP("Message", "heads · d_k and heads · d_v must be at most %1"),
                       limits::maxProjectedDim);
    if (std::int64_t(c.heads) * tokens * tokens > limits::maxAttentionCells)
        return message(QT_TRANSLATE_NOOP("Message", "heads · N² must be at most %1"), limits::maxAttentionCells);
    if (!(c.temperature > 0) || !std::isfinite(c.temperature))
        return message(QT_TRANSLATE_NOOP("Message", "the temperature must be greater than 0"));
    return {};
}

Model reconfigure(const Model& model, const ModelConfig& next, int tokens, std::vector<Message>* generated) {
    if (next.dModel != model.config.dModel) throw std::invalid_argument("d_model cannot change");
    const bool reseeded = next.seed != model.config.seed;
    const std::size_t notesBefore = generated ? generated->size() : 0;
    const Model source = [&] {
        if (!reseeded) return model;
        Model fresh = model; // a new seed means new random weights: drop the old ones
        fresh.weights = Weights{};
        fresh.learnedPositions = Matrix{};
        return fresh;
    }();
    // A new seed regenerates everything: one line says so instead of one per matrix.
    const Keeper keep{next.seed, reseeded ? nullptr : generated};
    if (reseeded && generated)
        generated->push_back(message(QT_TRANSLATE_NOOP("Message", "every weight generated from seed %1"), next.seed));
    const Weights& w = source.weights;
    Model result = model;
    result.config = next;
    const int qk = next.heads * next.dK, v = next.heads * next.dV;
    result.weights.W_q =
        keep.keptAlong(Keeper::Along::Rows, w.W_q, qk, next.dModel, "W^q", [&] { return generateQueryWeights(next); });
    result.weights.W_k =
        keep.keptAlong(Keeper::Along::Rows, w.W_k, qk, next.dModel, "W^k", [&] { return generateKeyWeights(next); });
    result.weights.W_v =
        keep.keptAlong(Keeper::Along::Rows, w.W_v, v, next.dModel, "W^v", [&] { return generateValueWeights(next); });
    result.weights.W_o = next.outputProjection ? keep.keptAlong(Keeper::Along::Columns, w.W_o, next.dModel, v, "W^o",
                                                                [&] { return generateOutputWeights(next); })
                                               : Matrix{};
    result.weights.w_a = next.scoring == Scoring::Additive
                             ? keep.keptAlong(Keeper::Along::Rows, w.w_a, next.heads, next.dK, "w_a",
                                              [&] { return generateAdditiveWeights(next); })
                             : Matrix{};
    result.learnedPositions = next.positional == PositionalEncoding::Learned
                                  ? keep.keptAlong(Keeper::Along::Rows, source.learnedPositions, tokens, next.dModel,
                                                   QT_TRANSLATE_NOOP("Message", "the learned positions"),
                                                   [&] { return generateLearnedPositions(next, tokens); })
                                  : Matrix{};
    // Nothing generated, yet the heads changed: say that the same q, k, v are split anew.
    if (generated && generated->size() == notesBefore && next.heads != model.config.heads)
        generated->push_back(
            message(QT_TRANSLATE_NOOP(
                        "Message", "every weight kept: q and k split into %1 heads of %2 entries, v into heads of %3"),
                    next.heads, next.dK, next.dV));
    return result;
}

} // namespace al
