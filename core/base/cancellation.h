#pragma once
// How a long computation is asked to stop and says how far it got: a worker thread runs
// it, the window asks it to stop when its result is no longer wanted (the user changed
// something again, or pressed Cancel) and shows its progress. Shared by the two threads,
// so every member is atomic; a computation checks stopRequested() between its passes and
// gives up by throwing Cancelled, leaving nothing half-made behind.
#include <algorithm>
#include <atomic>
#include <stdexcept>

namespace al {

struct Cancelled : std::runtime_error {
    Cancelled() : std::runtime_error("cancelled") {}
};

class Cancellation {
public:
    void requestStop() { stop_.store(true, std::memory_order_relaxed); }
    bool stopRequested() const { return stop_.load(std::memory_order_relaxed); }
    // Throws Cancelled when asked to stop: the check between two passes.
    void check() const {
        if (stopRequested()) throw Cancelled();
    }
    // Progress from 0 to 1; only ever forward.
    void report(double fraction) {
        const int permille = int(std::clamp(fraction, 0.0, 1.0) * 1000);
        int seen = permille_.load(std::memory_order_relaxed);
        while (seen < permille && !permille_.compare_exchange_weak(seen, permille, std::memory_order_relaxed)) {
        }
    }
    double progress() const { return permille_.load(std::memory_order_relaxed) / 1000.0; }

private:
    std::atomic<bool> stop_{false};
    std::atomic<int> permille_{0};
};

// A stand-in for computations nobody will cancel (the command line, the tests).
inline Cancellation& neverCancelled() {
    thread_local Cancellation never;
    return never;
}

} // namespace al
