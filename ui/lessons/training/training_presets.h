#pragma once
// What the training lesson offers to train: the bundled datasets, each with the model and
// settings `make models` trains it with (samples/models/training.json), and any dataset@1
// file the user opens, given a fresh model of the chosen shape. A setup is read and paired
// on a worker thread (prepareTraining), never on the GUI thread.
#include "core/nn/architecture.h"
#include "core/train/trainer.h"
#include "ui/lessons/training/training_session.h"

#include <QList>
#include <QString>

#include <optional>

namespace al {

struct TrainingPreset {
    QString title;       // the dataset's title, e.g. "I saw a saw"
    QString modelFile;   // its bundled model (architecture and seed; no weights)
    QString datasetFile; // the dataset@1 file
    train::TrainingSettings settings;
    long long steps = 500; // how long `make models` trains it
};

// The bundled presets, in the order training.json lists them; empty when it is missing.
const QList<TrainingPreset>& bundledTrainingPresets();

// What the user asks to train, as the controls hold it.
struct TrainingRequest {
    QString modelFile;   // a transformer@1 file to start from; "" makes one for the dataset
    QString datasetFile; // the dataset@1 file
    // The shape the user chose instead of the file's (nullopt: the file's own).
    std::optional<nn::Architecture> architecture;
    std::optional<std::uint64_t> seed; // instead of the file's
    train::TrainingSettings settings;
    bool withBaseline = false;
    long long steps = 0; // where Train first pauses (a preset's make models length); 0: never
};

// The setup a request makes, or why it cannot: "FILE: FIELD: problem" in the interface's
// language. Reads files: for a worker thread.
struct PreparedTraining {
    std::optional<TrainingSetup> setup;
    QString problem;
};
PreparedTraining prepareTraining(const TrainingRequest& request);

// Whether the architecture is one the engine takes (d divisible by H, counts within limits),
// or why not.
QString architectureProblem(nn::Task task, const nn::Architecture& architecture);

} // namespace al
