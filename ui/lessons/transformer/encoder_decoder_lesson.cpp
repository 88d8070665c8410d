// Steps 1–3 of the encoder–decoder lesson: the memory, masked self-attention in the decoder,
// and cross-attention.
#include "ui/lessons/transformer/encoder_decoder_lesson.h"

#include "ui/lessons/transformer/encoder_decoder_parts.h"
#include "ui/lessons/transformer/masked_attention_maps.h"
#include "ui/notation.h"

namespace al {

namespace n = notation;
using namespace encdec;

namespace {

// A matrix with one row per input token: the memory, its k or v.
HeatmapData byInputToken(const QString& id, const QString& title, SharedMatrix values, const TransformerRun& run,
                         const QString& what) {
    const QStringList rows = run.inputLabels();
    const int columns = int(values.cols());
    HeatmapData map{id,
                    title,
                    std::move(values),
                    rows,
                    n::indexLabels(columns),
                    EncoderDecoderLesson::tr("input token"),
                    EncoderDecoderLesson::tr("dimension"),
                    ColorScheme::Diverging,
                    nullptr};
    map.describe = [rows, what](int row, int column, double value) {
        return EncoderDecoderLesson::tr("%1 of %2, dimension %3: %4")
            .arg(what, rows.value(row).toHtmlEscaped(), QString::number(column + 1), n::number(value, 4));
    };
    return map;
}

// The flow of step 1 as a small HTML picture: input → encoder → memory → every decoder
// layer's cross-attention.
QString flowPicture(const TransformerRun& run, const nn::TransformerTrace& trace) {
    const QString box = "<td style=\"background-color:%1; padding:4px 8px;\">%2</td>";
    const QString arrow = "<td style=\"padding:0 6px;\">→</td>";
    QStringList layers;
    for (std::size_t l = 0; l < trace.decoder->layers.size(); ++l)
        layers << EncoderDecoderLesson::tr("decoder layer %1: cross-attention takes k, v").arg(l + 1);
    const int n = int(trace.encoder->output.rows()), d = int(trace.encoder->output.cols());
    return "<table cellspacing=\"0\"><tr>" +
           box.arg("#e8eaf6", EncoderDecoderLesson::tr("input<br>%1").arg(run.inputText().toHtmlEscaped())) + arrow +
           box.arg("#c5cae9", EncoderDecoderLesson::tr("编码器 encoder<br>%n layer(s)", nullptr,
                                                       int(trace.encoder->layers.size()))) +
           arrow + box.arg("#fff3c4", EncoderDecoderLesson::tr("memory<br>%1 × %2").arg(n).arg(d)) + arrow +
           box.arg("#c8e6c9", layers.join("<br>")) + "</tr></table>";
}

} // namespace

StepContent EncoderDecoderLesson::memory(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    StepContent content;
    const nn::TransformerTrace* pass = seq2seqPass(state, cancellation, content);
    if (!pass) return content;
    const TransformerRun& run = *state.run;
    const DecoderChoice choice = clampedChoice(state.choice, *pass);
    const nn::SublayerTrace& cross = *decoderSublayer(*pass, choice.layer, nn::SublayerKind::CrossAttention);
    const nn::AttentionHeadTrace& head = cross.heads.at(std::size_t(choice.head));
    const Matrix& memory = pass->encoder->output; // N × d
    const int tokens = int(memory.rows()), position = clampIndex(state.choice.position, tokens);
    const QString where = tr("decoder layer %1, head %2").arg(choice.layer + 1).arg(choice.head + 1);

    content.plots = {
        plotOf(byInputToken("memory", tr("Memory: the encoder's output  (%1 × %2)").arg(tokens).arg(memory.cols()),
                            ofRun(state.run, memory), run, tr("memory row")),
               position),
        plotOf(
            byInputToken("cross_k", tr("k = W^k m + b^k  (%1)").arg(where), ofRun(state.run, head.k), run, tr("key")),
            position),
        plotOf(
            byInputToken("cross_v", tr("v = W^v m + b^v  (%1)").arg(where), ofRun(state.run, head.v), run, tr("value")),
            position)};
    content.sources = [](int plot, int row, int) -> std::vector<SourceCell> {
        if (plot == 0) return {{1, row, -1}, {2, row, -1}}; // what memory row j becomes
        return {{0, row, -1}};                              // k row j, v row j ← memory row j
    };
    const bool finalNorm = pass->encoder->finalNorm.has_value();
    content.explanation =
        flowPicture(run, *pass) +
        tr("<p>The 编码器 encoder reads the whole input at once, with no mask: every input token may attend to "
           "every other. What comes out of its %n layer(s)%1 is one vector of d = %2 numbers per input token — "
           "the <b>memory</b>, %3 × %2 here. It is computed once and read by every layer of the 解码器 "
           "decoder.</p>",
           nullptr, int(pass->encoder->layers.size()))
            .arg(finalNorm ? tr(" and its final LayerNorm") : QString())
            .arg(memory.cols())
            .arg(tokens) +
        tr("<p>In each decoder layer the 交叉注意力 cross-attention takes its keys and values from the memory: "
           "k<sup>j</sup> = W<sup>k</sup> m<sup>j</sup> + b<sup>k</sup> and v<sup>j</sup> = W<sup>v</sup> "
           "m<sup>j</sup> + b<sup>v</sup>, one per input token j (d<sub>h</sub> = %1 numbers in each head); "
           "its queries come from the decoder's own rows (step 3).</p>")
            .arg(head.k.cols()) +
        tr("<p>Input token %1 (%2): in %3, k<sup>%1</sup> = %4.</p>")
            .arg(position + 1)
            .arg(inputToken(run, position))
            .arg(where)
            .arg(n::vector(head.k.row(position)));
    content.figures = {{"memoryRows", tokens},
                       {"memoryColumns", int(memory.cols())},
                       {"encoderLayers", int(pass->encoder->layers.size())},
                       {"decoderLayers", int(pass->decoder->layers.size())}};
    return content;
}

StepContent EncoderDecoderLesson::maskedSelfAttention(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    StepContent content;
    const nn::TransformerTrace* pass = seq2seqPass(state, cancellation, content);
    if (!pass) return content;
    const TransformerRun& run = *state.run;
    const DecoderChoice choice = clampedChoice(state.choice, *pass);
    const nn::SublayerTrace* self = decoderSublayer(*pass, choice.layer, nn::SublayerKind::SelfAttention);
    if (!self || self->heads.empty()) {
        content.explanation = tr("<p>This decoder layer has no self-attention.</p>");
        return content;
    }
    const nn::AttentionHeadTrace& head = self->heads.at(std::size_t(choice.head));
    const QStringList tokens = run.decoderLabels(pass->decoder->tokens);
    const auto mask = ofRun(state.run, self->mask);
    const int i = choice.position, rows = int(head.weights.rows());

    HeatmapData maskMap = causalMaskMap("decoder_mask", mask, tokens);
    HeatmapData scores = maskedScoresMap("decoder_scores", ofRun(state.run, head.scores), mask, tokens);
    HeatmapData weights = attentionWeightsMap(
        "decoder_weights", tr("α′ of decoder layer %1, head %2").arg(choice.layer + 1).arg(choice.head + 1),
        ofRun(state.run, head.weights), tokens, tokens);
    weights.describe = [tokens](int row, int column, double value) {
        return tr("%1 = %2: how much %3 attends to %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), tokens.value(row).toHtmlEscaped(),
                 tokens.value(column).toHtmlEscaped());
    };
    content.plots = {plotOf(std::move(maskMap), i), plotOf(std::move(scores), i), plotOf(std::move(weights), i)};
    content.sources = [](int, int row, int column) { // the same pair in every map
        return std::vector<SourceCell>{{0, row, column}, {1, row, column}, {2, row, column}};
    };

    // The upper triangle of α′ (keys after the query): exactly zero, from the trace's numbers.
    double upper = 0;
    for (int r = 0; r < rows; ++r)
        for (int c = r + 1; c < int(head.weights.cols()); ++c)
            upper = std::max(upper, std::abs(head.weights(r, c)));
    const RowVector row = head.weights.row(i).head(i + 1);
    content.explanation =
        tr("<p>The decoder reads %1 tokens: &lt;bos&gt; and then the outputs, one row each. Its first sublayer is "
           "Masked Self-attention: the causal mask M lets row i attend to keys 1 … i only. A masked score is "
           "−∞ before softmax, so e<sup>−∞</sup> = 0: the upper triangle of α′ is zero (its largest entry here: "
           "%2) and each row still sums to 1 over the keys it may see.</p>")
            .arg(rows)
            .arg(upper == 0 ? tr("exactly 0") : smallNumber(upper)) +
        tr("<p><b>Why:</b> row i predicts the token that comes after it. When the model generates, that token "
           "does not exist yet — a position must not see the future it will generate. In training the whole "
           "answer is read at once (teacher forcing); without the mask, row i could simply copy the next "
           "token.</p>") +
        tr("<p>Row %1 (%2) attends to the %n key(s) up to itself: α′ = %3.</p>", nullptr, i + 1)
            .arg(i + 1)
            .arg(outputToken(run.model(), pass->decoder->tokens[std::size_t(i)]))
            .arg(n::vector(row));
    content.figures = {
        {"upperTriangleLargest", upper}, {"decoderRows", rows}, {"layer", choice.layer}, {"head", choice.head}};
    return content;
}

StepContent EncoderDecoderLesson::crossAttention(const LessonInput& input, Cancellation& cancellation) const {
    const TransformerLessonState& state = transformerState(input);
    StepContent content;
    const nn::TransformerTrace* pass = seq2seqPass(state, cancellation, content);
    if (!pass) return content;
    const TransformerRun& run = *state.run;
    const nn::TransformerModel& model = run.model();
    const DecoderChoice choice = clampedChoice(state.choice, *pass);
    const nn::SublayerTrace& cross = *decoderSublayer(*pass, choice.layer, nn::SublayerKind::CrossAttention);
    const nn::AttentionHeadTrace& head = cross.heads.at(std::size_t(choice.head));
    const QStringList outputs = run.decoderLabels(pass->decoder->tokens), inputs = run.inputLabels();
    const bool preNorm = cross.normedInput.size() > 0;
    const int i = choice.position;

    HeatmapData weights{
        "cross_weights",
        tr("Cross-attention α′ of decoder layer %1, head %2").arg(choice.layer + 1).arg(choice.head + 1),
        ofRun(state.run, head.weights),
        outputs,
        inputs,
        tr("query (decoder)"),
        tr("key (encoder input)"),
        ColorScheme::Weights,
        nullptr};
    weights.describe = [outputs, inputs](int row, int column, double value) {
        return tr("%1 = %2: how much the decoder's %3 attends to the input %4<br>q from decoder row %5, k and v from "
                  "memory row %6")
            .arg(n::sub("α′", row, column), n::number(value, 4), outputs.value(row).toHtmlEscaped(),
                 inputs.value(column).toHtmlEscaped(), QString::number(row + 1), QString::number(column + 1));
    };
    const QString where = tr("layer %1, head %2").arg(choice.layer + 1).arg(choice.head + 1);
    HeatmapData queries{"cross_q",
                        preNorm ? tr("q = W^q LN(x) + b^q: one per decoder row  (%1)").arg(where)
                                : tr("q = W^q x + b^q: one per decoder row  (%1)").arg(where),
                        ofRun(state.run, head.q),
                        outputs,
                        n::indexLabels(int(head.q.cols())),
                        tr("decoder token"),
                        tr("dimension"),
                        ColorScheme::Diverging,
                        nullptr};
    queries.describe = [outputs](int row, int column, double value) {
        return tr("q of decoder row %1 (%2), dimension %3: %4")
            .arg(QString::number(row + 1), outputs.value(row).toHtmlEscaped(), QString::number(column + 1),
                 n::number(value, 4));
    };
    HeatmapData keys = byInputToken("cross_k", tr("k = W^k m + b^k: one per memory row  (%1)").arg(where),
                                    ofRun(state.run, head.k), run, tr("key"));
    content.plots = {plotOf(std::move(weights), i), plotOf(std::move(queries), i), plotOf(std::move(keys))};
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot == 0) return {{1, row, -1}, {2, column, -1}}; // α′(i, j) ← q of decoder row i, k of memory row j
        if (plot == 1) return {{0, row, -1}};                  // q row i → α′ row i
        return {{0, -1, row}};                                 // k row j → α′ column j
    };

    // For each decoder row, the input token it attends to most in this head.
    QStringList lines;
    QVariantList attendsMost, mostWeight;
    for (int r = 0; r < int(head.weights.rows()); ++r) {
        const int j = argmax(head.weights.row(r));
        attendsMost << j;
        mostWeight << head.weights(r, j);
        lines << tr("row %1 reads %2, predicts %3: attends most to %4 (α′ = %5)")
                     .arg(r + 1)
                     .arg(outputToken(model, pass->decoder->tokens[std::size_t(r)]))
                     .arg(outputToken(model, pass->predictions[std::size_t(r)]))
                     .arg(inputToken(run, j))
                     .arg(n::number(head.weights(r, j), 2));
    }
    content.explanation =
        tr("<p>交叉注意力 Cross-attention is where the decoder looks at the input. Its queries come from the "
           "decoder (q<sup>i</sup> = W<sup>q</sup> x<sup>i</sup> + b<sup>q</sup>, one per decoder row%1), its keys "
           "and values from the encoder's memory (k<sup>j</sup>, v<sup>j</sup>, one per input token). So α′ is "
           "%2 × %3: rows are the decoder's tokens, columns the input's, and each row sums to 1 over the input. "
           "No mask: every output may look at the whole input.</p>")
            .arg(preNorm ? tr(", after its LayerNorm") : QString())
            .arg(head.weights.rows())
            .arg(head.weights.cols()) +
        tr("<p>In decoder layer %1, head %2:</p><ul><li>%3</li></ul>")
            .arg(choice.layer + 1)
            .arg(choice.head + 1)
            .arg(lines.join("</li><li>")) +
        tr("<p>Row i predicts the next output, so it can look for the input word that output comes from: a "
           "head that does this draws an alignment of outputs to inputs (on number-words, each numeral to its "
           "word; on reverse, an anti-diagonal). Heads differ — some align, others look elsewhere: change the "
           "head above and compare.</p>");
    content.figures = {
        {"attendsMost", attendsMost}, {"mostWeight", mostWeight}, {"layer", choice.layer}, {"head", choice.head}};
    return content;
}

} // namespace al
