#pragma once
// result = a · b for the large products of a long sequence (N of 128 rows and more), a
// block of 64 rows of a at a time, the blocks shared out among the cores, each block one
// single-threaded product. Eigen's own multi-threaded product synchronises its threads
// several times per product by spinning; on a machine busy with other programs a thread
// that is not running holds the others up, and a forward pass at N = 512 took nearly three
// times as long. The blocks are fixed by the shape alone, so the bits never depend on the
// number of threads. Fewer rows: Eigen's product as it is (a training example's products,
// run on one thread each by the trainer).
#include "core/base/matrix.h"

#include <algorithm>

namespace al::nn {

inline constexpr Eigen::Index rowBlock = 64;

template <typename Left, typename Right> void productByRowBlocks(Matrix& result, const Left& a, const Right& b) {
    const Eigen::Index rows = a.rows();
    result.resize(rows, b.cols());
    if (rows < 2 * rowBlock) {
        result.noalias() = a * b;
        return;
    }
    const int blocks = int((rows + rowBlock - 1) / rowBlock);
#pragma omp parallel for schedule(dynamic, 1)
    for (int block = 0; block < blocks; ++block) {
        const Eigen::Index top = block * rowBlock, count = std::min(rowBlock, rows - top);
        result.middleRows(top, count).noalias() = a.middleRows(top, count) * b;
    }
}

} // namespace al::nn
