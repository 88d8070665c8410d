#pragma once
// Values a lesson computes from a trace (a variant under another setting, a permutation
// demo), kept while the trace is the latest one asked about: going back to a step, or to
// the lesson, recomputes nothing. Read from worker threads, so it is guarded.
#include "core/attention/trace.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace al {

class TraceMemo {
public:
    // The value under `key` for `trace`, made by `make()` (on the calling thread) the first time.
    template <typename Value, typename Make>
    std::shared_ptr<const Value> get(const std::shared_ptr<const Trace>& trace, const std::string& key,
                                     Make make) const {
        {
            std::lock_guard lock(mutex_);
            if (trace_.lock() != trace) {
                values_.clear(); // another trace: what was kept belongs to the old one
                trace_ = trace;
            }
            if (auto found = values_.find(key); found != values_.end())
                return std::static_pointer_cast<const Value>(found->second);
        }
        auto value = std::make_shared<const Value>(make()); // outside the lock: it may take seconds
        std::lock_guard lock(mutex_);
        if (trace_.lock() == trace) values_[key] = value;
        return value;
    }

private:
    mutable std::mutex mutex_;
    mutable std::weak_ptr<const Trace> trace_;
    mutable std::map<std::string, std::shared_ptr<const void>> values_;
};

} // namespace al
