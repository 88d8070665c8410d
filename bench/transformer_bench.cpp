// The Transformer's two figures of `make bench`, for bench/report.py (one JSON line each;
// bench/pytorch_transformer.py measures PyTorch on the same shapes):
//   training  Trainer::step of a labelling model (d_model 32, 4 heads, d_ff 64, 2 encoder
//             layers, post-norm, ReLU, sinusoidal positions, Adam) on batches of 16
//             examples of 8 … 12 tokens (10 on average): steps per second;
//   forward   forwardPass of a 6-layer encoder (d_model 512, 8 heads, d_ff 2048, PyTorch's
//             default) on one sequence of N = 512 tokens: time and GFLOP/s.
// Each figure is the median of several timed repeats, after a warm-up.
// Usage: attention-lab-transformer-bench [training|forward] …   (both when none is named)
#include "core/base/memory_reuse.h"
#include "core/nn/transformer_forward.h"
#include "core/nn/transformer_model.h"
#include "core/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point from) {
    return std::chrono::duration<double>(Clock::now() - from).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
}

std::vector<std::string> names(const char* prefix, int count) {
    std::vector<std::string> result;
    for (int i = 0; i < count; ++i)
        result.push_back(prefix + std::to_string(i));
    return result;
}

// The training figure's data: example i has 8 + i mod 5 tokens (8 … 12), ids and labels
// from a fixed linear congruential sequence (the same rule as the PyTorch script's).
constexpr int vocabularySize = 16, labelCount = 4, trainingExamples = 64;
std::vector<al::nn::Example> trainingData() {
    std::vector<al::nn::Example> examples(trainingExamples);
    unsigned state = 1;
    const auto next = [&state](int below) {
        state = state * 1103515245u + 12345u;
        return int((state >> 16) % unsigned(below));
    };
    for (int i = 0; i < trainingExamples; ++i)
        for (int t = 0; t < 8 + i % 5; ++t) {
            examples[i].input.push_back(next(vocabularySize));
            examples[i].target.push_back(next(labelCount));
        }
    return examples;
}

void training(int repeats, int stepsPerRepeat) {
    al::nn::Architecture architecture; // d_model 32, 4 heads, d_ff 64, 2 layers, post-norm, ReLU, sinusoidal
    architecture.maxLength = 16;
    al::train::TrainingSettings settings;
    settings.batch = 16;
    settings.optimizer.kind = al::nn::Optimizer::Adam;
    al::train::Trainer trainer(al::nn::makeTransformer(al::nn::Task::Labelling, architecture,
                                                       names("w", vocabularySize), names("l", labelCount), 1),
                               trainingData(), settings);
    for (int s = 0; s < stepsPerRepeat; ++s) // warm-up
        trainer.step();
    std::vector<double> perStep;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        for (int s = 0; s < stepsPerRepeat; ++s)
            trainer.step();
        perStep.push_back(seconds(start) / stepsPerRepeat);
    }
    const double step = median(perStep);
    std::printf("{\"case\": \"training\", \"seconds_per_step\": %.9g, \"steps_per_second\": %.6g, \"loss\": %.6f}\n",
                step, 1.0 / step, trainer.history().back());
}

// Multiply-adds counted twice, per layer: Q, K, V and out_proj (4·2·N·d²), the scores and
// the weighted sums (2·2·N²·d), the feed-forward network (2·2·N·d·d_ff). The PyTorch side
// does the same products, so the same count serves both.
double encoderFlops(double n, double d, double dFF, double layers) {
    return layers * (8 * n * d * d + 4 * n * n * d + 4 * n * d * dFF);
}

void forward(int repeats, int tokens) {
    al::nn::Architecture architecture;
    architecture.dModel = 512;
    architecture.heads = 8;
    architecture.dFF = 2048;
    architecture.encoderLayers = 6;
    architecture.maxLength = tokens;
    const al::nn::TransformerModel model = al::nn::makeTransformer(
        al::nn::Task::Labelling, architecture, names("w", vocabularySize), names("l", labelCount), 1);
    std::vector<int> input(std::size_t(tokens), 0);
    for (int i = 0; i < tokens; ++i)
        input[std::size_t(i)] = (i * 7) % vocabularySize;

    double checksum = al::nn::forwardPass(model, input).logits.sum(); // warm-up
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        checksum += al::nn::forwardPass(model, input).logits.sum();
        times.push_back(seconds(start));
    }
    const double time = median(times);
    const double flops = encoderFlops(tokens, 512, 2048, 6);
    std::printf("{\"case\": \"forward\", \"tokens\": %d, \"seconds\": %.9g, \"flops\": %.6g, \"gflops\": %.6g, "
                "\"checksum\": %.6g}\n",
                tokens, time, flops, flops / time * 1e-9, checksum);
}

} // namespace

int main(int argc, char** argv) {
    al::keepFreedMemoryForReuse(); // as the app does
    const std::string only = argc > 1 ? argv[1] : "";
    if (only.empty() || only == "training") training(7, 100);
    if (only.empty() || only == "forward") forward(5, 512);
}
