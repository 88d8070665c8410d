#include "core/nn/transformer_model.h"

#include "core/nn/initialization.h"

#include <memory>

namespace al::nn {

std::string_view name(Optimizer optimizer) {
    return optimizer == Optimizer::Sgd ? "sgd" : "adam";
}

std::optional<Optimizer> parseOptimizer(std::string_view text) {
    if (text == "sgd") return Optimizer::Sgd;
    if (text == "adam") return Optimizer::Adam;
    return std::nullopt;
}

TransformerModel makeTransformer(Task task, const Architecture& architecture, std::vector<std::string> vocabulary,
                                 std::vector<std::string> outputs, std::uint64_t seed) {
    TransformerModel model;
    model.task = task;
    model.architecture = architecture;
    model.vocabulary = std::move(vocabulary);
    model.outputs = std::move(outputs);
    model.seed = seed;
    auto layout = std::make_shared<ParameterLayout>();
    model.layout =
        layOutTransformer(task, architecture, int(model.vocabulary.size()), int(model.outputs.size()), *layout);
    model.weights = Tensors(std::move(layout));
    initializeWeights(model.weights, seed);
    return model;
}

} // namespace al::nn
