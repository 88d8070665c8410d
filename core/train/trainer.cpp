#include "core/train/trainer.h"

#include "core/base/finite.h"
#include "core/base/translatable.h"
#include "core/train/batches.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace al::train {
namespace {

// A batch is cut into this many chunks whatever the number of threads: each chunk sums its
// examples' gradients in order into its own buffer, and the chunks are added in order.
constexpr int chunkCount = 4;

// Runs chunk(c) for every chunk, on as many threads as OpenMP would use (at most one per
// chunk), each taking the next chunk not yet taken. Plain threads that sleep when they have
// nothing to do, not an OpenMP team: libgomp's threads spin while they wait (for the rest
// of the batch, and for the optimiser between steps), and on a machine whose cores are
// busy with other programs that spinning took the cores from the work, making a step three
// times slower on two threads than on one. Each thread runs Eigen's products on itself
// alone (one chunk's products are small; the chunks are the parallelism).
template <typename Chunk> void forEachChunk(Chunk&& chunk) {
    std::atomic<int> next{0};
    const auto takeChunks = [&] {
        for (int c = next++; c < chunkCount; c = next++)
            chunk(c);
    };
#ifdef _OPENMP
    const int threads = std::min(omp_get_max_threads(), chunkCount);
    const int ownThreads = omp_get_max_threads();
    omp_set_num_threads(1); // for this thread's Eigen products while it runs chunks
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back([&] {
            omp_set_num_threads(1);
            takeChunks();
        });
    takeChunks();
    for (std::thread& helper : helpers)
        helper.join();
    omp_set_num_threads(ownThreads);
#else
    takeChunks();
#endif
}

std::string shortNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace

TrainingDiverged::TrainingDiverged(Message message)
    : std::runtime_error(message.text()), problem_(std::move(message)) {}

Trainer::Trainer(nn::TransformerModel model, std::vector<nn::Example> examples, TrainingSettings settings)
    : model_(std::move(model)), examples_(std::move(examples)), settings_(settings),
      chunkGradients_(chunkCount, nn::Tensors(model_.weights.sharedLayout())),
      gradients_(model_.weights.sharedLayout()) {
    if (examples_.empty()) throw std::invalid_argument("a trainer needs at least one example");
    if (settings_.batch < 1) throw std::invalid_argument("a batch holds at least one example");
}

double Trainer::lossAndGradients(const std::vector<int>& batch, nn::Tensors& gradients, Cancellation& cancellation) {
    return batchLossAndGradients(batch, gradients, cancellation).loss;
}

StepReport Trainer::batchLossAndGradients(const std::vector<int>& batch, nn::Tensors& gradients,
                                          Cancellation& cancellation) {
    int positions = 0;
    for (int index : batch)
        positions += nn::predictedPositions(model_, examples_[index]);
    const double scale = positions > 0 ? 1.0 / positions : 0.0;

    // Chunk c holds batch entries [c·B/chunks, (c+1)·B/chunks).
    const int size = int(batch.size());
    double chunkLoss[chunkCount] = {};
    std::exception_ptr failure;
    std::mutex failureLock;
    forEachChunk([&](int c) {
        chunkGradients_[c].setZero();
        try {
            for (int b = c * size / chunkCount; b < (c + 1) * size / chunkCount; ++b) {
                cancellation.check();
                chunkLoss[c] += nn::lossAndGradients(model_, examples_[batch[b]], scale, chunkGradients_[c]).lossSum;
            }
        } catch (...) {
            const std::lock_guard lock(failureLock);
            if (!failure) failure = std::current_exception();
        }
    });
    if (failure) std::rethrow_exception(failure);

    gradients.setZero();
    double lossSum = 0;
    auto& sum = gradients.values();
    for (int c = 0; c < chunkCount; ++c) {
        lossSum += chunkLoss[c];
        const double* part = chunkGradients_[c].values().data();
        double* total = sum.data();
#pragma omp simd
        for (std::size_t i = 0; i < sum.size(); ++i)
            total[i] += part[i];
    }
    return {steps_, lossSum * scale, positions};
}

TrainingSnapshot Trainer::snapshot(std::optional<int> example) const {
    TrainingSnapshot snapshot{steps_, history_, model_, std::nullopt};
    if (example) snapshot.trace = nn::loss(model_, examples_.at(std::size_t(*example))).trace;
    return snapshot;
}

StepReport Trainer::step(Cancellation& cancellation) {
    const std::vector<int> batch = batchOf(steps_, settings_.batch, int(examples_.size()));
    const StepReport report = batchLossAndGradients(batch, gradients_, cancellation);
    const double loss = report.loss;
    const auto& g = gradients_.values();
    if (!std::isfinite(loss) || !allFinite(g.data(), Eigen::Index(g.size())))
        throw TrainingDiverged(message(QT_TRANSLATE_NOOP("Message", "the loss is no longer a finite number at step "
                                                                    "%1 (it was %2 at the step before): training "
                                                                    "stopped with the weights of step %3; try a "
                                                                    "smaller learning rate"),
                                       steps_ + 1, history_.empty() ? std::string("–") : shortNumber(history_.back()),
                                       steps_));
    std::vector<double> updated = model_.weights.values();
    OptimizerState state = optimizerState_;
    optimizerStep(settings_.optimizer, state, updated, g);
    if (!allFinite(updated.data(), Eigen::Index(updated.size())))
        throw TrainingDiverged(message(QT_TRANSLATE_NOOP("Message", "a weight is no longer a finite number after step "
                                                                    "%1: training stopped with the weights of step "
                                                                    "%2; try a smaller learning rate"),
                                       steps_ + 1, steps_));
    model_.weights.values() = std::move(updated);
    optimizerState_ = std::move(state);
    history_.push_back(loss);
    ++steps_;
    return report;
}

} // namespace al::train
