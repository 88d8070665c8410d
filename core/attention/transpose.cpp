#include "core/attention/transpose.h"

#include <algorithm>

namespace al {

Matrix transposed(const Matrix& matrix) {
    constexpr Eigen::Index tile = 32; // 32 × 32 doubles: 8 KiB read, 8 KiB written, both in L1
    const Eigen::Index rows = matrix.rows(), cols = matrix.cols();
    Matrix result(cols, rows);
    for (Eigen::Index top = 0; top < rows; top += tile)
        for (Eigen::Index left = 0; left < cols; left += tile) {
            const Eigen::Index height = std::min(tile, rows - top), width = std::min(tile, cols - left);
            result.block(left, top, width, height) = matrix.block(top, left, height, width).transpose();
        }
    return result;
}

} // namespace al
