#include "core/convolution/pixel_attention.h"

#include "core/attention/normalization.h"
#include "core/convolution/convolution.h"

#include <cmath>

namespace al {

Matrix pixelFeatures(const Matrix& image, bool positional) {
    const int height = int(image.rows()), width = int(image.cols());
    const Matrix mean = convolve(image, Matrix::Constant(3, 3, 1.0 / 9.0));
    Matrix horizontal = Matrix::Zero(3, 3), vertical = Matrix::Zero(3, 3);
    horizontal(1, 0) = -0.5, horizontal(1, 2) = 0.5; // central differences
    vertical(0, 1) = -0.5, vertical(2, 1) = 0.5;
    const Matrix dx = convolve(image, horizontal), dy = convolve(image, vertical);
    Matrix features(height * width, positional ? 8 : 4);
    for (int i = 0; i < height; ++i)
        for (int j = 0; j < width; ++j) {
            auto row = features.row(i * width + j);
            row(0) = image(i, j), row(1) = mean(i, j), row(2) = dx(i, j), row(3) = dy(i, j);
            if (positional) { // two frequencies per axis, positions scaled to the image
                const double y = double(i) / std::max(height, 1), x = double(j) / std::max(width, 1);
                row(4) = std::sin(M_PI * y), row(5) = std::cos(M_PI * y);
                row(6) = std::sin(M_PI * x), row(7) = std::cos(M_PI * x);
            }
        }
    return features;
}

Matrix pixelAttentionField(const Matrix& image, int i, int j, bool positional) {
    const int width = int(image.cols());
    const Matrix features = featureScale * pixelFeatures(image, positional); // q = k = s·f
    const RowVector scores =
        (features * features.row(i * width + j).transpose()).transpose() / std::sqrt(double(features.cols()));
    const RowVector weights = normalizeRow(Normalization::Softmax, scores,
                                           Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic>::Ones(scores.size()));
    return Eigen::Map<const Matrix>(weights.data(), image.rows(), width);
}

} // namespace al
