// Step 2 of the training lesson: the gradients that move W^q, W^k, W^v, and ∂L/∂α′.
#include "core/nn/attention_weight_gradients.h"
#include "ui/lessons/training/training_lesson.h"
#include "ui/lessons/training/training_plots.h"
#include "ui/lessons/training/training_text.h"
#include "ui/notation.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace al {

namespace n = notation;

namespace {

// The attention projections of the site's layer in the model's layout, or null without attention.
const nn::AttentionSlots* attentionSlots(const nn::TransformerModel& model, AttentionSite site, int layer) {
    const nn::TransformerSlots& layout = model.layout;
    switch (site) {
    case AttentionSite::EncoderSelf:
        if (layer >= int(layout.encoder.size()) || !layout.encoder[std::size_t(layer)].selfAttention) return nullptr;
        return &*layout.encoder[std::size_t(layer)].selfAttention;
    case AttentionSite::DecoderSelf:
        if (layer >= int(layout.decoder.size())) return nullptr;
        return &layout.decoder[std::size_t(layer)].selfAttention;
    case AttentionSite::Cross:
        if (layer >= int(layout.decoder.size()) || !layout.decoder[std::size_t(layer)].crossAttention) return nullptr;
        return &*layout.decoder[std::size_t(layer)].crossAttention;
    }
    return nullptr;
}

// The gradients of one head's block of the sublayer (sublayer index `s` of the site's layer).
const std::vector<Matrix>* headGradients(const nn::AttentionWeightGradients& gradients, AttentionSite site, int layer,
                                         int s) {
    const auto& stack = site == AttentionSite::EncoderSelf ? gradients.encoder : gradients.decoder;
    if (layer >= int(stack.size()) || s >= int(stack[std::size_t(layer)].size())) return nullptr;
    return &stack[std::size_t(layer)][std::size_t(s)];
}

// "10⁻⁴"
QString powerOfTen(int exponent) {
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString text = QStringLiteral("10");
    if (exponent < 0) text += QChar(0x207B);
    for (QChar c : QString::number(std::abs(exponent)))
        text += digits[c.digitValue()];
    return text;
}

// Gradients are small (10⁻⁴ …): a heatmap shows them in units of 10ᵏ, so that its cells' two
// decimals say something; the tooltip gives the value itself.
struct Scaled {
    Matrix values;
    int exponent = 0; // values = gradient / 10^exponent
    QString unitSuffix() const {
        return exponent == 0 ? QString() : TrainingLesson::tr(", in units of %1").arg(powerOfTen(exponent));
    }
};
Scaled inReadableUnits(const Matrix& gradient) {
    const double largest = gradient.size() > 0 ? gradient.cwiseAbs().maxCoeff() : 0;
    if (!(largest > 0) || largest >= 0.1) return {gradient, 0};
    const int exponent = int(std::floor(std::log10(largest)));
    return {gradient * std::pow(10.0, -exponent), exponent};
}

// A cell's tooltip: the gradient's own value, every digit that matters.
std::function<QString(int, int, double)> gradientTooltip(QString symbol, int exponent) {
    return [symbol, exponent](int row, int column, double shown) {
        return TrainingLesson::tr("%1<sub>%2,%3</sub> = %4")
            .arg(symbol)
            .arg(row + 1)
            .arg(column + 1)
            .arg(QString::number(shown * std::pow(10.0, exponent), 'g', 8).replace('-', QChar(0x2212)));
    };
}

// ∂L/∂W of one head: the head's d_h rows of the projection `part` (0 W^q, 1 W^k, 2 W^v) of in_proj_weight.
HeatmapData projectionGradient(const QString& id, const QString& name, const nn::Tensors& gradients,
                               const nn::AttentionSlots& projections, int part, int head, int headSize, int dModel) {
    const Scaled block = inReadableUnits(
        gradients.matrix(projections.inProjWeight).middleRows(part * dModel + head * headSize, headSize));
    HeatmapData data{
        id,
        TrainingLesson::tr("∂L/∂%1 of head %2 (%3 × %4)").arg(name).arg(head + 1).arg(headSize).arg(dModel) +
            block.unitSuffix(),
        block.values,
        n::indexLabels(headSize),
        n::indexLabels(dModel),
        TrainingLesson::tr("row of %1 (dimension of the head)").arg(name),
        TrainingLesson::tr("column (dimension of x)"),
        ColorScheme::Diverging,
        nullptr};
    data.describe = gradientTooltip("∂L/∂" + name.toHtmlEscaped(), block.exponent);
    return data;
}

// Where the largest entry (by size) of a matrix is: "(2, 5): −0.0312".
QString largestEntry(const Matrix& values) {
    Eigen::Index row = 0, column = 0;
    values.cwiseAbs().maxCoeff(&row, &column);
    return QStringLiteral("(%1, %2): %3").arg(row + 1).arg(column + 1).arg(n::number(values(row, column), 5));
}

} // namespace

StepContent TrainingLesson::gradients(const LessonInput& input, Cancellation&) const {
    const TrainingLessonState& state = trainingState(input);
    const ShownMoment shown = shownMoment(state);
    const nn::TransformerModel& model = *shown.model;
    const auto computed =
        std::make_shared<const nn::ExampleGradients>(nn::exampleGradients(model, chosenExample(state)));

    StepContent content;
    const auto& values = computed->weights.values();
    if (!std::isfinite(computed->loss) ||
        !std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); })) {
        content.explanation = "<p>" +
                              tr("With the weights of step %1 the loss of this example or its gradient is not a finite "
                                 "number: the weights have grown too large (training diverged). Choose an earlier "
                                 "moment on the timeline, or a smaller learning rate and Reset.")
                                  .arg(shown.step) +
                              "</p>";
        return content;
    }
    int layer = state.choice.layer;
    const nn::SublayerTrace* sublayer = attentionSublayer(computed->trace, state.choice.site, layer);
    const nn::AttentionSlots* projections = attentionSlots(model, state.choice.site, layer);
    QString text = "<p>" +
                   tr("Here L is the loss of the example shown alone, the mean over its %n predicted positions: "
                      "L = %1, with the weights of step %2. Training moves each weight against its gradient — "
                      "W ← W − η ∂L/∂W for SGD; Adam scales each entry by the history of its own gradients — so "
                      "the red entries (∂L/∂W > 0) go down and the blue ones up.",
                      "", nn::predictedPositions(model, chosenExample(state)))
                       .arg(n::number(computed->loss, 5))
                       .arg(shown.step) +
                   "</p>";
    if (!sublayer || !projections || sublayer->heads.empty()) {
        content.explanation = text + "<p>" +
                              tr("This model has no attention here (the feed-forward baseline): it has no W^q, W^k, "
                                 "W^v and no α′ to learn.") +
                              "</p>";
        return content;
    }
    const int head = std::clamp(state.choice.head, 0, int(sublayer->heads.size()) - 1);
    const int d = model.architecture.dModel, dh = model.architecture.headSize();
    const char* names[] = {"W^q", "W^k", "W^v"};
    for (int part = 0; part < 3; ++part)
        content.plots.push_back(PlotContent{projectionGradient(QStringLiteral("grad_w%1").arg("qkv"[part]), names[part],
                                                               computed->weights, *projections, part, head, dh, d)});

    // ∂L/∂α′ of the head: which attention weights the loss would have larger or smaller.
    const auto& stack =
        state.choice.site == AttentionSite::EncoderSelf ? computed->trace.encoder : computed->trace.decoder;
    const int sublayerIndex = int(sublayer - stack->layers[std::size_t(layer)].sublayers.data());
    if (const auto* heads = headGradients(computed->attention, state.choice.site, layer, sublayerIndex);
        heads && head < int(heads->size())) {
        const Matrix& dWeights = (*heads)[std::size_t(head)];
        const Scaled shownWeights = inReadableUnits(dWeights);
        HeatmapData map{"grad_weights",
                        tr("∂L/∂α′ of head %1").arg(head + 1) + shownWeights.unitSuffix(),
                        shownWeights.values,
                        {},
                        {},
                        tr("query"),
                        tr("key"),
                        ColorScheme::Diverging,
                        nullptr};
        const QStringList queries = queryTokens(computed->trace, model, state.choice.site);
        const QStringList keys = keyTokens(computed->trace, model, state.choice.site);
        for (int i = 0; i < queries.size(); ++i)
            map.rowLabels << QStringLiteral("%1 %2").arg(i + 1).arg(queries[i]);
        for (int j = 0; j < keys.size(); ++j)
            map.columnLabels << QStringLiteral("%1 %2").arg(j + 1).arg(keys[j]);
        map.describe = gradientTooltip(QStringLiteral("∂L/∂α′"), shownWeights.exponent);
        content.plots.push_back(PlotContent{map});
        Eigen::Index row = 0, column = 0;
        dWeights.minCoeff(&row, &column);
        text +=
            "<p>" +
            tr("∂L/∂α′<sub>i,j</sub> says how the loss would change if query i gave key j a little more weight. "
               "The most negative entry — the weight the loss most wants larger — is query %1 on key %2: %3 "
               "(α′ there is %4). The softmax's backward pass turns these into ∂L/∂α, and q<sup>i</sup>·k<sup>j</sup> "
               "turns those into the gradients of W^q and W^k above.")
                .arg(tokenAt(queries, int(row)))
                .arg(tokenAt(keys, int(column)))
                .arg(n::number(dWeights(row, column), 5))
                .arg(n::number(sublayer->heads[std::size_t(head)].weights(row, column), 3)) +
            "</p>";
        content.figures["most negative dL/dweights"] = dWeights(row, column);
    }
    const Matrix gq = computed->weights.matrix(projections->inProjWeight).middleRows(head * dh, dh);
    const Matrix gk = computed->weights.matrix(projections->inProjWeight).middleRows(d + head * dh, dh);
    const Matrix gv = computed->weights.matrix(projections->inProjWeight).middleRows(2 * d + head * dh, dh);
    text += "<p>" +
            tr("Sizes ‖∂L/∂W‖ of head %1 in layer %2: W^q %3, W^k %4, W^v %5. Largest entries: W^q %6; W^k %7; W^v %8.")
                .arg(head + 1)
                .arg(layer + 1)
                .arg(n::number(gq.norm(), 5))
                .arg(n::number(gk.norm(), 5))
                .arg(n::number(gv.norm(), 5))
                .arg(largestEntry(gq), largestEntry(gk), largestEntry(gv)) +
            "</p>";
    content.figures["norm dL/dWq"] = gq.norm();
    content.figures["example loss"] = computed->loss;
    content.explanation = text;
    return content;
}

} // namespace al
