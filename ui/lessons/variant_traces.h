#pragma once
// The trace again with one setting changed (scoring, normalisation, τ, positional encoding),
// for the lessons that compare variants side by side. A variant is a whole run of the model
// (seconds at N = 2000), so each is computed once per trace: going back to a step, or to the
// lesson, recomputes nothing. Used from worker threads (Lesson::describe).
#include "core/attention/trace.h"
#include "core/base/cancellation.h"
#include "ui/lessons/trace_memo.h"
#include "ui/widgets/heatmap_data.h"

#include <atomic>
#include <memory>

namespace al {

class VariantTraces {
public:
    // `trace` under `config`, which may differ from trace->config in scoring, normalisation,
    // temperature and positional encoding only (anything else is a programming error and
    // throws std::logic_error). The trace itself when the configuration is its own; else a
    // variant with only the first head computed, made once per trace.
    std::shared_ptr<const Trace> under(const std::shared_ptr<const Trace>& trace, const ModelConfig& config,
                                       Cancellation& cancellation) const;
    // The first head's α′ (N × N) of under(trace, config), shared without a copy.
    SharedMatrix firstHeadWeights(const std::shared_ptr<const Trace>& trace, const ModelConfig& config,
                                  Cancellation& cancellation) const;
    // How many variants were computed so far (each a runVariant call): for the tests that
    // check nothing is computed twice.
    int computedCount() const { return computed_; }

private:
    TraceMemo memo_;
    mutable std::atomic<int> computed_{0};
};

} // namespace al
