// Step 4 of the GPT lesson: which head of the decoder copies what followed an earlier
// occurrence of the current token (induction_scores.h says how it is scored).
#include "core/io/token_ids.h"
#include "ui/lessons/transformer/gpt_lesson.h"
#include "ui/lessons/transformer/gpt_text.h"
#include "ui/lessons/transformer/induction_scores.h"
#include "ui/lessons/transformer/run_plots.h"
#include "ui/notation.h"

namespace al {

namespace n = notation;

namespace {

// The cell query `row` should look at: after the latest earlier occurrence of its token; −1 for none.
int expectedKey(const MaskMatrix& expected, int row) {
    for (int j = int(expected.cols()) - 1; j >= 0; --j)
        if (expected(row, j)) return j;
    return -1;
}

// What the best head does at each query whose token came before, with the model's prediction there.
QString copiesText(const nn::TransformerModel& model, const nn::TransformerTrace& trace, const InductionScores& s,
                   const Matrix& weights, int* copies) {
    const std::vector<std::string>& tokens = targetTokens(model);
    const std::vector<int>& ids = trace.decoder->tokens;
    QStringList lines;
    for (int i : s.queries) {
        const int key = expectedKey(s.expected, i), copied = ids[std::size_t(key)];
        const int predicted = trace.predictions[std::size_t(i)];
        if (predicted == copied) ++*copies;
        lines << GptLesson::tr("at %1 %2 it gives α′ = %3 to %4 %5, the token after its earlier occurrence; the model "
                               "then predicts %6 (p = %7)%8")
                     .arg(QString::number(i + 1), quoted(tokens.at(std::size_t(ids[std::size_t(i)]))),
                          n::number(weights(i, key), 3), QString::number(key + 1),
                          quoted(tokens.at(std::size_t(copied))), quoted(tokens.at(std::size_t(predicted))),
                          n::number(trace.probabilities(i, predicted), 3),
                          predicted == copied ? GptLesson::tr(": a copy") : QString());
    }
    return QStringLiteral("<ul><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>")));
}

} // namespace

StepContent GptLesson::copyingHead(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    const std::shared_ptr<const TransformerRun>& run = state.run;
    const nn::TransformerTrace& trace = run->pass(cancellation);
    StepContent content;
    if (!trace.decoder || trace.decoder->layers.empty() || !selfAttention(trace.decoder->layers.front())) {
        content.explanation = trace.decoder ? gpt::noAttention() : gpt::noDecoder();
        return content;
    }
    const nn::StackTrace& stack = *trace.decoder;
    const int heads = int(selfAttention(stack.layers.front())->heads.size());
    const InductionScores s = inductionScores(stack, heads);
    cancellation.check();
    const int count = int(stack.tokens.size()), query = clampIndex(state.choice.position, count);
    const QStringList labels = run->decoderLabels(stack.tokens);

    HeatmapData scores{"induction_scores",
                       tr("Induction score of each head"),
                       s.scores,
                       n::indexLabels(int(s.scores.rows()), tr("layer ")),
                       n::indexLabels(int(s.scores.cols()), tr("head ")),
                       tr("layer"),
                       tr("head"),
                       ColorScheme::Sequential,
                       nullptr};
    scores.colorRange = ColorRange::between(0, 1);
    scores.describe = [](int row, int column, double value) {
        return tr("layer %1, head %2: on average α′ = %3 goes to the token to copy")
            .arg(QString::number(row + 1), QString::number(column + 1), n::number(value, 3));
    };
    PlotContent scoresPlot = plotOf(std::move(scores));
    scoresPlot.region = QRect(s.bestHead, s.bestLayer, 1, 1);

    HeatmapData expected{"expected_cells",
                         tr("Where copying looks: the token after an earlier occurrence"),
                         Matrix(s.expected.cast<double>()),
                         labels,
                         labels,
                         tr("query"),
                         tr("key"),
                         ColorScheme::Sequential,
                         nullptr};
    expected.colorRange = ColorRange::between(0, 1);
    expected.describe = [labels](int row, int column, double value) {
        return value != 0 ? tr("%2 follows an earlier occurrence of the token of %1: a copying head looks here")
                                .arg(labels.value(row).toHtmlEscaped(), labels.value(column).toHtmlEscaped())
                          : tr("not a token to copy for %1").arg(labels.value(row).toHtmlEscaped());
    };
    const Matrix& weights =
        selfAttention(stack.layers[std::size_t(s.bestLayer)])->heads[std::size_t(s.bestHead)].weights;
    HeatmapData best = attentionWeightsMap(
        "induction_weights", tr("α′ of the best head: layer %1, head %2").arg(s.bestLayer + 1).arg(s.bestHead + 1),
        ofRun(run, weights), labels, labels);
    best.describe = [labels](int row, int column, double value) {
        return tr("%1 = %2: how much %3 attends to %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), labels.value(row).toHtmlEscaped(),
                 labels.value(column).toHtmlEscaped());
    };
    PlotContent expectedPlot = plotOf(std::move(expected)), bestPlot = plotOf(std::move(best));
    expectedPlot.outlineRow = bestPlot.outlineRow = query;
    if (const int key = expectedKey(s.expected, query); key >= 0)
        expectedPlot.region = bestPlot.region = QRect(key, query, 1, 1);
    content.plots = {std::move(scoresPlot), std::move(expectedPlot), std::move(bestPlot)};
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot == 1) return {{2, row, column}};
        if (plot == 2) return {{1, row, column}};
        return {};
    };

    content.explanation =
        tr("<p>A model that copies must, at a token it has seen before, look at the token that came right after "
           "that earlier occurrence: that is what it should write next. The middle map marks those cells. A head's "
           "induction score is the weight α′ it gives them, averaged over the positions whose token occurred before "
           "(here %1 of %2): 1 means all of its attention goes to the tokens to copy, 0 none.</p>")
            .arg(s.queries.size())
            .arg(count);
    int copies = 0;
    if (s.queries.empty()) {
        content.explanation += tr("<p>No token of this prompt occurs twice, so there is nothing to copy and every "
                                  "score is 0. Type a prompt in which a token repeats, such as “c a f e | c a”.</p>");
    } else {
        const QString copied = copiesText(run->model(), trace, s, weights, &copies); // counts the copies
        content.explanation +=
            tr("<p>The best is layer %1, head %2, with a score of %3. What it does:</p>")
                .arg(QString::number(s.bestLayer + 1), QString::number(s.bestHead + 1),
                     n::number(s.scores(s.bestLayer, s.bestHead), 3)) +
            copied +
            tr("<p>So at %1 of these %2 positions the model's top choice is the token to copy. The score alone does "
               "not "
               "make a prediction: the other heads and the feed-forward networks add to the same vector.</p>")
                .arg(copies)
                .arg(s.queries.size());
    }
    content.figures = {{"best_layer", s.bestLayer},
                       {"best_head", s.bestHead},
                       {"best_score", s.scores(s.bestLayer, s.bestHead)},
                       {"copying_queries", int(s.queries.size())},
                       {"copies", copies}};
    return content;
}

} // namespace al
