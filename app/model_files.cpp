#include "app/model_files.h"

#include "core/io/dataset_loader.h"
#include "core/io/transformer_loader.h"

namespace al::cli {

PairedDataset loadPairedDataset(const nn::TransformerModel& model, const std::string& datasetFile) {
    PairedDataset paired;
    paired.dataset = loadDataset(datasetFile);
    paired.train = pairExamples(model, paired.dataset, DatasetSplit::Train, datasetFile);
    paired.test = pairExamples(model, paired.dataset, DatasetSplit::Test, datasetFile);
    return paired;
}

} // namespace al::cli
