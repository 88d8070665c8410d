#pragma once
// What the training lesson works out once per set of weights (a review of every example, each
// word's accuracy): the timeline's models stay the same while training goes on, so a step
// described thirty times a second computes it once. Safe across the page's worker threads;
// an entry lives only as long as its model.
#include "core/base/cancellation.h"
#include "core/nn/transformer_model.h"
#include "ui/lessons/training/training_session.h"

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace al {

template <typename Result> class ModelMemo {
public:
    template <typename Compute>
    std::shared_ptr<const Result> get(const std::shared_ptr<const nn::TransformerModel>& model, Compute compute) {
        {
            const std::lock_guard guard(lock_);
            for (const auto& [kept, result] : entries_)
                if (kept.lock() == model) return result;
        }
        auto result = std::make_shared<const Result>(compute(*model)); // outside the lock: it takes long
        const std::lock_guard guard(lock_);
        if (entries_.size() >= 8) entries_.erase(entries_.begin());
        entries_.emplace_back(model, result);
        return result;
    }

private:
    std::mutex lock_;
    std::vector<std::pair<std::weak_ptr<const nn::TransformerModel>, std::shared_ptr<const Result>>> entries_;
};

// The cancellation a memoised computation honours when a step is described from `progress`.
// While training runs, none: a newer progress comes about thirty times a second and cancels
// the description under way, and a computation over the whole training set takes longer
// than that, so cancelled it would begin anew with every progress and never finish — nor
// would the step's pictures, which wait for it. Finished once, it serves every later
// description of the same weights. Paused, the description's own cancellation applies.
inline Cancellation& memoCancellation(const TrainingProgress& progress, Cancellation& description) {
    return progress.running ? neverCancelled() : description;
}

} // namespace al
