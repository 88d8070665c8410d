// The convolution lesson shows the core's numbers; γ drives the difference to zero; the
// outlined receptive field has the size (L(K−1)+1)². Its image, kernel and γ are its own
// controls' (ConvolutionControls); the page describes the steps from them.
#include "core/convolution/convolution.h"
#include "core/convolution/pixel_attention.h"
#include "core/io/gray_image.h"
#include "tests/ui/lesson_checks.h"
#include "ui/lessons/convolution_controls.h"
#include "ui/lessons/convolution_lesson.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace al;

namespace {
const QString images = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/images/";

// The lesson's page, drawn from a sample (which it does not show), and its controls.
struct ConvolutionPage : test::PageOf {
    ConvolutionControls* controls;
    ConvolutionPage()
        : PageOf(std::make_shared<ConvolutionLesson>(), test::sampleTrace("lecture-four-vectors.json")),
          controls(qobject_cast<ConvolutionControls*>(page.controls())) {
        REQUIRE(controls != nullptr);
    }
};
} // namespace

TEST_CASE("the convolution lesson draws the core's convolution, attention and difference", "[lessons][convolution]") {
    ConvolutionPage lesson;
    REQUIRE(lesson.controls->openImage(images + "shapes.pgm").isEmpty());
    Matrix sobel(3, 3);
    sobel << -1, 0, 1, -2, 0, 2, -1, 0, 1;
    lesson.controls->setKernel(sobel);
    lesson.controls->setGamma(2.0);
    lesson.setStep(2);
    const ConvolutionAsAttention expected = convolutionAsAttention(lesson.controls->image(), sobel, 2.0);
    test::requireHolds(test::shownHeatmap(lesson.page, "convolution"), expected.convolution);
    test::requireHolds(test::shownHeatmap(lesson.page, "attention_output"), expected.attention);
    test::requireHolds(test::shownHeatmap(lesson.page, "difference"), expected.difference);
    CHECK(expected.maxAbsDifference > 1e-3);
    lesson.controls->setGamma(60.0); // the heads are one-hot: attention is the convolution
    lesson.drawn();
    CHECK(test::shownHeatmap(lesson.page, "difference")->data().values.toMatrix().cwiseAbs().maxCoeff() < 1e-9);
    CHECK(lesson->explanation().contains("largest difference"));
}

TEST_CASE("the receptive fields: the query pixel's attention and the outlined square", "[lessons][convolution]") {
    ConvolutionPage lesson;
    REQUIRE(lesson.controls->openImage(images + "digit-7.pgm").isEmpty());
    lesson.setStep(0);
    lesson.controls->setPixel(5, 6);
    lesson.drawn();
    test::requireHolds(test::shownHeatmap(lesson.page, "attention_field"),
                       pixelAttentionField(lesson.controls->image(), 5, 6, false));
    CHECK(lesson->explanation().contains("= 9 pixels")); // one 3 × 3 layer: (1·2+1)² = 9
    CHECK(lesson->content().plots.at(0).region == QRect(QPoint(5, 4), QPoint(7, 6))); // the 3 × 3 square around it
    CHECK_FALSE(lesson.controls->openImage(images + "no-such-image.pgm").isEmpty());
    CHECK(lesson.controls->image().rows() > 0); // a failed open keeps the image
}

TEST_CASE("a click on the image moves the query pixel", "[lessons][convolution]") {
    ConvolutionPage lesson;
    REQUIRE(lesson.controls->openImage(images + "digit-7.pgm").isEmpty());
    lesson.setStep(0);
    lesson->controls()->cellClicked("image", 2, 3);
    lesson.drawn();
    test::requireHolds(test::shownHeatmap(lesson.page, "attention_field"),
                       pixelAttentionField(lesson.controls->image(), 2, 3, false));
    lesson->controls()->cellClicked("attention_field", 7, 7); // the field is no picker
    lesson.drawn();
    CHECK(test::shownHeatmap(lesson.page, "attention_field")->data().title.contains("(3, 4)"));
}

TEST_CASE("the heads step lays the K² heads out as the kernel", "[lessons][convolution]") {
    ConvolutionPage lesson;
    REQUIRE(lesson.controls->openImage(images + "gradient.pgm").isEmpty());
    lesson.controls->setKernel(Matrix::Ones(5, 5) / 25.0);
    lesson.setStep(1);
    const HeatmapView* heads = test::shownHeatmap(lesson.page, "heads");
    REQUIRE(heads != nullptr);
    const int tile = 2 * 2 + 3;
    CHECK(heads->data().values.rows() == 5 * (tile + 1) - 1);
    CHECK(heads->data().title.contains("25 heads"));
}

TEST_CASE("an edit of the kernel can be undone and redone, and the pictures follow", "[lessons][convolution]") {
    ConvolutionPage lesson;
    REQUIRE(lesson.controls->openImage(images + "digit-3.pgm").isEmpty());
    lesson.controls->setKernel(Matrix::Ones(3, 3) / 9.0);
    REQUIRE(lesson->undoStack() == lesson.controls->undoStack());
    REQUIRE(lesson.controls->undoStack()->count() == 0); // setting the kernel from code is no edit
    Matrix edge = Matrix::Zero(3, 3);
    edge(1, 1) = 4;
    lesson.setStep(2);
    lesson.controls->editKernel(edge, "edit");
    CHECK(lesson.controls->kernel() == edge);
    lesson.drawn();
    const Matrix image = lesson.controls->image();
    test::requireHolds(test::shownHeatmap(lesson.page, "convolution"), convolve(image, edge));
    lesson.controls->undoStack()->undo();
    CHECK(lesson.controls->kernel() == Matrix::Ones(3, 3) / 9.0);
    lesson.drawn();
    test::requireHolds(test::shownHeatmap(lesson.page, "convolution"), convolve(image, Matrix::Ones(3, 3) / 9.0));
    lesson.controls->undoStack()->redo();
    CHECK(lesson.controls->kernel() == edge);
    lesson.drawn();
    test::requireHolds(test::shownHeatmap(lesson.page, "convolution"), convolve(image, edge));
}

TEST_CASE("the convolution lesson does not show the sample's model", "[lessons][convolution]") {
    CHECK_FALSE(ConvolutionLesson().showsSampleModel());
}
