#include "ui/lessons/convolution_lesson.h"

#include "core/convolution/convolution.h"
#include "core/convolution/pixel_attention.h"
#include "ui/lessons/convolution_controls.h"
#include "ui/notation.h"

#include <limits>

namespace al {

namespace n = notation;

namespace {
const ConvolutionState* stateOf(const LessonInput& input) {
    return static_cast<const ConvolutionState*>(input.own.get());
}

PlotContent plotOf(HeatmapData data) {
    PlotContent plot;
    plot.data = std::move(data);
    return plot;
}

// An H × W picture of the image's pixels.
HeatmapData picture(const QString& id, const QString& title, Matrix m, ColorScheme scheme) {
    const int height = int(m.rows()), width = int(m.cols());
    return HeatmapData{id,
                       title,
                       std::move(m),
                       n::indexLabels(height),
                       n::indexLabels(width),
                       ConvolutionLesson::tr("pixel row"),
                       ConvolutionLesson::tr("pixel column"),
                       scheme,
                       nullptr};
}
} // namespace

LessonControls* ConvolutionLesson::createControls(AttentionDocument&) const {
    return new ConvolutionControls;
}

StepContent ConvolutionLesson::describe(const LessonInput& input, Cancellation& cancellation) const {
    const ConvolutionState* state = stateOf(input);
    if (!state || state->image.size() == 0 || state->kernel.size() == 0) {
        StepContent content;
        content.explanation = tr("<p>No image: open one with the button above.</p>");
        return content;
    }
    return LessonOfSteps::describe(input, cancellation);
}

StepContent ConvolutionLesson::receptiveFields(const LessonInput& input, Cancellation& cancellation) const {
    const ConvolutionState& s = *stateOf(input);
    const int height = int(s.image.rows()), width = int(s.image.cols());
    const int k = s.fieldKernel, layers = s.layers, row = s.pixelRow, column = s.pixelColumn;
    const int reach = layers * (k - 1) / 2; // pixels to each side
    StepContent content;
    PlotContent image = plotOf(picture("image", tr("%1 (%2 × %3 pixels)").arg(s.imageName).arg(height).arg(width),
                                       s.image, ColorScheme::Sequential));
    image.region = QRect(QPoint(column - reach, row - reach), QPoint(column + reach, row + reach));
    cancellation.check();
    PlotContent field =
        plotOf(picture("attention_field", tr("Self-attention: α′ of pixel (%1, %2)").arg(row + 1).arg(column + 1),
                       pixelAttentionField(s.image, row, column, s.positional), ColorScheme::Sequential));
    field.region = QRect(QPoint(column, row), QPoint(column, row));
    content.plots = {std::move(image), std::move(field)};
    const long side = long(layers) * (k - 1) + 1;
    content.explanation =
        tr("<p>Every pixel is a token. <b>Convolution</b> (left, dashed): %1 stacked %2 × %2 layers let "
           "pixel (%3, %4) see a square of (L(K−1)+1) × (L(K−1)+1) = %5 × %5 = %6 pixels — fixed by hand, the same "
           "for every pixel, whatever the image holds.</p><p><b>Self-attention</b> (right): the same "
           "pixel attends to <i>every</i> pixel, with weights decided by content — pixels that look alike "
           "(brightness, local mean, edges) get the most. Its receptive field is global and learned: "
           "the notes' “CNN is a special case of self-attention”. Click a pixel to move the query.</p>")
            .arg(layers)
            .arg(k)
            .arg(row + 1)
            .arg(column + 1)
            .arg(side)
            .arg(side * side);
    return content;
}

StepContent ConvolutionLesson::heads(const LessonInput& input, Cancellation& cancellation) const {
    const ConvolutionState& s = *stateOf(input);
    const int height = int(s.image.rows()), width = int(s.image.cols()), r = int(s.kernel.rows()) / 2;
    const int size = int(s.kernel.rows()), tile = 2 * r + 3, side = size * (tile + 1) - 1;
    // One tile per head, laid out as the kernel: the head's α′ around the query pixel,
    // offsets −(r+1) … r+1; tiles separated by grey gaps, the cells `inTile` leaves out. (side × side)
    Matrix mosaic = Matrix::Zero(side, side);
    auto inTile = std::make_shared<MaskMatrix>(MaskMatrix::Zero(side, side));
    for (int dy = -r; dy <= r; ++dy)
        for (int dx = -r; dx <= r; ++dx) {
            cancellation.check(); // one head's (H+2r) × (W+2r) map each
            const Matrix map = headAttentionMap(height, width, r, {dy, dx}, s.gamma, s.pixelRow, s.pixelColumn);
            for (int a = 0; a < tile; ++a)
                for (int b = 0; b < tile; ++b) {
                    const int y = s.pixelRow + r + a - (r + 1),
                              x = s.pixelColumn + r + b - (r + 1); // padded coordinates
                    if (y >= 0 && x >= 0 && y < map.rows() && x < map.cols()) {
                        const int row = (dy + r) * (tile + 1) + a, column = (dx + r) * (tile + 1) + b;
                        mosaic(row, column) = map(y, x);
                        (*inTile)(row, column) = 1;
                    }
                }
        }
    QStringList labels;
    for (int t = 0; t < side; ++t) {
        const int place = t % (tile + 1);
        labels << (place == tile ? QString() : QString::number(place - (r + 1)));
    }
    StepContent content;
    HeatmapData heads{"heads",
                      tr("The %1 heads around pixel (%2, %3), γ = %4")
                          .arg(size * size)
                          .arg(s.pixelRow + 1)
                          .arg(s.pixelColumn + 1)
                          .arg(n::number(s.gamma, 2)),
                      SharedMatrix(std::move(mosaic)).maskedBy(std::move(inTile)),
                      labels,
                      labels,
                      tr("row offset of the key"),
                      tr("column offset of the key"),
                      ColorScheme::Sequential,
                      nullptr};
    heads.maskedAreGaps = true;
    content.plots.push_back(plotOf(std::move(heads)));
    content.explanation =
        tr("<p>Self-attention can do exactly what a %1 × %1 convolution does (Cordonnier, Loukas & Jaggi, "
           "2020). Take %2 heads, one for each shift Δ = (Δy, Δx) of the kernel, laid out here as the "
           "kernel is. Head Δ scores the query pixel p against every key p′ with a relative positional "
           "term only: α = −γ ‖(p′ − p) − Δ‖², then softmax. Its weights form a blob centred on p + Δ "
           "(offset 0 is the query). Now γ = %3: drag it up and every blob shrinks to a single pixel — "
           "each head then copies exactly one neighbour.</p>")
            .arg(size)
            .arg(size * size)
            .arg(n::number(s.gamma, 2));
    return content;
}

StepContent ConvolutionLesson::outputs(const LessonInput& input, Cancellation& cancellation) const {
    const ConvolutionState& s = *stateOf(input);
    cancellation.check();
    const ConvolutionAsAttention result = convolutionAsAttention(s.image, s.kernel, s.gamma);
    cancellation.check();
    HeatmapData convolution = picture("convolution", tr("Convolution"), result.convolution, ColorScheme::Diverging);
    HeatmapData attention =
        picture("attention_output", tr("Attention, K² heads"), result.attention, ColorScheme::Diverging);
    shareColorRange({&convolution, &attention}); // compared side by side: one colour scale
    StepContent content;
    content.plots.push_back(plotOf(std::move(convolution)));
    content.plots.push_back(plotOf(std::move(attention)));
    content.plots.push_back(
        plotOf(picture("difference", tr("Difference, max %1").arg(n::number(result.maxAbsDifference, 3)),
                       result.difference, ColorScheme::Diverging)));
    content.figures["maxAbsDifference"] = result.maxAbsDifference;
    content.explanation =
        tr("<p>Each head h outputs b<sub>h</sub> = Σ<sub>p′</sub> α′ x<sub>p′</sub>, a blurred copy of "
           "the neighbour at shift Δ<sub>h</sub>; weighting the heads by the kernel, y = Σ<sub>h</sub> "
           "w(Δ<sub>h</sub>) b<sub>h</sub>, gives the convolution as γ grows. At γ = %1 the largest "
           "difference is <b>%2</b>. (The bound: about (number of keys) · e<sup>−γ</sup> · max|x| · Σ|w|.) "
           "Choose another kernel above, or edit its cells in step 2.</p>")
            .arg(n::number(s.gamma, 2), n::number(result.maxAbsDifference, 3));
    return content;
}

} // namespace al
