#include "core/train/timeline.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace al::train {

Timeline::Timeline(long long firstInterval, std::size_t capacity) : interval_(firstInterval), capacity_(capacity) {
    if (firstInterval < 1)
        throw std::invalid_argument("a timeline's interval is at least 1 step, not " + std::to_string(firstInterval));
    if (capacity < 2) // step 0 and one more: fewer could never hold a second moment
        throw std::invalid_argument("a timeline holds at least 2 moments, not " + std::to_string(capacity));
}

bool Timeline::isDue(long long stepsTaken) const {
    if (stepsTaken < 0) return false;
    if (!moments_.empty() && stepsTaken <= moments_.back().step) return false;
    const long long grid = moments_.size() < capacity_ ? interval_ : 2 * interval_;
    return stepsTaken % grid == 0;
}

bool Timeline::add(Moment moment) {
    if (!isDue(moment.step)) return false;
    if (moments_.size() >= capacity_) { // full: the grid doubles, and step 0 is a multiple of any grid
        interval_ *= 2;
        std::erase_if(moments_, [&](const Moment& held) { return held.step % interval_ != 0; });
    }
    moments_.push_back(std::move(moment));
    return true;
}

std::size_t timelineCapacity(const nn::TransformerModel& model) {
    constexpr double budget = 64.0 * 1024 * 1024; // bytes of weights for the whole timeline
    const double perMoment = double(std::max<std::size_t>(model.weights.values().size(), 1)) * sizeof(double);
    return std::size_t(std::clamp(std::floor(budget / perMoment), 16.0, 256.0));
}

namespace {

// Rows one forward pass computes, each counted once per layer it goes through.
struct PassRows {
    double encoder = 0;
    double decoder = 0;
    double total(const nn::Architecture& a) const {
        return encoder * std::max(a.encoderLayers, 1) + decoder * std::max(a.decoderLayers, 1);
    }
};

PassRows teacherForcedRows(const nn::TransformerModel& model, const nn::Example& example) {
    const double n = double(example.input.size());
    switch (model.task) {
    case nn::Task::Labelling:
    case nn::Task::Classification:
        return {n, 0};
    case nn::Task::Seq2Seq: // the decoder reads [<bos>, y₁ … y_T]
        return {n, double(example.target.size()) + 1};
    case nn::Task::LanguageModel:
        return {0, n};
    }
    return {};
}

// Greedy generation of the target and <eos> (T + 1 tokens): the encoder once, then decoder
// passes over 1, 2, …, T + 1 rows (core/nn/generation.cpp reads the whole sequence again).
PassRows generationRows(const nn::Example& example) {
    const double tokens = double(example.target.size()) + 1;
    return {double(example.input.size()), tokens * (tokens + 1) / 2};
}

double evaluationRows(const nn::TransformerModel& model, const std::vector<nn::Example>& examples) {
    double rows = 0;
    for (const nn::Example& example : examples) {
        rows += teacherForcedRows(model, example).total(model.architecture);
        if (model.task == nn::Task::Seq2Seq) rows += generationRows(example).total(model.architecture);
    }
    return rows;
}

} // namespace

long long evaluationInterval(const nn::TransformerModel& model, const std::vector<nn::Example>& train,
                             const std::vector<nn::Example>& test, int batch) {
    if (train.empty() || batch < 1) return 1;
    double trainRows = 0;
    for (const nn::Example& example : train)
        trainRows += teacherForcedRows(model, example).total(model.architecture);
    const double stepRows = 3.0 * double(batch) * trainRows / double(train.size()); // forward + backward ≈ 3 forward
    const double evaluation = evaluationRows(model, train) + evaluationRows(model, test);
    // k steps of training take k · stepRows; one evaluation should be a tenth of that.
    const double steps = std::ceil(10.0 * evaluation / std::max(stepRows, 1.0));
    return std::max(1LL, (long long)std::min(steps, 1e15));
}

} // namespace al::train
