#pragma once
// Convolution and self-attention that is a convolution (MATH.md §8).
//
// Images are H × W matrices of one channel (row i, column j). A K×K kernel w (K = 2r+1) is
// indexed w(dy + r, dx + r) for shifts dy, dx ∈ {−r … r}:
//
//        dx = −1  0  +1
//   dy=−1  w00  w01  w02        y(i, j) = Σ_{dy,dx} w(dy+r, dx+r) · x(i+dy, j+dx)
//   dy= 0  w10  w11  w12        (cross-correlation, stride 1, zero padding)
//   dy=+1  w20  w21  w22
#include "core/base/matrix.h"

#include <utility>
#include <vector>

namespace al {

// Cross-correlation as deep-learning frameworks define it; pixels outside the image are 0.
Matrix convolve(const Matrix& image, const Matrix& kernel);

// (L(K−1)+1)²: the pixels that L stacked K×K convolutions see.
long receptiveFieldSize(int layers, int kernelSize);

// Self-attention with K² heads that equals the convolution as γ grows (Cordonnier et al.):
// head h is tied to shift Δ_h (row-major: dy outer, dx inner), keys are the pixels of the
// image padded with r rings of zeros, α^h_{p,p′} = −γ ‖(p′ − p) − Δ_h‖², softmax over p′,
// values are the pixels, and y_p = Σ_h w(Δ_h) b^{p,h}.
struct ConvolutionAsAttention {
    std::vector<std::pair<int, int>> shifts; // K² entries (dy, dx)
    Matrix convolution;                      // H × W, convolve(image, kernel)
    Matrix attention;                        // H × W, Σ_h w(Δ_h) b^{p,h}
    Matrix difference;                       // attention − convolution
    double maxAbsDifference = 0;
};
ConvolutionAsAttention convolutionAsAttention(const Matrix& image, const Matrix& kernel, double gamma);

// Head h's α′ for the query pixel (i, j): an (H+2r) × (W+2r) map over the padded image
// (row 0 is image row −r). Its entries sum to 1.
Matrix headAttentionMap(int height, int width, int radius, std::pair<int, int> shift, double gamma, int i, int j);

} // namespace al
