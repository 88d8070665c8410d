#include "core/attention/walkthrough.h"

#include "core/attention/attention.h"
#include "core/attention/normalization.h"

#include <cmath>
#include <memory>
#include <stdexcept>

namespace al {

QueryWalkthrough walkthrough(const Trace& trace, int query, int head) {
    const int n = trace.tokenCount();
    if (query < 0 || query >= n) throw std::out_of_range("query " + std::to_string(query));
    if (head < 0 || head >= trace.config.heads) throw std::out_of_range("head " + std::to_string(head));
    const ModelConfig& c = trace.config;
    const HeadTrace& h = trace.heads[std::size_t(head)];

    QueryWalkthrough result;
    result.query = query;
    result.head = head;
    result.scale = 1.0 / c.temperature;
    if (c.scoring == Scoring::ScaledDot) result.scale /= std::sqrt(double(c.dK));
    result.fullyMasked = !trace.mask.row(query).any();
    result.output = h.output.row(query);

    const std::shared_ptr<const HeadAttention> attention = trace.attention(head);
    const RowVector scores = attention->scores.row(query); // the query's row of α
    const SoftmaxTerms softmax = softmaxTerms(scores, trace.mask.row(query));
    if (c.normalization == Normalization::Softmax) {
        result.maxScore = softmax.maxScore;
        result.expSum = softmax.sum;
    }
    const RowVector q = h.q.row(query);
    for (int j = 0; j < n; ++j) {
        KeyTerm term;
        term.key = j;
        term.allowed = trace.mask(query, j) != 0;
        if (c.scoring == Scoring::Additive)
            term.products = trace.weights.w_a.row(head).array() * (q + h.k.row(j)).array().tanh();
        else
            term.products = q.array() * h.k.row(j).array();
        term.sum = term.products.sum();
        term.score = scores(j);
        if (c.normalization == Normalization::Softmax) term.exponential = softmax.exps(j);
        term.weight = attention->weights(query, j);
        term.weightedValue = term.weight * h.v.row(j);
        result.keys.push_back(std::move(term));
    }
    return result;
}

} // namespace al
