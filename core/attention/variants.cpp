#include "core/attention/variants.h"

#include "core/attention/attention.h"
#include "core/attention/reconfigure.h"

#include <numeric>
#include <stdexcept>

namespace al {

Sample sampleFromTrace(const Trace& trace) {
    Sample sample;
    sample.title = trace.title;
    sample.description = trace.description;
    sample.tokens = trace.tokens;
    sample.embeddings = trace.inputs;
    sample.model.config = trace.config;
    sample.model.weights = trace.weights;
    if (trace.config.positional == PositionalEncoding::Learned) sample.model.learnedPositions = trace.positional;
    if (!trace.mask.isOnes()) sample.model.masks.push_back(CustomMask{trace.mask});
    return sample;
}

Trace runVariant(const Trace& trace, const ModelConfig& config, ComputedHeads computed, Cancellation& cancellation) {
    Sample sample = sampleFromTrace(trace);
    sample.model = reconfigure(sample.model, config, sample.tokenCount());
    return run(sample, KeptMatrices::FirstHead, computed, cancellation);
}

PermutationDemo permutationDemo(const Trace& trace, const std::vector<int>& order, PositionalEncoding positional,
                                Cancellation& cancellation) {
    const int n = trace.tokenCount();
    if (int(order.size()) != n) throw std::invalid_argument("the order must list every token once");
    ModelConfig config = trace.config;
    config.positional = positional;
    Sample original = sampleFromTrace(trace);
    original.model.masks.clear();
    original.model = reconfigure(original.model, config, n);
    Sample shuffled = original;
    for (int i = 0; i < n; ++i) {
        shuffled.embeddings.row(i) = original.embeddings.row(order[std::size_t(i)]);
        shuffled.tokens[std::size_t(i)] = original.tokens[std::size_t(order[std::size_t(i)])];
    }
    PermutationDemo demo;
    demo.order = order;
    // Two runs of equal size: each makes half of the progress.
    demo.original = outputsOnly(original, cancellation, {0.0, 0.5});
    demo.permuted = outputsOnly(shuffled, cancellation, {0.5, 1.0});
    demo.difference.resize(demo.permuted.rows(), demo.permuted.cols());
    for (int i = 0; i < n; ++i)
        demo.difference.row(i) = demo.permuted.row(i) - demo.original.row(order[std::size_t(i)]);
    demo.largestDifference = demo.difference.size() ? demo.difference.cwiseAbs().maxCoeff() : 0.0;
    return demo;
}

std::vector<int> reversedOrder(int tokens) {
    std::vector<int> order(std::size_t(tokens), 0);
    std::iota(order.rbegin(), order.rend(), 0);
    return order;
}

} // namespace al
