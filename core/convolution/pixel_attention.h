#pragma once
// Self-attention's receptive field on an image: every pixel is a token, and α′ for one
// query pixel, over all pixels, is what that pixel "sees" — global, and shaped by content.
#include "core/base/matrix.h"

namespace al {

// One row per pixel (row-major, token p = i·W + j): intensity, the 3 × 3 local mean, the
// horizontal and vertical differences; with `positional`, four more entries, sin/cos of
// the row and of the column (a 2-D sinusoidal encoding).               (H·W × 4 or 8)
Matrix pixelFeatures(const Matrix& image, bool positional);

// α′ of the query pixel (i, j) over all pixels, H × W: scaled dot-product attention with
// q = k = s·f (s = featureScale), α = q·k / √d, softmax over every pixel.
inline constexpr double featureScale = 3.0;
Matrix pixelAttentionField(const Matrix& image, int i, int j, bool positional);

} // namespace al
