#pragma once
// An animation on disk, for slides: an animated GIF (through giflib) that loops forever, and
// the same frames as numbered PNG files (for slide software that plays a sequence, or for a
// handout). Every file is written atomically — to a temporary beside it, then renamed — so a
// failure leaves the old file or none, never half of one.
#include <QImage>
#include <QString>

#include <vector>

namespace al {

struct AnimationFrame {
    QImage image; // every frame of an animation has the same size; transparency is drawn on white
    int delayMs;  // how long the frame shows: a GIF counts in hundredths of a second, from 20 ms
};

// The frames as an animated GIF that loops forever: one colour table of at most 256 colours
// for all frames (gifPalette), each frame whole. Returns "" or a message naming the file and
// the problem (no frames, frames of different sizes, a delay a GIF cannot hold, a folder
// that cannot be written).
QString writeGif(const QString& path, const std::vector<AnimationFrame>& frames);

// The frames as FOLDER/STEM-001.png, STEM-002.png …: numbered from 1, with as many digits as
// the frame count has (at least three), so the files sort in order. Returns "" or a message
// naming the file and the problem.
QString writePngFrames(const QString& folder, const QString& stem, const std::vector<AnimationFrame>& frames);
// The name of frame `index` (from 0) of `count`: "STEM-001.png".
QString pngFrameName(const QString& stem, int index, int count);

} // namespace al
