#pragma once
// The bundled samples: where they are (beside the build, or installed under share/) and
// their titles, for the Samples menu and the command line's default sample.
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
