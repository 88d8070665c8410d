#pragma once
// Opens an image for the convolution lesson and the `conv` command: PGM through the core,
// anything Qt reads (PNG, …) through QImage; one channel in [0, 1] (luminance), reduced
// to at most 64 × 64 pixels. Throws InputError naming the file and the problem.
#include "core/base/matrix.h"

#include <QString>

namespace al {

Matrix loadGrayImage(const QString& path);

} // namespace al
