#include "ui/lessons/training/training_presets.h"

#include "core/base/input_error.h"
#include "core/io/dataset_loader.h"
#include "core/io/dataset_pairing.h"
#include "core/io/transformer_loader.h"
#include "core/nn/limits.h"
#include "core/train/dataset_model.h"
#include "ui/core_messages.h"
#include "ui/sample_catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace al {
namespace {

// A dataset's title as its file gives it (the presets list names the datasets by it).
QString datasetTitle(const QString& file) {
    QFile text(file);
    if (!text.open(QIODevice::ReadOnly)) return QFileInfo(file).completeBaseName();
    const QString title = QJsonDocument::fromJson(text.readAll()).object().value("title").toString();
    return title.isEmpty() ? QFileInfo(file).completeBaseName() : title;
}

TrainingPreset presetOf(const QJsonObject& entry, const QString& folder) {
    TrainingPreset preset;
    preset.modelFile = folder + '/' + entry.value("model").toString();
    preset.datasetFile = folder + '/' + entry.value("dataset").toString();
    preset.steps = entry.value("steps").toInteger(500);
    preset.settings.batch = entry.value("batch").toInt(16);
    preset.settings.optimizer.kind =
        nn::parseOptimizer(entry.value("optimizer").toString("adam").toStdString()).value_or(nn::Optimizer::Adam);
    preset.settings.optimizer.learningRate = entry.value("lr").toDouble(1e-3);
    // The model's own title says which of two presets of one dataset it is (the baseline).
    QFile model(preset.modelFile);
    const QString modelTitle = model.open(QIODevice::ReadOnly)
                                   ? QJsonDocument::fromJson(model.readAll()).object().value("title").toString()
                                   : QString();
    preset.title = modelTitle.isEmpty() ? datasetTitle(preset.datasetFile) : modelTitle;
    return preset;
}

} // namespace

const QList<TrainingPreset>& bundledTrainingPresets() {
    static const QList<TrainingPreset> presets = [] {
        QList<TrainingPreset> found;
        const QString folder = samplesFolder() + "/models";
        QFile file(folder + "/training.json");
        if (samplesFolder().isEmpty() || !file.open(QIODevice::ReadOnly)) return found;
        for (const QJsonValue entry : QJsonDocument::fromJson(file.readAll()).object().value("models").toArray()) {
            TrainingPreset preset = presetOf(entry.toObject(), folder);
            if (QFileInfo::exists(preset.modelFile) && QFileInfo::exists(preset.datasetFile)) found.append(preset);
        }
        return found;
    }();
    return presets;
}

QString architectureProblem(nn::Task task, const nn::Architecture& a) {
    if (a.heads < 1 || a.dModel % a.heads != 0)
        return QCoreApplication::translate("al::TrainingControls", "the number of heads (%1) must divide d (%2)")
            .arg(a.heads)
            .arg(a.dModel);
    if (!a.attention && nn::hasDecoder(task))
        return QCoreApplication::translate("al::TrainingControls",
                                           "a model with a decoder needs attention: only labelling and "
                                           "classification models can leave it out");
    return {};
}

PreparedTraining prepareTraining(const TrainingRequest& request) {
    PreparedTraining prepared;
    try {
        const std::string datasetFile = request.datasetFile.toStdString();
        nn::Dataset dataset = loadDataset(datasetFile);
        nn::TransformerModel model;
        if (request.modelFile.isEmpty()) {
            model = train::modelForDataset(dataset, request.architecture.value_or(nn::Architecture{}),
                                           request.seed.value_or(1));
        } else {
            model = loadTransformer(request.modelFile.toStdString(), request.seed);
            if (request.architecture && !(*request.architecture == model.architecture)) {
                nn::TransformerModel reshaped =
                    nn::makeTransformer(model.task, *request.architecture, model.vocabulary, model.outputs, model.seed);
                reshaped.title = model.title;
                model = std::move(reshaped);
            }
        }
        if (const QString problem = architectureProblem(model.task, model.architecture); !problem.isEmpty()) {
            prepared.problem = problem;
            return prepared;
        }
        model.training.reset(); // this run writes its own
        auto data = std::make_shared<PairedDataset>();
        data->train = pairExamples(model, dataset, DatasetSplit::Train, datasetFile);
        data->test = pairExamples(model, dataset, DatasetSplit::Test, datasetFile);
        data->dataset = std::move(dataset);
        TrainingSetup setup;
        setup.withBaseline = request.withBaseline && model.architecture.attention && !nn::hasDecoder(model.task);
        setup.model = std::make_shared<const nn::TransformerModel>(std::move(model));
        setup.data = std::move(data);
        setup.settings = request.settings;
        prepared.setup = std::move(setup);
    } catch (const InputError& error) {
        prepared.problem = describe(error);
    }
    return prepared;
}

} // namespace al
