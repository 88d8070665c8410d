// Step 6 of the encoder–decoder lesson: teacher forcing (one pass over <bos> and the typed
// target) against generation (one pass per token), and the proof in numbers that one pass
// over the model's own output holds every generation step's row.
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

// Generation step by step against one pass over what it read last: row t of each.
struct StepRows {
    Matrix probabilities; // G × V: row t = the last row of pass t
    double largest = 0;   // the largest |one pass − step| over logits, p and every cross-attention α′ row
};

StepRows compareSteps(const GenerationSteps& steps) {
    const nn::TransformerTrace& whole = steps.passes.back(); // reads [<bos>, ŷ₁ … ŷ_{G−1}]: G rows
    const int count = int(steps.passes.size());
    StepRows rows;
    rows.probabilities.resize(count, whole.probabilities.cols());
    for (int t = 0; t < count; ++t) {
        const nn::TransformerTrace& pass = steps.passes[std::size_t(t)]; // t + 1 rows
        rows.probabilities.row(t) = pass.probabilities.row(t);
        auto largest = [&](const Matrix& one, const Matrix& step) {
            rows.largest = std::max(rows.largest, (one.row(t) - step.row(t)).cwiseAbs().maxCoeff());
        };
        largest(whole.logits, pass.logits);
        largest(whole.probabilities, pass.probabilities);
        for (std::size_t l = 0; l < pass.decoder->layers.size(); ++l)
            for (std::size_t s = 0; s < pass.decoder->layers[l].sublayers.size(); ++s) {
                const nn::SublayerTrace& stepSublayer = pass.decoder->layers[l].sublayers[s];
                if (stepSublayer.kind != nn::SublayerKind::CrossAttention) continue;
                const nn::SublayerTrace& wholeSublayer = whole.decoder->layers[l].sublayers[s];
                for (std::size_t h = 0; h < stepSublayer.heads.size(); ++h)
                    largest(wholeSublayer.heads[h].weights, stepSublayer.heads[h].weights);
            }
    }
    return rows;
}

QString plainSequence(const nn::TransformerModel& model, const std::vector<int>& ids) {
    QStringList words;
    for (int id : ids)
        words << QString::fromStdString(targetTokens(model).at(std::size_t(id)));
    return words.join(' ');
}

HeatmapData probabilityMap(const QString& id, const QString& title, SharedMatrix values, const QStringList& rows,
                           const QString& rowTitle, const TransformerRun& run) {
    const QStringList columns = run.outputLabels();
    HeatmapData map{id,
                    title,
                    std::move(values),
                    rows,
                    columns,
                    rowTitle,
                    EncoderDecoderLesson::tr("output token"),
                    ColorScheme::Diverging,
                    nullptr};
    map.describe = [rows, columns](int row, int column, double value) {
        return EncoderDecoderLesson::tr("row %1 (%2): %3 for %4")
            .arg(QString::number(row + 1), rows.value(row).toHtmlEscaped(), n::number(value, 4),
                 columns.value(column).toHtmlEscaped());
    };
    return map;
}

// How to type a target, with the bundled seq2seq models' examples.
QString howToTypeTarget() {
    return EncoderDecoderLesson::tr(
        "<p><b>No target is typed</b>, so the decoder reads the model's own output. Type one in the Target box to "
        "force it: on number-words, input “three hundred twenty one” with target “三 百 二 十 一” (or a wrong "
        "one, “三 百 二 十 二”, to make it read a token it would not have chosen); on reverse, input “a b c d e” "
        "with target “e d c b a”.</p>");
}

} // namespace

StepContent EncoderDecoderLesson::teacherForcing(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    StepContent content;
    const nn::TransformerTrace* pass = seq2seqPass(state, cancellation, content);
    if (!pass) return content;
    const TransformerRun& run = *state.run;
    const nn::TransformerModel& model = run.model();
    const GenerationSteps& steps = run.generation(cancellation);
    if (steps.passes.empty()) {
        content.explanation = tr("<p>This model reads at most %1 token(s): there is no room for &lt;bos&gt; and a "
                                 "generated token.</p>")
                                  .arg(model.architecture.maxLength);
        return content;
    }
    cancellation.check();
    const StepRows compared = compareSteps(steps);
    const bool forced = run.teacherForcing();
    const int forcedRows = int(pass->logits.rows()), count = int(steps.passes.size());
    const QStringList forcedReads = run.decoderLabels(pass->decoder->tokens),
                      stepReads = run.decoderLabels(steps.passes.back().decoder->tokens);
    Matrix difference = steps.passes.back().probabilities - compared.probabilities; // G × V

    HeatmapData forcedMap = probabilityMap(
        "forced_probabilities",
        forced ? tr("Teacher forcing: p of every row, one pass") : tr("Its own output: p of every row, one pass"),
        shared(state.run, pass->probabilities), forcedReads, tr("decoder position"), run);
    forcedMap.scheme = ColorScheme::Weights;
    forcedMap.colorRange = ColorRange::between(0, 1);
    HeatmapData stepMap = probabilityMap("step_probabilities", tr("Generation: p of each pass's last row"),
                                         compared.probabilities, stepReads, tr("generation pass"), run);
    stepMap.scheme = ColorScheme::Weights;
    stepMap.colorRange = ColorRange::between(0, 1);
    HeatmapData differenceMap = probabilityMap("difference", tr("One pass over its own output − step by step"),
                                               std::move(difference), stepReads, tr("generation pass"), run);
    content.plots = {plotOf(std::move(forcedMap)), plotOf(std::move(stepMap)), plotOf(std::move(differenceMap))};
    content.sources = [forcedRows, count](int plot, int row, int column) -> std::vector<SourceCell> {
        std::vector<SourceCell> cells;
        if (plot != 0) cells.push_back({plot == 1 ? 2 : 1, row, column});
        if (plot == 0 && row < count) cells.push_back({1, row, column});
        if (plot == 1 && row < forcedRows) cells.push_back({0, row, column});
        return cells;
    };

    // Row by row: what the forced decoder reads, predicts, and what generation chose there.
    const int eos = nn::outputId(model, "<eos>");
    QString table = "<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>" + tr("row") + "</th><th>" +
                    (forced ? tr("reads (forced)") : tr("reads")) + "</th>" +
                    (forced ? "<th>" + tr("target next") + "</th>" : QString()) + "<th>" + tr("predicts, one pass") +
                    "</th><th>" + tr("generated ŷ") + "</th></tr>";
    int agreeing = 0;
    for (int r = 0; r < std::max(forcedRows, count); ++r) {
        auto cell = [&](int id) { return "<td>" + (id >= 0 ? outputSequence(model, {id}, {}) : "—") + "</td>"; };
        const int reads = r < forcedRows ? pass->decoder->tokens[std::size_t(r)] : -1;
        const int predicted = r < forcedRows ? pass->predictions[std::size_t(r)] : -1;
        const int generated = r < count ? steps.generated[std::size_t(r)] : -1;
        if (predicted >= 0 && predicted == generated) ++agreeing;
        int truth = -1;
        if (forced && r < forcedRows) truth = r < int(run.target()->size()) ? (*run.target())[std::size_t(r)] : eos;
        table += "<tr><td>" + QString::number(r + 1) + "</td>" + cell(reads) + (forced ? cell(truth) : QString()) +
                 cell(predicted) + cell(generated) + "</tr>";
    }
    table += "</table>";

    const QString equal =
        tr("<p><b>One pass holds every step.</b> Read in one pass, the model's own output [&lt;bos&gt;, ŷ₁ …] "
           "gives the very rows generation computed one pass at a time: the causal mask lets row t see rows "
           "1 … t only, and those are the same tokens in both. Over the %1 × %2 logits and probabilities and "
           "every cross-attention row, the largest difference is %3 (the third map).</p>")
            .arg(count)
            .arg(pass->logits.cols())
            .arg(smallNumber(compared.largest));
    QString explanation;
    if (forced) {
        explanation =
            tr("<p><b>Teacher forcing</b> (note 004, train): the decoder reads &lt;bos&gt; and the typed target, "
               "the true tokens, all at once — %n row(s) in one pass, every row's prediction scored against the "
               "true next token at the same time, in parallel.</p>",
               nullptr, forcedRows) +
            tr("<p><b>Generation</b> (自回归 autoregressive): it reads its own outputs, one more in each of its %n "
               "pass(es). Where the target and its own output part, the rows after read different tokens and may "
               "predict differently.</p>",
               nullptr, count);
    } else {
        explanation = howToTypeTarget() +
                      tr("<p>Generation (自回归 autoregressive) took %n pass(es), one per token; the first map is "
                         "the single pass over what it generated, as teacher forcing would read it.</p>",
                         nullptr, count);
    }
    content.explanation = explanation + table + equal;
    content.figures = {{"largestDifference", compared.largest},
                       {"teacherForcing", forced},
                       {"forcedPredictions", plainSequence(model, pass->predictions)},
                       {"generated", plainSequence(model, steps.generated)},
                       {"agreeing", agreeing}};
    return content;
}

} // namespace al
