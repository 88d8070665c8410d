// The convolution lesson shows the core's numbers; γ drives the difference to zero; the
// outlined receptive field has the size (L(K−1)+1)².
#include "core/convolution.h"
#include "core/gray_image.h"
#include "core/pixel_attention.h"
#include "tests/ui/lesson_checks.h"
#include "ui/lessons/convolution_lesson.h"

#include <catch2/catch.hpp>

using namespace al;

namespace {
const QString images = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/images/";
}

TEST_CASE("the convolution lesson draws the core's convolution, attention and difference", "[lessons][convolution]") {
    ConvolutionLesson lesson;
    lesson.setTrace(test::sampleTrace("lecture-four-vectors.json"));
    REQUIRE(lesson.openImage(images + "shapes.pgm").isEmpty());
    Matrix sobel(3, 3);
    sobel << -1, 0, 1, -2, 0, 2, -1, 0, 1;
    lesson.setKernel(sobel);
    lesson.setGamma(2.0);
    lesson.setStep(2);
    const ConvolutionAsAttention expected = convolutionAsAttention(lesson.image(), sobel, 2.0);
    test::requireHolds(test::shownHeatmap(lesson, "convolution"), expected.convolution);
    test::requireHolds(test::shownHeatmap(lesson, "attention_output"), expected.attention);
    test::requireHolds(test::shownHeatmap(lesson, "difference"), expected.difference);
    CHECK(expected.maxAbsDifference > 1e-3);
    lesson.setGamma(60.0); // the heads are one-hot: attention is the convolution
    CHECK(test::shownHeatmap(lesson, "difference")->data().values.toMatrix().cwiseAbs().maxCoeff() < 1e-9);
    CHECK(lesson.explanation().contains("largest difference"));
}

TEST_CASE("the receptive fields: the query pixel's attention and the outlined square", "[lessons][convolution]") {
    ConvolutionLesson lesson;
    lesson.setTrace(test::sampleTrace("lecture-four-vectors.json"));
    REQUIRE(lesson.openImage(images + "digit-7.pgm").isEmpty());
    lesson.setStep(0);
    lesson.setPixel(5, 6);
    test::requireHolds(test::shownHeatmap(lesson, "attention_field"), pixelAttentionField(lesson.image(), 5, 6, false));
    CHECK(lesson.explanation().contains("= 9 pixels")); // one 3 × 3 layer: (1·2+1)² = 9
    CHECK_FALSE(lesson.openImage(images + "no-such-image.pgm").isEmpty());
    CHECK(lesson.image().rows() > 0); // a failed open keeps the image
}

TEST_CASE("the heads step lays the K² heads out as the kernel", "[lessons][convolution]") {
    ConvolutionLesson lesson;
    lesson.setTrace(test::sampleTrace("lecture-four-vectors.json"));
    REQUIRE(lesson.openImage(images + "gradient.pgm").isEmpty());
    lesson.setKernel(Matrix::Ones(5, 5) / 25.0);
    lesson.setStep(1);
    const HeatmapView* heads = test::shownHeatmap(lesson, "heads");
    REQUIRE(heads != nullptr);
    const int tile = 2 * 2 + 3;
    CHECK(heads->data().values.rows() == 5 * (tile + 1) - 1);
    CHECK(heads->data().title.contains("25 heads"));
}

TEST_CASE("an edit of the kernel can be undone and redone, and the pictures follow", "[lessons][convolution]") {
    ConvolutionLesson lesson;
    REQUIRE(lesson.openImage(images + "digit-3.pgm").isEmpty());
    lesson.setKernel(Matrix::Ones(3, 3) / 9.0);
    REQUIRE(lesson.undoStack()->count() == 0); // setting the kernel from code is no edit
    Matrix edge = Matrix::Zero(3, 3);
    edge(1, 1) = 4;
    lesson.editKernel(edge, "edit");
    CHECK(lesson.kernel() == edge);
    lesson.undoStack()->undo();
    CHECK(lesson.kernel() == Matrix::Ones(3, 3) / 9.0);
    lesson.undoStack()->redo();
    CHECK(lesson.kernel() == edge);
}
