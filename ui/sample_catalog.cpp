#include "ui/sample_catalog.h"

#include "core/input_error.h"
#include "core/sample_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace al {

QString samplesFolder() {
    const QString exe = QCoreApplication::applicationDirPath();
    // Build tree (build/app/attention-lab), installed tree (bin/ → share/attention-lab/samples),
    // and the source tree as compiled in, in that order.
    const QStringList candidates = {exe + "/../../samples", exe + "/../share/attention-lab/samples",
                                    QStringLiteral(ATTENTION_LAB_SOURCE_SAMPLES)};
    for (const QString& candidate : candidates)
        if (QFileInfo(candidate + "/lecture-four-vectors.json").isFile()) return QDir(candidate).canonicalPath();
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

} // namespace al
