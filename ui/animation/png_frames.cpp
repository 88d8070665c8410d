#include "ui/animation/animation_files.h"

#include "ui/widgets/plot_files.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace al {

namespace {
struct PngFrames {
    Q_DECLARE_TR_FUNCTIONS(al::PngFrames)
};
} // namespace

QString pngFrameName(const QString& stem, int index, int count) {
    const int digits = std::max(3, int(QString::number(count).size()));
    return QString("%1-%2.png").arg(stem).arg(index + 1, digits, 10, QChar('0'));
}

QString writePngFrames(const QString& folder, const QString& stem, const std::vector<AnimationFrame>& frames) {
    const QString first = QDir(folder).filePath(pngFrameName(stem, 0, int(frames.size())));
    if (frames.empty()) return PngFrames::tr("Cannot write %1: an animation needs at least one frame").arg(first);
    PngWriter png; // compresses on other threads, each file written atomically
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const QString path = QDir(folder).filePath(pngFrameName(stem, int(i), int(frames.size())));
        if (frames[i].image.isNull()) {
            png.finish();
            return PngFrames::tr("Cannot write %1: the frame is empty").arg(path);
        }
        png.write(frames[i].image, path);
    }
    return png.finish();
}

} // namespace al
