#include "ui/lessons/transformer/gpt_lesson.h"

#include "core/io/token_ids.h"
#include "ui/lessons/transformer/gpt_text.h"
#include "ui/lessons/transformer/induction_scores.h"
#include "ui/lessons/transformer/masked_attention_maps.h"
#include "ui/lessons/transformer/run_plots.h"
#include "ui/notation.h"

#include <cmath>

namespace al {

namespace n = notation;

QString GptLesson::defaultInput() const {
    return QStringLiteral("b d g k e | b d");
}

namespace {

// What a language model's step needs first: the decoder's stack of a pass (a language
// model has no encoder). Null for a model without one.
const nn::StackTrace* decoderOf(const nn::TransformerTrace& trace) {
    return trace.decoder ? &*trace.decoder : nullptr;
}

StepContent explained(const QString& text) {
    StepContent content;
    content.explanation = text;
    return content;
}

// α′ of one head of one pass, query × key over the tokens it read; row `query` outlined.
PlotContent weightsPlot(const std::shared_ptr<const TransformerRun>& run, const nn::AttentionHeadTrace& head,
                        const QStringList& labels, const QString& id, const QString& title, int query) {
    HeatmapData data = attentionWeightsMap(id, title, ofRun(run, head.weights), labels, labels);
    data.describe = [labels](int row, int column, double value) {
        return GptLesson::tr("%1 = %2: how much %3 attends to %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), labels.value(row).toHtmlEscaped(),
                 labels.value(column).toHtmlEscaped());
    };
    PlotContent plot = plotOf(std::move(data));
    plot.outlineRow = query;
    return plot;
}

// Row labels of a probabilities map: row i reads tokens 1 … i and predicts token i + 1,
// "3 g → k" (the actual next token) or "8 d → ?" for the last row; with `predictions`,
// marked ✓ where the top choice is that next token and ✗ where it is not.
QStringList predictionLabels(const std::vector<std::string>& tokens, const std::vector<int>& ids,
                             const std::vector<int>* predictions = nullptr) {
    QStringList labels;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const bool hasNext = i + 1 < ids.size();
        QString label =
            QStringLiteral("%1 %2 → %3")
                .arg(i + 1)
                .arg(QString::fromStdString(tokens.at(std::size_t(ids[i]))),
                     hasNext ? QString::fromStdString(tokens.at(std::size_t(ids[i + 1]))) : QStringLiteral("?"));
        if (predictions && hasNext)
            label += (*predictions)[i] == ids[i + 1] ? QStringLiteral(" ✓") : QStringLiteral(" ✗");
        labels << label;
    }
    return labels;
}

// The probabilities of a pass (positions × vocabulary) as a heatmap on the scale 0 … 1.
PlotContent probabilitiesPlot(const std::shared_ptr<const TransformerRun>& run, const nn::TransformerTrace& trace,
                              const QString& id, const QString& title, bool marked) {
    const std::vector<std::string>& tokens = targetTokens(run->model());
    HeatmapData data{id,
                     title,
                     ofRun(run, trace.probabilities),
                     predictionLabels(tokens, trace.decoder->tokens, marked ? &trace.predictions : nullptr),
                     run->outputLabels(),
                     GptLesson::tr("position → next token"),
                     GptLesson::tr("next token"),
                     ColorScheme::Sequential,
                     nullptr};
    data.colorRange = ColorRange::between(0, 1);
    data.describe = [tokens, ids = trace.decoder->tokens](int row, int column, double value) {
        return GptLesson::tr("p(token %1 = %2 | tokens 1 … %3) = %4")
            .arg(QString::number(row + 2), quoted(tokens.at(std::size_t(column))), QString::number(row + 1),
                 n::number(value, 4));
    };
    return plotOf(std::move(data));
}

// Bars of one row of probabilities over the vocabulary.
PlotContent nextTokenBars(const RowVector& probabilities, const QStringList& vocabulary, const QString& title) {
    ChartData chart{"next_token_bars", title, GptLesson::tr("next token"), GptLesson::tr("probability"), {}, false,
                    vocabulary};
    chart.series.push_back(barSeries(QStringLiteral("p"), probabilities));
    return plotOf(std::move(chart));
}

} // namespace

StepContent GptLesson::causalAttention(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    const std::shared_ptr<const TransformerRun>& run = state.run;
    const nn::TransformerTrace& trace = run->pass(cancellation);
    const nn::StackTrace* stack = decoderOf(trace);
    if (!stack || stack->layers.empty()) return explained(gpt::noDecoder());
    const int layer = clampIndex(state.choice.layer, int(stack->layers.size()));
    const nn::SublayerTrace* attention = selfAttention(stack->layers[std::size_t(layer)]);
    if (!attention) return explained(gpt::noAttention());
    const int head = clampIndex(state.choice.head, int(attention->heads.size()));
    const int count = int(stack->tokens.size()), query = clampIndex(state.choice.position, count);
    const nn::AttentionHeadTrace& weights = attention->heads[std::size_t(head)];
    const QStringList labels = run->decoderLabels(stack->tokens);

    HeatmapData mask = causalMaskMap("causal_mask", ofRun(run, attention->mask), labels);
    HeatmapData scores =
        maskedScoresMap("masked_scores", ofRun(run, weights.scores), ofRun(run, attention->mask), labels);
    StepContent content;
    content.plots = {plotOf(std::move(mask)), plotOf(std::move(scores)),
                     weightsPlot(run, weights, labels, "weights",
                                 tr("α′ = softmax: layer %1, head %2").arg(layer + 1).arg(head + 1), query)};
    content.plots[0].outlineRow = content.plots[1].outlineRow = query;
    content.sources = sameCellIn({0, 1, 2});

    gpt::CausalFigures figures;
    figures.layers = int(stack->layers.size());
    figures.count = count;
    figures.allowed = int(attention->mask.cast<int>().sum());
    for (int i = 0; i < count; ++i)
        for (int j = i + 1; j < count; ++j)
            figures.aboveDiagonal = std::max(figures.aboveDiagonal, std::abs(weights.weights(i, j)));
    const RowVector row = weights.weights.row(query);
    figures.rowSum = row.sum();
    Eigen::Index top = 0;
    row.maxCoeff(&top);
    figures.topKey = int(top);
    figures.topWeight = row[top];
    content.explanation = gpt::causalText(figures, layer, head, labels, query);
    content.figures = {{"allowed_pairs", figures.allowed},
                       {"above_diagonal_max", figures.aboveDiagonal},
                       {"top_key", figures.topKey},
                       {"top_weight", figures.topWeight},
                       {"layer", layer},
                       {"head", head},
                       {"position", query}};
    return content;
}

StepContent GptLesson::nextToken(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    const std::shared_ptr<const TransformerRun>& run = state.run;
    const nn::TransformerTrace& trace = run->pass(cancellation);
    if (!decoderOf(trace) || trace.probabilities.rows() == 0) return explained(gpt::noDecoder());
    const std::vector<int>& ids = trace.decoder->tokens;
    const int count = int(ids.size()), position = clampIndex(state.choice.position, count);
    const std::vector<std::string>& tokens = targetTokens(run->model());
    const QStringList vocabulary = run->outputLabels();

    PlotContent map =
        probabilitiesPlot(run, trace, "probabilities", tr("p(next token) at every position (✓: right)"), true);
    map.outlineRow = position;
    if (position + 1 < count) map.region = QRect(ids[std::size_t(position) + 1], position, 1, 1); // the actual next
    gpt::NextTokenFigures figures;
    for (int i = 0; i + 1 < count; ++i) {
        const int next = ids[std::size_t(i) + 1], predicted = trace.predictions[std::size_t(i)];
        figures.rows.push_back({i, predicted, next, trace.probabilities(i, predicted), trace.probabilities(i, next)});
        if (predicted == next) ++figures.right;
    }
    StepContent content;
    content.plots = {std::move(map), nextTokenBars(trace.probabilities.row(position), vocabulary,
                                                   tr("Position %1: p(next token)").arg(position + 1))};
    content.sources = [](int plot, int row, int) -> std::vector<SourceCell> {
        if (plot == 0) return {{0, row, -1}}; // the row: one distribution, over the whole vocabulary
        return {};
    };
    const int predicted = trace.predictions[std::size_t(position)];
    content.explanation =
        gpt::nextTokenText(figures, tokens, ids, position, predicted, trace.probabilities(position, predicted));
    content.figures = {{"right", figures.right},
                       {"predicted_positions", count - 1},
                       {"position", position},
                       {"predicted", QString::fromStdString(tokens.at(std::size_t(predicted)))},
                       {"top_probability", trace.probabilities(position, predicted)}};
    return content;
}

StepContent GptLesson::continuation(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    const std::shared_ptr<const TransformerRun>& run = state.run;
    const GenerationSteps& generation = run->generation(cancellation);
    const nn::TransformerModel& model = run->model();
    if (generation.passes.empty())
        return explained(gpt::nothingToGenerate(int(run->input().size()), model.architecture.maxLength));
    const int step = clampIndex(state.choice.generationStep, int(generation.passes.size()));
    const nn::TransformerTrace& pass = generation.passes[std::size_t(step)];
    if (!decoderOf(pass) || pass.decoder->layers.empty()) return explained(gpt::noDecoder());
    const std::vector<int>& reads = pass.decoder->tokens;
    const int last = int(reads.size()) - 1, chosen = generation.generated[std::size_t(step)];
    const QStringList labels = run->decoderLabels(reads);

    PlotContent map =
        probabilitiesPlot(run, pass, "step_probabilities",
                          tr("Generation step %1: p(next token), one row per token read").arg(step + 1), false);
    map.outlineRow = last;
    map.region = QRect(chosen, last, 1, 1);
    StepContent content;
    content.plots = {
        std::move(map),
        nextTokenBars(
            pass.probabilities.row(last), run->outputLabels(),
            tr("Step %1: p(ŷ%2) after “%3”").arg(step + 1).arg(gpt::subscript(step + 1), labels.value(last)))};
    const int layer = clampIndex(state.choice.layer, int(pass.decoder->layers.size()));
    if (const nn::SublayerTrace* attention = selfAttention(pass.decoder->layers[std::size_t(layer)])) {
        const int head = clampIndex(state.choice.head, int(attention->heads.size()));
        content.plots.push_back(weightsPlot(run, attention->heads[std::size_t(head)], labels, "step_weights",
                                            tr("α′ of layer %1, head %2 in this pass").arg(layer + 1).arg(head + 1),
                                            last));
        content.sources = [](int plot, int row, int) -> std::vector<SourceCell> {
            // A row of p is read from the decoder's vector at that row, which that row of α′ mixed.
            if (plot == 0) return {{2, row, -1}};
            if (plot == 2) return {{0, row, -1}};
            return {};
        };
    }
    const double probability = pass.probabilities(last, chosen);
    content.explanation = gpt::continuationText(model, run->input(), generation, step, probability);
    content.figures = {{"step", step},
                       {"passes", int(generation.passes.size())},
                       {"next", QString::fromStdString(targetTokens(model).at(std::size_t(chosen)))},
                       {"next_probability", probability},
                       {"continuation", gpt::continuationTokens(model, generation)}};
    return content;
}

} // namespace al
