// Convolution by hand, self-attention that becomes the convolution as γ grows, and the
// image and kernel loaders.
#include "core/attention/normalization.h"
#include "core/base/input_error.h"
#include "core/convolution/convolution.h"
#include "core/convolution/pixel_attention.h"
#include "core/io/gray_image.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace al;

namespace {
Matrix randomImage(std::mt19937_64& rng, int height, int width) {
    std::uniform_real_distribution<double> pixel(0.0, 1.0);
    Matrix image(height, width);
    for (int i = 0; i < height; ++i)
        for (int j = 0; j < width; ++j)
            image(i, j) = pixel(rng);
    return image;
}
Matrix randomKernel(std::mt19937_64& rng, int size) {
    std::normal_distribution<double> weight(0.0, 1.0);
    Matrix kernel(size, size);
    for (int i = 0; i < size; ++i)
        for (int j = 0; j < size; ++j)
            kernel(i, j) = weight(rng);
    return kernel;
}
} // namespace

TEST_CASE("convolution by hand: cross-correlation with zero padding", "[convolution]") {
    Matrix image(3, 3);
    image << 1, 2, 3, 4, 5, 6, 7, 8, 9;
    Matrix identity = Matrix::Zero(3, 3);
    identity(1, 1) = 1;
    CHECK(convolve(image, identity) == image);
    const Matrix box = Matrix::Ones(3, 3);
    const Matrix sums = convolve(image, box);
    CHECK(sums(1, 1) == 45);            // the whole image
    CHECK(sums(0, 0) == 1 + 2 + 4 + 5); // a corner sees four pixels, the rest is padding
    CHECK(sums(2, 1) == 4 + 5 + 6 + 7 + 8 + 9);
    Matrix right = Matrix::Zero(3, 3);
    right(1, 2) = 1; // w(dy=0, dx=+1): y(i, j) = x(i, j+1) — cross-correlation, not flipped
    const Matrix shifted = convolve(image, right);
    CHECK(shifted(0, 0) == 2);
    CHECK(shifted(0, 2) == 0);
    CHECK_THROWS_AS(convolve(image, Matrix::Ones(2, 2)), std::invalid_argument);
}

TEST_CASE("receptive fields of stacked convolutions", "[convolution]") {
    CHECK(receptiveFieldSize(1, 3) == 9);
    CHECK(receptiveFieldSize(2, 3) == 25);
    CHECK(receptiveFieldSize(3, 5) == 169);
    CHECK(receptiveFieldSize(2, 7) == 169);
}

TEST_CASE("at large γ the K² heads equal the convolution to 1e-9, borders and corners included", "[convolution]") {
    std::mt19937_64 rng(11);
    for (int size : {1, 3, 5, 7, 9})
        for (auto [height, width] : {std::pair{1, 1}, std::pair{4, 7}, std::pair{12, 9}, std::pair{20, 20}}) {
            const Matrix image = randomImage(rng, height, width), kernel = randomKernel(rng, size);
            const ConvolutionAsAttention result = convolutionAsAttention(image, kernel, 50.0);
            INFO("K = " << size << ", " << height << " × " << width << ": largest difference "
                        << result.maxAbsDifference);
            CHECK(result.maxAbsDifference < 1e-9);
            CHECK(result.shifts.size() == std::size_t(size * size));
            CHECK(result.convolution == convolve(image, kernel));
        }
}

TEST_CASE("the error shrinks as γ grows, within the stated bound", "[convolution]") {
    std::mt19937_64 rng(12);
    const Matrix image = randomImage(rng, 10, 10), kernel = randomKernel(rng, 3);
    double previous = std::numeric_limits<double>::infinity();
    for (double gamma : {0.5, 1.0, 2.0, 5.0, 10.0, 20.0}) {
        const double error = convolutionAsAttention(image, kernel, gamma).maxAbsDifference;
        INFO("γ = " << gamma << ": " << error);
        CHECK(error < previous);
        // MATH.md §8: about (number of keys) · e^{−γ} · max|x| · Σ|w|
        CHECK(error <= 12.0 * 12.0 * std::exp(-gamma) * image.cwiseAbs().maxCoeff() * kernel.cwiseAbs().sum());
        previous = error;
    }
}

TEST_CASE("the separable heads equal softmax attention over every padded key", "[convolution]") {
    // Brute force for one head and one query: every key p′ of the padded image scored
    // −γ‖(p′ − p) − Δ‖², a softmax over all of them.
    const int height = 5, width = 6, r = 1;
    const double gamma = 0.7;
    const std::pair<int, int> shift{1, -1};
    const int i = 0, j = 4;
    RowVector scores((height + 2 * r) * (width + 2 * r));
    for (int y = 0; y < height + 2 * r; ++y)
        for (int x = 0; x < width + 2 * r; ++x) {
            const double dy = (y - r) - i - shift.first, dx = (x - r) - j - shift.second;
            scores(y * (width + 2 * r) + x) = -gamma * (dy * dy + dx * dx);
        }
    const RowVector expected = normalizeRow(Normalization::Softmax, scores,
                                            Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic>::Ones(scores.size()));
    const Matrix map = headAttentionMap(height, width, r, shift, gamma, i, j);
    REQUIRE(map.rows() == height + 2 * r);
    for (int y = 0; y < map.rows(); ++y)
        for (int x = 0; x < map.cols(); ++x)
            CHECK(std::abs(map(y, x) - expected(y * (width + 2 * r) + x)) < 1e-15);
    CHECK(std::abs(map.sum() - 1.0) < 1e-14);
}

TEST_CASE("PGM images: text and binary, 8 and 16 bits, divided by maxval", "[images]") {
    const Matrix text = parsePgm("P2\n# a comment\n3 2\n4\n0 1 2\n3 4 4\n", "t.pgm");
    REQUIRE(text.rows() == 2);
    REQUIRE(text.cols() == 3);
    CHECK(text(0, 1) == 0.25);
    CHECK(text(1, 2) == 1.0);
    const std::string binary = std::string("P5 2 1 255\n") + char(0) + char(255);
    CHECK(parsePgm(binary, "b.pgm")(0, 1) == 1.0);
    const std::string wide = std::string("P5 1 1 65535\n") + char(0x80) + char(0x00);
    CHECK(parsePgm(wide, "w.pgm")(0, 0) == 32768.0 / 65535.0);
    for (const char* bad : {"", "P6 1 1 255\n\x01\x02\x03", "P2 0 3 255\n", "P2 2 2 255\n1 2 3", "P2 1 1 0\n0",
                            "P2 1 1 9\n10", "P5 2 2 255\n\x01", "P2 x 1 255\n1"})
        CHECK_THROWS_AS(parsePgm(bad, "bad.pgm"), InputError);
}

TEST_CASE("images larger than 64 pixels a side are averaged down", "[images]") {
    Matrix big = Matrix::Zero(130, 40);
    big.topRows(65).setOnes();
    const Matrix small = reduceImage(big);
    CHECK(small.rows() <= 64);
    CHECK(small.cols() <= 64);
    CHECK(small(0, 0) == 1.0);
    CHECK(small(small.rows() - 1, 0) == 0.0);
    CHECK(reduceImage(Matrix::Ones(8, 8)) == Matrix::Ones(8, 8));
}

TEST_CASE("kernel files: odd K up to 9, every number checked", "[images]") {
    CHECK(parseKernel(R"({"kernel": [[0, 1, 0], [1, -4, 1], [0, 1, 0]]})", "k.json")(1, 1) == -4);
    CHECK(parseKernel(R"({"kernel": [[2]], "title": "scale"})", "k.json")(0, 0) == 2);
    const std::vector<std::pair<const char*, const char*>> bad = {
        {R"({"kernel": [[1, 2], [3, 4]]})", "kernel"},
        {R"({"kernel": []})", "kernel"},
        {R"({"kernel": [[1, 2, 3], [1, 2], [1, 2, 3]]})", "kernel[1]"},
        {R"({"kernel": [[1, 2, 3], [1, "x", 3], [1, 2, 3]]})", "kernel[1][1]"},
        {R"({"kernels": [[1]]})", "kernels"},
        {R"({"kernel": 3})", "kernel"},
    };
    for (auto [text, field] : bad) {
        INFO(text);
        try {
            parseKernel(text, "k.json");
            FAIL("accepted");
        } catch (const InputError& error) {
            CHECK(error.field() == field);
            CHECK(error.file() == "k.json");
        }
    }
    std::string eleven = R"({"kernel": [)";
    for (int r = 0; r < 11; ++r)
        eleven += std::string(r ? "," : "") + "[0,0,0,0,0,0,0,0,0,0,0]";
    CHECK_THROWS_AS(parseKernel(eleven + "]}", "k.json"), InputError);
    CHECK_THROWS_AS(parseKernel("{", "k.json"), InputError);
}

TEST_CASE("a pixel's self-attention field covers the whole image and follows content", "[convolution]") {
    Matrix image = Matrix::Zero(8, 8);
    image.block(0, 0, 3, 3).setOnes(); // a bright corner
    image(7, 7) = 1;                   // and a bright pixel far away
    const Matrix field = pixelAttentionField(image, 1, 1, false);
    REQUIRE(field.rows() == 8);
    CHECK(std::abs(field.sum() - 1.0) < 1e-12);
    CHECK((field.array() > 0).all()); // global: every pixel gets some weight
    CHECK(field(7, 7) > field(4, 4)); // content: the far bright pixel beats a near dark one
    const Matrix withPositions = pixelAttentionField(image, 1, 1, true);
    CHECK(std::abs(withPositions.sum() - 1.0) < 1e-12);
    CHECK(withPositions(7, 7) < field(7, 7)); // positions pull attention towards the query
    CHECK(pixelFeatures(image, true).cols() == 8);
}
