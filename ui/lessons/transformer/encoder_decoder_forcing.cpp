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

// Where the typed target first differs from what the model generates (the target's own
// end counts as <eos>), or that it never does.
QString partingNote(const nn::TransformerModel& model, const std::vector<int>& target,
                    const std::vector<int>& generated, int eos) {
    for (std::size_t r = 0; r <= target.size() && r < generated.size(); ++r) {
        const int truth = r < target.size() ? target[r] : eos;
        if (truth != generated[r])
            return EncoderDecoderLesson::tr("<p>Here they part at row %1: the target has %2 where the model generates "
                                            "%3. The forced rows after it read the target's token.</p>")
                .arg(r + 1)
                .arg(tokenCell(model, truth))
                .arg(tokenCell(model, generated[r]));
    }
    return EncoderDecoderLesson::tr("<p>Here the target is the model's own output: they never part.</p>");
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

    HeatmapData forcedMap = probabilityMap(
        "forced_probabilities",
        forced ? tr("Teacher forcing: p of every row, one pass") : tr("Its own output: p of every row, one pass"),
        ofRun(state.run, pass->probabilities), forcedReads, tr("decoder position"), run);
    forcedMap.scheme = ColorScheme::Weights;
    forcedMap.colorRange = ColorRange::between(0, 1);
    HeatmapData stepMap = probabilityMap("step_probabilities", tr("Generation: p of each pass's last row"),
                                         compared.probabilities, stepReads, tr("generation pass"), run);
    stepMap.scheme = ColorScheme::Weights;
    stepMap.colorRange = ColorRange::between(0, 1);
    content.plots = {plotOf(std::move(forcedMap)), plotOf(std::move(stepMap))};
    content.sources = [forcedRows, count](int plot, int row, int column) -> std::vector<SourceCell> {
        // The same row and token in the other map, where it has that row.
        if (plot == 0 && row < count) return {{1, row, column}};
        if (plot == 1 && row < forcedRows) return {{0, row, column}};
        return {};
    };

    // Row by row, one column each: what the decoder reads, (forced) the true next token, what
    // the one pass predicts and what generation chose there.
    const int eos = nn::outputId(model, "<eos>");
    const int columns = std::max(forcedRows, count);
    auto line = [&](const QString& title, auto idAt) {
        TableLine tableLine{title, {}};
        for (int r = 0; r < columns; ++r)
            tableLine.cells << tokenCell(model, idAt(r));
        return tableLine;
    };
    std::vector<TableLine> lines{line(forced ? tr("reads (forced)") : tr("reads"), [&](int r) {
        return r < forcedRows ? pass->decoder->tokens[std::size_t(r)] : -1;
    })};
    if (forced)
        lines.push_back(line(tr("target next"), [&](int r) {
            if (r >= forcedRows) return -1;
            return r < int(run.target()->size()) ? (*run.target())[std::size_t(r)] : eos;
        }));
    lines.push_back(
        line(tr("predicts, one pass"), [&](int r) { return r < forcedRows ? pass->predictions[std::size_t(r)] : -1; }));
    lines.push_back(line(tr("generated ŷ"), [&](int r) { return r < count ? steps.generated[std::size_t(r)] : -1; }));
    const QString table = rowTable(columns, lines);
    int agreeing = 0;
    for (int r = 0; r < std::min(forcedRows, count); ++r)
        if (pass->predictions[std::size_t(r)] == steps.generated[std::size_t(r)]) ++agreeing;

    const QString equal =
        tr("<p><b>One pass holds every step.</b> Read in one pass, the model's own output [&lt;bos&gt;, ŷ₁ …] "
           "gives the very rows generation computed one pass at a time: the causal mask lets row t see rows "
           "1 … t only, and those are the same tokens in both. Over the %1 × %2 logits and probabilities and "
           "every cross-attention row, the largest difference is %3.</p>")
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
               nullptr, count) +
            partingNote(model, *run.target(), steps.generated, eos);
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
