#pragma once
// What the training lesson works out once per set of weights (a review of every example, each
// word's accuracy): the timeline's models stay the same while training goes on, so a step
// described thirty times a second computes it once. Safe across the page's worker threads;
// an entry lives only as long as its model.
#include "core/nn/transformer_model.h"

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

} // namespace al
