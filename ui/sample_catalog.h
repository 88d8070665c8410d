#pragma once
// The bundled samples: where they are (share/attention-lab/samples beside the program's bin/
// folder, in the build tree as when installed) and their titles, for the Samples menu and
// the command line's default sample.
#include "core/nn/transformer_model.h"

#include <QList>
#include <QString>

#include <memory>

namespace al {

struct SampleEntry {
    QString path;
    QString title;
};

// The samples folder, or "" when none is found.
QString samplesFolder();
// Every bundled sample that loads, sorted by file name; the lecture's sample first.
QList<SampleEntry> bundledSamples();
// The sample opened when none is given: the lecture's four vectors.
QString defaultSamplePath();

// Whether the file says it is a transformer@1 model, not a sample. Its writers put "format"
// first, so the start of the file tells without reading a model of hundreds of megabytes.
bool isModelFile(const QString& path);
// Whether the file says it is a dataset@1 (the training lesson trains on it).
bool isDatasetFile(const QString& path);

// A transformer@1 file read (on a worker thread: a model may take seconds): the model, or
// "FILE: FIELD: problem" in the interface's language.
struct ModelRead {
    std::shared_ptr<const nn::TransformerModel> model; // null when refused
    QString problem;
};
ModelRead readModelFile(const QString& path);

// The bundled trained Transformers (samples/models/*.trained.json), read once.
struct ModelEntry {
    QString path;
    QString title;
    QString task; // as the file spells it: "labelling", "seq2seq", …
};
const QList<ModelEntry>& bundledModels();
// The bundled model file `fileName` ("i-saw-a-saw.trained.json"), or "" when it is missing.
QString bundledModelPath(const QString& fileName);

} // namespace al
