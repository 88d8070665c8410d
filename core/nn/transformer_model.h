#pragma once
// A whole Transformer of MATH.md §9, as a transformer@1 file describes it (FORMATS.md):
// its task and architecture, its vocabularies, every weight, and how it was trained.
#include "core/nn/architecture.h"
#include "core/nn/parameters.h"
#include "core/nn/transformer_layout.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace al::nn {

enum class Optimizer { Sgd, Adam }; // Adam with weight decay is AdamW (MATH.md §10)

struct TrainingRecord {
    std::string dataset; // the dataset's title
    Optimizer optimizer = Optimizer::Adam;
    double learningRate = 1e-3; // η
    double momentum = 0;        // μ, SGD only
    double weightDecay = 0;     // λ, Adam only (AdamW)
    int batch = 16;             // B
    int steps = 0;              // S
    std::uint64_t seed = 1;
    std::vector<double> history; // history[s]: the batch loss of step s, before its update
    std::optional<double> trainAccuracy;
    std::optional<double> testAccuracy;
};

struct TransformerModel {
    std::string title;
    std::string description;
    Task task = Task::Labelling;
    Architecture architecture;
    std::vector<std::string> vocabulary; // input tokens; ids are indices
    std::vector<std::string> outputs;    // labels, or seq2seq's output vocabulary; empty for a language model
    std::uint64_t seed = 1;              // initialised every weight the file did not give
    TransformerSlots layout;             // where each tensor lies in `weights`
    Tensors weights;                     // every parameter θ
    std::optional<TrainingRecord> training;

    int classes() const { return task == Task::LanguageModel ? int(vocabulary.size()) : int(outputs.size()); }
};

std::string_view name(Optimizer optimizer);
std::optional<Optimizer> parseOptimizer(std::string_view text);

// A model of that shape with every weight initialised from `seed` (MATH.md §10); its
// title, description and training record are left empty.
TransformerModel makeTransformer(Task task, const Architecture& architecture, std::vector<std::string> vocabulary,
                                 std::vector<std::string> outputs, std::uint64_t seed);

} // namespace al::nn
