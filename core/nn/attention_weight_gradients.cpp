#include "core/nn/attention_weight_gradients.h"

namespace al::nn {

ExampleGradients exampleGradients(const TransformerModel& model, const Example& example) {
    const int positions = predictedPositions(model, example);
    const double scale = positions > 0 ? 1.0 / positions : 0.0; // the mean over P positions
    ExampleGradients result;
    result.weights = Tensors(model.weights.sharedLayout());
    ExampleResult run = lossAndGradients(model, example, scale, result.weights, &result.attention);
    result.loss = run.lossSum * scale;
    result.trace = std::move(run.trace);
    return result;
}

} // namespace al::nn
