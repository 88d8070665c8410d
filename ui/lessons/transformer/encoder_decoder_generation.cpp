// Steps 4–6 of the encoder–decoder lesson: the output probabilities, generation one token
// at a time, and teacher forcing against generation.
#include "ui/lessons/transformer/encoder_decoder_lesson.h"

#include "core/io/token_ids.h"
#include "core/nn/transformer_forward.h"
#include "ui/lessons/transformer/encoder_decoder_parts.h"
#include "ui/notation.h"

#include <algorithm>
#include <cmath>

namespace al {

namespace n = notation;
using namespace encdec;

namespace {

// Probabilities p: rows are what the decoder read, columns the output vocabulary. The hover
// names the logit each came from (`logits`, the same shape, kept alive by the run).
HeatmapData byOutputToken(const QString& id, const QString& title, SharedMatrix values, const QStringList& rows,
                          const TransformerRun& run, const Matrix& logits) {
    const QStringList columns = run.outputLabels();
    HeatmapData map{id,
                    title,
                    std::move(values),
                    rows,
                    columns,
                    EncoderDecoderLesson::tr("decoder position"),
                    EncoderDecoderLesson::tr("output token"),
                    ColorScheme::Weights,
                    nullptr};
    map.describe = [rows, columns, logits = &logits](int row, int column, double value) {
        return EncoderDecoderLesson::tr("p of %1 at row %2 (%3): %4<br>from the logit %5 and the rest of the row")
            .arg(columns.value(column).toHtmlEscaped(), QString::number(row + 1), rows.value(row).toHtmlEscaped(),
                 n::number(value, 4), n::number((*logits)(row, column), 3));
    };
    map.colorRange = ColorRange::between(0, 1);
    return map;
}

} // namespace

StepContent EncoderDecoderLesson::outputProbabilities(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    StepContent content;
    const nn::TransformerTrace* pass = seq2seqPass(state, cancellation, content);
    if (!pass) return content;
    const TransformerRun& run = *state.run;
    const nn::TransformerModel& model = run.model();
    const DecoderChoice choice = clampedChoice(state.choice, *pass);
    const int i = choice.position, rows = int(pass->logits.rows());
    const QStringList reads = run.decoderLabels(pass->decoder->tokens);
    content.plots = {
        plotOf(byOutputToken("probabilities", tr("p = softmax(W_g h + b_g), row by row"),
                             ofRun(state.run, pass->probabilities), reads, run, pass->logits),
               i),
        plotOf(probabilityBars(
            "position_bars",
            tr("p at row %1 (reads %2)").arg(i + 1).arg(plainSequence(model, {pass->decoder->tokens[std::size_t(i)]})),
            run, pass->probabilities.row(i)))};
    content.sources = [](int plot, int row, int) -> std::vector<SourceCell> {
        if (plot == 0) return {{0, row, -1}}; // softmax reads the whole row of logits
        return {};
    };

    // Row by row: what it reads, what it predicts, and (teacher forcing) what it should.
    const std::optional<std::vector<int>>& target = run.target();
    const int eos = nn::outputId(model, "<eos>");
    TableLine readsLine{tr("reads"), {}}, predictsLine{tr("predicts"), {}}, pLine{tr("p"), {}},
        targetLine{tr("target next"), {}}, targetPLine{tr("p of the target"), {}};
    QStringList predicted;
    for (int r = 0; r < rows; ++r) {
        const int best = pass->predictions[std::size_t(r)];
        predicted << QString::fromStdString(targetTokens(model).at(std::size_t(best)));
        auto bold = [&](const QString& cell) { return r == i ? "<b>" + cell + "</b>" : cell; };
        readsLine.cells << bold(tokenCell(model, pass->decoder->tokens[std::size_t(r)]));
        predictsLine.cells << bold(tokenCell(model, best));
        pLine.cells << bold(n::number(pass->probabilities(r, best), 3));
        if (target) {
            const int truth = r < int(target->size()) ? (*target)[std::size_t(r)] : eos;
            targetLine.cells << bold(tokenCell(model, truth));
            targetPLine.cells << bold(truth >= 0 ? n::number(pass->probabilities(r, truth), 3) : QString("—"));
        }
    }
    std::vector<TableLine> lines{readsLine, predictsLine, pLine};
    if (target) lines.insert(lines.end(), {targetLine, targetPLine});
    content.explanation =
        tr("<p>After its last layer%1 the decoder has one vector h of d numbers per row. A linear layer turns each "
           "into "
           "%2 logits (W<sub>g</sub> h + b<sub>g</sub>), one per token of the output vocabulary, and softmax turns "
           "them into probabilities p "
           "that sum to 1. Row i's most probable token is its prediction of the token after the one it reads "
           "— the last row predicts &lt;eos&gt;, the end.</p>")
            .arg(pass->decoder->finalNorm ? tr(" and its final LayerNorm") : QString())
            .arg(pass->logits.cols()) +
        rowTable(rows, lines) + tr("<p>The bars are row %1's p over the whole vocabulary.</p>").arg(i + 1);
    const int top = pass->predictions[std::size_t(i)];
    content.figures = {{"predictions", predicted.join(' ')},
                       {"position", i},
                       {"positionPrediction", QString::fromStdString(targetTokens(model).at(std::size_t(top)))},
                       {"positionProbability", pass->probabilities(i, top)}};
    return content;
}

StepContent EncoderDecoderLesson::generation(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    StepContent content;
    if (!seq2seqPass(state, cancellation, content)) return content;
    const TransformerRun& run = *state.run;
    const nn::TransformerModel& model = run.model();
    const GenerationSteps& steps = run.generation(cancellation);
    if (steps.passes.empty()) {
        content.explanation = tr("<p>This model reads at most %1 token(s): there is no room for &lt;bos&gt; and a "
                                 "generated token.</p>")
                                  .arg(model.architecture.maxLength);
        return content;
    }
    const int count = int(steps.passes.size()), t = clampIndex(state.choice.generationStep, count);
    const nn::TransformerTrace& pass = steps.passes[std::size_t(t)];
    const DecoderChoice choice = clampedChoice(state.choice, pass);
    const nn::AttentionHeadTrace& head =
        decoderSublayer(pass, choice.layer, nn::SublayerKind::CrossAttention)->heads.at(std::size_t(choice.head));
    const QStringList reads = run.decoderLabels(pass.decoder->tokens), inputs = run.inputLabels();
    const int last = int(pass.logits.rows()) - 1, next = steps.generated[std::size_t(t)];

    HeatmapData weights{
        "generation_cross_weights",
        tr("Pass %1: cross-attention α′ (layer %2, head %3)").arg(t + 1).arg(choice.layer + 1).arg(choice.head + 1),
        ofRun(state.run, head.weights),
        reads,
        inputs,
        tr("query (decoder)"),
        tr("key (encoder input)"),
        ColorScheme::Weights,
        nullptr};
    weights.describe = [reads, inputs](int row, int column, double value) {
        return tr("%1 = %2: how much the decoder's %3 attends to the input %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), reads.value(row).toHtmlEscaped(),
                 inputs.value(column).toHtmlEscaped());
    };
    content.plots = {plotOf(std::move(weights), last),
                     plotOf(byOutputToken("generation_probabilities", tr("Pass %1: p of each row read").arg(t + 1),
                                          ofRun(state.run, pass.probabilities), reads, run, pass.logits),
                            last),
                     plotOf(probabilityBars("next_token_bars",
                                            tr("Next token after %1: p of the last row")
                                                .arg(plainSequence(model, {pass.decoder->tokens[std::size_t(last)]})),
                                            run, pass.probabilities.row(last)))};
    content.sources = [](int plot, int row, int) -> std::vector<SourceCell> {
        if (plot == 1) return {{0, row, -1}}; // row i's p ← what row i read from the input
        return {};
    };

    // The whole generated sequence, this step's token in bold.
    QStringList arrows{"&lt;bos&gt;"};
    for (int s = 0; s < count; ++s) {
        const QString token = outputSequence(model, {steps.generated[std::size_t(s)]}, {});
        arrows << (s == t ? "<b>" + token + "</b>" : token);
    }
    content.explanation =
        tr("<p>Generation starts from &lt;bos&gt; alone, and each pass reads one token more. Pass %1 of %2 reads "
           "[%3] — %n row(s) — and its last row's most probable token is ŷ<sub>%1</sub> = %4 (p = %5).</p>",
           nullptr, last + 1)
            .arg(t + 1)
            .arg(count)
            .arg(outputSequence(model, pass.decoder->tokens, ", "))
            .arg(outputToken(model, next))
            .arg(n::number(pass.probabilities(last, next), 3)) +
        tr("<p>This is 自回归 autoregressive generation (note 004): the token chosen is appended to what the "
           "decoder reads, and it reads again — input 1 … t, output 2 … t+1. Each pass adds one row to the "
           "cross-attention map; the rows above it are those of the pass before, unchanged, because the causal "
           "mask keeps every row from seeing the rows after it.</p>") +
        tr("<p>The whole output: %1.</p>").arg(arrows.join(" → ")) +
        (steps.reachedEnd ? tr("<p>It stopped when it chose &lt;eos&gt;, after %n pass(es).</p>", nullptr, count)
                          : tr("<p>It stopped without &lt;eos&gt;: what it reads reached max_length = %1 tokens.</p>")
                                .arg(model.architecture.maxLength));
    content.figures = {{"generated", plainSequence(model, steps.generated)},
                       {"passes", count},
                       {"step", t},
                       {"next", plainSequence(model, {next})},
                       {"nextProbability", pass.probabilities(last, next)},
                       {"reachedEnd", steps.reachedEnd}};
    return content;
}

} // namespace al
