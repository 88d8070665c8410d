#pragma once
// The matrix types of the core. Row-major, so that row i of every matrix is token i
// (or query i), as in the trace format and the paper's row form (MATH.md §7).
#include <Eigen/Dense>
#include <cstdint>

namespace al {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXd;
using RowVector = Eigen::RowVectorXd;
// 0/1 entries; MaskMatrix(i, j) = 1 when query i may attend to key j.
using MaskMatrix = Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

} // namespace al
