#include "ui/lessons/variant_traces.h"

#include "core/attention/variants.h"
#include "ui/lessons/lesson.h"

#include <cstdio>
#include <stdexcept>
#include <string>

namespace al {

namespace {
// The settings a variant may change, exactly (τ in hexadecimal), as the memo's key: the rest
// of the configuration is the trace's own.
std::string variantKey(const ModelConfig& config) {
    char key[96];
    std::snprintf(key, sizeof key, "scoring %d, normalization %d, temperature %a, positional %d", int(config.scoring),
                  int(config.normalization), config.temperature, int(config.positional));
    return key;
}
} // namespace

std::shared_ptr<const Trace> VariantTraces::under(const std::shared_ptr<const Trace>& trace, const ModelConfig& config,
                                                  Cancellation& cancellation) const {
    if (config == trace->config) return trace;
    ModelConfig rest = config;
    rest.scoring = trace->config.scoring;
    rest.normalization = trace->config.normalization;
    rest.temperature = trace->config.temperature;
    rest.positional = trace->config.positional;
    if (!(rest == trace->config))
        throw std::logic_error("a variant may change only scoring, normalisation, τ and positions");
    cancellation.check(); // between variants: each may be seconds of work
    return memo_.get<Trace>(trace, variantKey(config), [&] {
        ++computed_;
        return runVariant(*trace, config, ComputedHeads::FirstOnly);
    });
}

SharedMatrix VariantTraces::firstHeadWeights(const std::shared_ptr<const Trace>& trace, const ModelConfig& config,
                                             Cancellation& cancellation) const {
    const std::shared_ptr<const Trace> variant = under(trace, config, cancellation);
    const std::shared_ptr<const HeadAttention> firstHead = variant->attention(0, cancellation);
    return ofAttention(firstHead, firstHead->weights);
}

} // namespace al
