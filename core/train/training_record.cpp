#include "core/train/training_record.h"

namespace al::train {

nn::TrainingRecord trainingRecord(std::string datasetTitle, const TrainingSettings& settings,
                                  std::vector<double> history, std::uint64_t seed, const Evaluation& trainSet,
                                  const std::optional<Evaluation>& testSet) {
    nn::TrainingRecord record;
    record.dataset = std::move(datasetTitle);
    record.optimizer = settings.optimizer.kind;
    record.learningRate = settings.optimizer.learningRate;
    record.momentum = settings.optimizer.momentum;
    record.weightDecay = settings.optimizer.weightDecay;
    record.batch = settings.batch;
    record.steps = int(history.size());
    record.seed = seed;
    record.history = std::move(history);
    record.trainAccuracy = trainSet.accuracy;
    if (testSet) record.testAccuracy = testSet->accuracy;
    return record;
}

} // namespace al::train
