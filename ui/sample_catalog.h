#pragma once
// The bundled samples: where they are (share/attention-lab/samples beside the program's bin/
// folder, in the build tree as when installed) and their titles, for the Samples menu and
// the command line's default sample.
#include <QList>
#include <QString>

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

} // namespace al
