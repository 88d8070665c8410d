#include "core/convolution/convolution.h"

#include <cmath>
#include <stdexcept>

namespace al {

namespace {

int radiusOf(const Matrix& kernel) {
    if (kernel.rows() != kernel.cols() || kernel.rows() % 2 == 0)
        throw std::invalid_argument("the kernel must be K × K with K odd");
    return int(kernel.rows() / 2);
}

// The softmax of one head along one axis, for every query position at once:
// G(q, k) = exp(−γ (k − q − shift)²) / Σ_k′ exp(−γ (k′ − q − shift)²), q ∈ 0…n−1, keys k
// over the padded axis −r … n−1+r (column k + r). The largest term is at k = q + shift,
// always a key, so the shifted exponent −γ(k − q − shift)² ≤ 0 is already the stable form.
Matrix axisWeights(int n, int radius, int shift, double gamma) {
    const int keys = n + 2 * radius;
    Matrix weights(n, keys);
    for (int q = 0; q < n; ++q) {
        for (int k = 0; k < keys; ++k) {
            const double distance = double(k - radius) - q - shift;
            weights(q, k) = std::exp(-gamma * distance * distance);
        }
        weights.row(q) /= weights.row(q).sum();
    }
    return weights;
}

std::vector<std::pair<int, int>> shiftsFor(int radius) {
    std::vector<std::pair<int, int>> shifts;
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx)
            shifts.emplace_back(dy, dx);
    return shifts;
}

} // namespace

Matrix convolve(const Matrix& image, const Matrix& kernel) {
    const int r = radiusOf(kernel);
    const int height = int(image.rows()), width = int(image.cols());
    Matrix output = Matrix::Zero(height, width);
    for (int i = 0; i < height; ++i)
        for (int j = 0; j < width; ++j) {
            double sum = 0;
            for (int dy = -r; dy <= r; ++dy)
                for (int dx = -r; dx <= r; ++dx) {
                    const int y = i + dy, x = j + dx;
                    if (y >= 0 && y < height && x >= 0 && x < width) sum += kernel(dy + r, dx + r) * image(y, x);
                }
            output(i, j) = sum;
        }
    return output;
}

long receptiveFieldSize(int layers, int kernelSize) {
    const long side = long(layers) * (kernelSize - 1) + 1;
    return side * side;
}

ConvolutionAsAttention convolutionAsAttention(const Matrix& image, const Matrix& kernel, double gamma) {
    const int r = radiusOf(kernel);
    const int height = int(image.rows()), width = int(image.cols());
    Matrix padded = Matrix::Zero(height + 2 * r, width + 2 * r); // the keys' values
    padded.block(r, r, height, width) = image;

    ConvolutionAsAttention result;
    result.shifts = shiftsFor(r);
    result.convolution = convolve(image, kernel);
    result.attention = Matrix::Zero(height, width);
    for (auto [dy, dx] : result.shifts) {
        // The head's α′_{p,·} is the outer product of one softmax per axis, because
        // ‖d − Δ‖² = (d_y − Δ_y)² + (d_x − Δ_x)²: b^{·,h} = G_y · padded · G_xᵀ   (H × W).
        const Matrix rows = axisWeights(height, r, dy, gamma); // H × (H+2r)
        const Matrix cols = axisWeights(width, r, dx, gamma);  // W × (W+2r)
        result.attention += kernel(dy + r, dx + r) * (rows * padded * cols.transpose());
    }
    result.difference = result.attention - result.convolution;
    result.maxAbsDifference = result.difference.size() ? result.difference.cwiseAbs().maxCoeff() : 0.0;
    return result;
}

Matrix headAttentionMap(int height, int width, int radius, std::pair<int, int> shift, double gamma, int i, int j) {
    const Matrix rows = axisWeights(height, radius, shift.first, gamma);
    const Matrix cols = axisWeights(width, radius, shift.second, gamma);
    return rows.row(i).transpose() * cols.row(j); // (H+2r) × (W+2r)
}

} // namespace al
