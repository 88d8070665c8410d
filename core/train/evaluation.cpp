#include "core/train/evaluation.h"

#include "core/nn/transformer_forward.h"

namespace al::train {

bool generatesTarget(const nn::TransformerModel& model, const nn::Example& example) {
    std::vector<int> expected = example.target;
    expected.push_back(nn::outputId(model, "<eos>"));
    return nn::generate(model, example.input).generated == expected;
}

Evaluation evaluate(const nn::TransformerModel& model, const std::vector<nn::Example>& examples,
                    Cancellation& cancellation) {
    Evaluation result;
    double lossSum = 0;
    int correct = 0;
    for (std::size_t e = 0; e < examples.size(); ++e) {
        cancellation.check();
        const nn::ExampleResult one = nn::loss(model, examples[e]);
        lossSum += one.lossSum;
        result.positions += one.positions;
        switch (model.task) {
        case nn::Task::Labelling:
        case nn::Task::LanguageModel:
            correct += one.correct;
            break;
        case nn::Task::Classification:
            correct += one.correct == one.positions ? 1 : 0;
            break;
        case nn::Task::Seq2Seq:
            correct += generatesTarget(model, examples[e]) ? 1 : 0;
            break;
        }
        cancellation.report(double(e + 1) / double(examples.size()));
    }
    result.examples = int(examples.size());
    if (result.positions > 0) result.loss = lossSum / result.positions;
    const bool perPosition = model.task == nn::Task::Labelling || model.task == nn::Task::LanguageModel;
    const int denominator = perPosition ? result.positions : result.examples;
    if (denominator > 0) result.accuracy = double(correct) / double(denominator);
    return result;
}

} // namespace al::train
