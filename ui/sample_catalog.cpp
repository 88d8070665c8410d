#include "ui/sample_catalog.h"

#include "core/base/input_error.h"
#include "core/io/dataset_loader.h"
#include "core/io/sample_loader.h"
#include "core/io/transformer_loader.h"
#include "ui/core_messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace al {

QString samplesFolder() {
    // The installed tree (bin/attention-lab → share/attention-lab/samples), and the build
    // tree, laid out alike by CMakeLists.txt (build/app/attention-lab, build/tests/ui_tests →
    // build/share/attention-lab/samples).
    const QString folder = QCoreApplication::applicationDirPath() + "/../share/attention-lab/samples";
    if (QFileInfo(folder + "/lecture-four-vectors.json").isFile()) return QDir(folder).canonicalPath();
    return {};
}

QList<SampleEntry> bundledSamples() {
    QList<SampleEntry> entries;
    const QString folder = samplesFolder();
    if (folder.isEmpty()) return entries;
    for (const QFileInfo& file : QDir(folder).entryInfoList({"*.json"}, QDir::Files, QDir::Name)) {
        try {
            const Sample sample = loadSample(file.filePath().toStdString());
            entries.append({file.filePath(), QString::fromStdString(sample.title)});
        } catch (const InputError&) {
            // not a sample: leave it out of the menu
        }
    }
    std::stable_partition(entries.begin(), entries.end(),
                          [](const SampleEntry& e) { return e.path.endsWith("lecture-four-vectors.json"); });
    return entries;
}

QString defaultSamplePath() {
    const QString folder = samplesFolder();
    return folder.isEmpty() ? QString() : folder + "/lecture-four-vectors.json";
}

namespace {

// Whether the start of the file declares `format` (its writers put "format" first).
bool declares(const QString& path, std::string_view format) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false; // the sample loader names the problem
    const QByteArray start = file.read(64 * 1024);
    return declaresFormat(std::string_view(start.constData(), std::size_t(start.size())), format);
}

} // namespace

bool isModelFile(const QString& path) {
    return declares(path, transformerFormat);
}

bool isDatasetFile(const QString& path) {
    return declares(path, datasetFormat);
}

ModelRead readModelFile(const QString& path) {
    try {
        return {std::make_shared<const nn::TransformerModel>(loadTransformer(path.toStdString())), {}};
    } catch (const InputError& error) {
        return {nullptr, describe(error)};
    }
}

const QList<ModelEntry>& bundledModels() {
    static const QList<ModelEntry> entries = [] {
        QList<ModelEntry> found;
        const QString folder = samplesFolder();
        if (folder.isEmpty()) return found;
        for (const QFileInfo& file :
             QDir(folder + "/models").entryInfoList({"*.trained.json"}, QDir::Files, QDir::Name)) {
            QFile text(file.filePath());
            if (!text.open(QIODevice::ReadOnly)) continue;
            const QJsonObject model = QJsonDocument::fromJson(text.readAll()).object();
            if (model.value("format").toString() != QLatin1String(transformerFormat.data())) continue;
            found.append({file.filePath(), model.value("title").toString(), model.value("task").toString()});
        }
        return found;
    }();
    return entries;
}

QString bundledModelPath(const QString& fileName) {
    const QString folder = samplesFolder();
    const QString path = folder + "/models/" + fileName;
    return !folder.isEmpty() && QFileInfo(path).isFile() ? path : QString();
}

} // namespace al
