#include "ui/lessons/transformer/classification_lesson.h"

#include "core/nn/transformer_forward.h"
#include "ui/lessons/transformer/classification_text.h"
#include "ui/lessons/transformer/induction_scores.h"
#include "ui/lessons/transformer/run_plots.h"
#include "ui/notation.h"

#include <algorithm>

namespace al {

namespace n = notation;

std::vector<int> ClassificationLesson::contrastingInput(const nn::TransformerModel& model,
                                                        const std::vector<int>& input) {
    const auto found = std::find(model.vocabulary.begin(), model.vocabulary.end(), "not");
    if (found == model.vocabulary.end() || input.empty()) return {};
    const int notId = int(found - model.vocabulary.begin());
    std::vector<int> contrast;
    std::copy_if(input.begin(), input.end(), std::back_inserter(contrast), [notId](int id) { return id != notId; });
    if (!contrast.empty() && contrast.size() < input.size()) return contrast; // "not" taken out
    if (contrast.empty() || input.size() < 2 || int(input.size()) >= model.architecture.maxLength) return {};
    contrast.insert(contrast.end() - 1, notId); // "not" before the last word: "is good" → "is not good"
    return contrast;
}

namespace {

const nn::StackTrace* encoderOf(const nn::TransformerTrace& trace) {
    return trace.encoder && !trace.encoder->layers.empty() ? &*trace.encoder : nullptr;
}

// The encoder's output h (N × d): one row per token, after the last layer (and the final
// LayerNorm when the model has one); mean pooling reads exactly this.
PlotContent outputPlot(const std::shared_ptr<const TransformerRun>& run, const nn::StackTrace& encoder, int row) {
    const QStringList labels = run->inputLabels();
    HeatmapData data{"encoder_output",
                     ClassificationLesson::tr("Encoder output h: one vector per token"),
                     ofRun(run, encoder.output),
                     labels,
                     n::indexLabels(int(encoder.output.cols())),
                     ClassificationLesson::tr("position"),
                     ClassificationLesson::tr("dimension"),
                     ColorScheme::Diverging,
                     nullptr};
    data.describe = [labels](int r, int c, double value) {
        return ClassificationLesson::tr("h of %1, dimension %2 = %3")
            .arg(labels.value(r).toHtmlEscaped(), QString::number(c + 1), n::number(value, 4));
    };
    PlotContent plot = plotOf(std::move(data));
    plot.outlineRow = row;
    return plot;
}

} // namespace

StepContent ClassificationLesson::selfAttention(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    const std::shared_ptr<const TransformerRun>& run = state.run;
    const nn::TransformerTrace& trace = run->pass(cancellation);
    StepContent content;
    const nn::StackTrace* encoder = encoderOf(trace);
    if (!encoder) {
        content.explanation = classification::noEncoder();
        return content;
    }
    const int count = int(encoder->tokens.size()), query = clampIndex(state.choice.position, count);
    const int layer = clampIndex(state.choice.layer, int(encoder->layers.size()));
    const nn::SublayerTrace* attention = al::selfAttention(encoder->layers[std::size_t(layer)]);
    if (!attention) { // the feed-forward-only baseline: no token sees another before the pooling
        content.plots = {outputPlot(run, *encoder, query)};
        content.explanation = classification::noAttentionText();
        return content;
    }
    const int head = clampIndex(state.choice.head, int(attention->heads.size()));
    const nn::AttentionHeadTrace& weights = attention->heads[std::size_t(head)];
    const QStringList labels = run->inputLabels();
    HeatmapData scores{"scores",
                       tr("Scores α/√dₕ: layer %1, head %2").arg(layer + 1).arg(head + 1),
                       ofRun(run, weights.scores),
                       labels,
                       labels,
                       tr("query"),
                       tr("key"),
                       ColorScheme::Diverging,
                       nullptr};
    scores.describe = [](int row, int column, double value) {
        return tr("%1 = q·k/√dₕ = %2").arg(n::sub("α", row, column), n::number(value, 4));
    };
    HeatmapData alpha =
        attentionWeightsMap("weights", tr("α′ = softmax: layer %1, head %2").arg(layer + 1).arg(head + 1),
                            ofRun(run, weights.weights), labels, labels);
    alpha.describe = [labels](int row, int column, double value) {
        return tr("%1 = %2: how much %3 attends to %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), labels.value(row).toHtmlEscaped(),
                 labels.value(column).toHtmlEscaped());
    };
    content.plots = {plotOf(std::move(scores)), plotOf(std::move(alpha))};
    content.plots[0].outlineRow = content.plots[1].outlineRow = query;
    content.sources = sameCellIn({0, 1});
    Eigen::Index top = 0;
    const double topWeight = weights.weights.row(query).maxCoeff(&top);
    content.explanation =
        classification::attentionText(int(encoder->layers.size()), layer, head, labels, query, int(top), topWeight);
    content.figures = {{"layer", layer}, {"head", head}, {"top_key", int(top)}, {"top_weight", topWeight}};
    return content;
}

StepContent ClassificationLesson::meanPooling(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    const std::shared_ptr<const TransformerRun>& run = state.run;
    const nn::TransformerTrace& trace = run->pass(cancellation);
    StepContent content;
    const nn::StackTrace* encoder = encoderOf(trace);
    if (!encoder || trace.pooled.rows() != 1) {
        content.explanation = classification::noEncoder();
        return content;
    }
    const int count = int(encoder->tokens.size()), row = clampIndex(state.choice.position, count);
    const int width = int(trace.pooled.cols());
    PlotContent output = outputPlot(run, *encoder, row);
    HeatmapData pooled{"pooled",
                       tr("Pooled c = mean of the rows of h"),
                       ofRun(run, trace.pooled),
                       {tr("mean")},
                       n::indexLabels(width),
                       tr("pooled"),
                       tr("dimension"),
                       ColorScheme::Diverging,
                       nullptr};
    pooled.describe = [count](int, int column, double value) {
        return tr("c of dimension %1 = (sum of column %1 of h) / %2 = %3")
            .arg(QString::number(column + 1), QString::number(count), n::number(value, 4));
    };
    shareColorRange({&std::get<HeatmapData>(output.data), &pooled});
    content.plots = {std::move(output), plotOf(std::move(pooled))};
    content.sources = [](int plot, int, int column) -> std::vector<SourceCell> {
        if (plot == 1) return {{0, -1, column}}; // c_k ← column k of h, every row
        return {{1, 0, column}};                 // h_{i,k} goes into c_k
    };
    // The column with the largest |c_k|, worked out from the rows of h; and how far the mean of
    // h's rows is from the trace's own c, over every column (rounding only).
    Eigen::Index shown = 0;
    trace.pooled.row(0).cwiseAbs().maxCoeff(&shown);
    const RowVector mean = encoder->output.colwise().mean();
    const double difference = (mean - trace.pooled.row(0)).cwiseAbs().maxCoeff();
    content.explanation = classification::poolingText(encoder->output, trace.pooled, int(shown), difference);
    content.figures = {{"dimension", int(shown)},
                       {"pooled_value", trace.pooled(0, shown)},
                       {"mean_difference", difference},
                       {"rows", count}};
    return content;
}

StepContent ClassificationLesson::oneLabel(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    const std::shared_ptr<const TransformerRun>& run = state.run;
    const nn::TransformerTrace& trace = run->pass(cancellation);
    StepContent content;
    if (trace.logits.rows() != 1 || trace.predictions.empty()) {
        content.explanation = classification::noEncoder();
        return content;
    }
    const nn::TransformerModel& model = run->model();
    const QStringList labels = run->outputLabels();
    // The same model on the contrasting sentence: what typing it would show.
    const std::vector<int> contrast = contrastingInput(model, run->input());
    std::optional<nn::TransformerTrace> other;
    if (!contrast.empty()) {
        cancellation.check();
        other = nn::forwardPass(model, contrast);
    }
    const QString typed = run->inputText(), otherText = classification::sentence(model, contrast);

    ChartData logits{"logits", tr("Logits z = W c + b"), tr("label"), tr("logit"), {}, false, labels};
    logits.series.push_back(barSeries(tr("z"), trace.logits.row(0)));
    const int predicted = trace.predictions.front();
    ChartData probabilities{"probabilities",
                            tr("p = softmax(z): the label is “%1”").arg(labels.value(predicted)),
                            tr("label"),
                            tr("probability"),
                            {},
                            false,
                            labels};
    if (other) {
        probabilities.series.push_back(
            barSeries(QStringLiteral("“%1”").arg(typed), trace.probabilities.row(0), -0.2, 0.38));
        probabilities.series.push_back(
            barSeries(QStringLiteral("“%1”").arg(otherText), other->probabilities.row(0), 0.2, 0.38));
    } else {
        probabilities.series.push_back(barSeries(tr("p"), trace.probabilities.row(0)));
    }
    content.plots = {plotOf(std::move(logits)), plotOf(std::move(probabilities))};
    content.explanation = classification::labelText(model, trace, other ? &*other : nullptr, typed, otherText);
    content.figures = {{"predicted", labels.value(predicted)},
                       {"probability", trace.probabilities(0, predicted)},
                       {"contrast", otherText}};
    if (other) content.figures["contrast_predicted"] = labels.value(other->predictions.front());
    return content;
}

} // namespace al
