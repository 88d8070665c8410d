// Step 2 of the training lesson shows the engine's own gradients: ∂L/∂W^q, ∂L/∂W^k, ∂L/∂W^v
// of the chosen head and ∂L/∂α′ are nn::exampleGradients of the example with the weights
// shown, in units of the power of ten the title names, and a cell's tooltip gives the
// gradient itself.
#include "core/nn/attention_weight_gradients.h"
#include "tests/ui/training_support.h"
#include "tests/ui/transformer_step_checks.h"
#include "ui/lessons/training/training_lesson.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

namespace {

// The k of "…, in units of 10⁻ᵏ" (or of 10ᵏ) in a title; 0 when the title names no unit.
int unitExponent(const QString& title) {
    const QString marker = "in units of 10";
    const int at = title.indexOf(marker);
    if (at < 0) return 0;
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    int sign = 1, value = 0, read = 0;
    for (int i = at + marker.size(); i < title.size(); ++i) {
        if (title[i] == QChar(0x207B)) {
            sign = -1;
            continue;
        }
        const int digit = int(digits.indexOf(title[i]));
        if (digit < 0) break;
        value = 10 * value + digit;
        ++read;
    }
    REQUIRE(read > 0);
    return sign * value;
}

// The number after "= " in a tooltip ("∂L/∂W^q<sub>1,2</sub> = −0.00012345678").
double tooltipValue(const QString& tooltip) {
    const int at = tooltip.lastIndexOf("= ");
    REQUIRE(at >= 0);
    bool ok = false;
    const double value = tooltip.mid(at + 2).replace(QChar(0x2212), '-').trimmed().toDouble(&ok);
    INFO(tooltip.toStdString());
    REQUIRE(ok);
    return value;
}

// The heatmap, scaled back by its title's power of ten, is `gradient`; its tooltips give it.
void requireGradient(const HeatmapData* map, const Matrix& gradient) {
    REQUIRE(map);
    INFO(map->id.toStdString() << ": " << map->title.toStdString());
    REQUIRE(map->values.rows() == gradient.rows());
    REQUIRE(map->values.cols() == gradient.cols());
    const int exponent = unitExponent(map->title);
    const double largest = gradient.cwiseAbs().maxCoeff();
    REQUIRE(largest > 0);
    if (largest < 0.1) {
        // Shown in units of 10^k with k = ⌊log₁₀ max|g|⌋: the largest cell between 1 and 10.
        CHECK(exponent == int(std::floor(std::log10(largest))));
    } else {
        CHECK(exponent == 0);
    }
    const double scale = std::pow(10.0, exponent);
    REQUIRE(map->describe);
    for (Eigen::Index r = 0; r < gradient.rows(); ++r)
        for (Eigen::Index c = 0; c < gradient.cols(); ++c) {
            const double expected = gradient(r, c), shown = map->values(r, c);
            CHECK(std::abs(shown * scale - expected) <= 1e-12 * std::abs(expected));
            CHECK(std::abs(tooltipValue(map->describe(int(r), int(c), shown)) - expected) <=
                  1e-7 * std::abs(expected) + 1e-300);
        }
}

struct GradientCase {
    QString modelFile;
    AttentionSite site;
    int layer, head, example;
};

// The attention projections and the sublayer index of the site in its layer.
const nn::AttentionSlots& projectionsOf(const nn::TransformerModel& model, AttentionSite site, int layer) {
    const auto& layout = model.layout;
    switch (site) {
    case AttentionSite::EncoderSelf:
        return *layout.encoder[std::size_t(layer)].selfAttention;
    case AttentionSite::DecoderSelf:
        return layout.decoder[std::size_t(layer)].selfAttention;
    case AttentionSite::Cross:
        break;
    }
    return *layout.decoder[std::size_t(layer)].crossAttention;
}

const Matrix& attentionGradient(const nn::ExampleGradients& gradients, AttentionSite site, int layer, int head) {
    const nn::TransformerTrace& trace = gradients.trace;
    const auto& stack = site == AttentionSite::EncoderSelf ? *trace.encoder : *trace.decoder;
    const auto kind = site == AttentionSite::Cross ? nn::SublayerKind::CrossAttention : nn::SublayerKind::SelfAttention;
    const auto& sublayers = stack.layers[std::size_t(layer)].sublayers;
    std::size_t index = 0;
    while (sublayers[index].kind != kind)
        ++index;
    const auto& heads = site == AttentionSite::EncoderSelf ? gradients.attention.encoder : gradients.attention.decoder;
    return heads[std::size_t(layer)][index][std::size_t(head)];
}

} // namespace

TEST_CASE("training step 2 shows exampleGradients of the example shown, scaled by the power of ten its title names",
          "[training][training-gradients]") {
    const GradientCase cases[] = {{"i-saw-a-saw.model.json", AttentionSite::EncoderSelf, 1, 1, 2},
                                  {"reverse.model.json", AttentionSite::Cross, 0, 2, 0},
                                  {"reverse.model.json", AttentionSite::DecoderSelf, 0, 3, 5},
                                  {"induction.model.json", AttentionSite::DecoderSelf, 1, 0, 1}};
    for (const GradientCase& shown : cases) {
        INFO(shown.modelFile.toStdString() << " site " << int(shown.site));
        TrainingSession session;
        const TrainingSetup setup = test::preparedSetup(test::presetRequest(shown.modelFile));
        test::resetTo(session, setup);
        for (const auto& progress : {session.progress(), test::stepTimes(session, 8)}) {
            INFO("after " << progress->main.steps << " steps");
            const TrainingChoice choice{shown.example, shown.layer, shown.head, shown.site, -1};
            const StepContent content =
                TrainingLesson().describe(test::trainingInput(progress, choice, 1), neverCancelled());
            const nn::TransformerModel& model = *progress->main.model;
            const nn::ExampleGradients gradients =
                nn::exampleGradients(model, progress->setup.data->train[std::size_t(shown.example)]);
            const int d = model.architecture.dModel, dh = model.architecture.headSize();
            const Matrix inProjection =
                gradients.weights.matrix(projectionsOf(model, shown.site, shown.layer).inProjWeight);
            const QString ids[] = {"grad_wq", "grad_wk", "grad_wv"};
            for (int part = 0; part < 3; ++part)
                requireGradient(test::heatmapOf(content, ids[part]),
                                inProjection.middleRows(part * d + shown.head * dh, dh));
            requireGradient(test::heatmapOf(content, "grad_weights"),
                            attentionGradient(gradients, shown.site, shown.layer, shown.head));
            CHECK(content.figures["example loss"].toDouble() == gradients.loss);
            CHECK(content.figures["norm dL/dWq"].toDouble() ==
                  Approx(inProjection.middleRows(shown.head * dh, dh).norm()).epsilon(1e-12));
        }
    }
}
