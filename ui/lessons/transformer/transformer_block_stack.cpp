// The Transformer block's last steps: the stack of layers, post-norm beside pre-norm, and
// what comes out of the encoder for each task.
#include "core/nn/transformer_forward.h"
#include "ui/lessons/transformer/stack_plots.h"
#include "ui/lessons/transformer/transformer_block_lesson.h"
#include "ui/notation.h"

namespace al {

namespace n = notation;
namespace sp = stack_plots;

namespace {
using Focus = TransformerBlockLesson::Focus;

// The output of a layer: its last sublayer's (post-norm: LN of the residual; pre-norm: the residual).
const Matrix& layerOutput(const nn::LayerTrace& layer) {
    return layer.sublayers.back().output;
}

// A probabilities heatmap: rows the positions (or the one sequence), columns the labels, 0 … 1.
HeatmapData probabilitiesMap(const QString& id, const QString& title, SharedMatrix values, const QStringList& rows,
                             const QString& rowAxis, const QStringList& labels) {
    HeatmapData data{id,
                     title,
                     std::move(values),
                     rows,
                     labels,
                     rowAxis,
                     TransformerBlockLesson::tr("label"),
                     ColorScheme::Weights,
                     nullptr};
    data.describe = [rows, labels](int row, int column, double value) {
        return TransformerBlockLesson::tr("p(%1 | %2) = %3")
            .arg(labels.value(column).toHtmlEscaped(), rows.value(row).toHtmlEscaped(), n::number(value, 4));
    };
    return data;
}

QString labelOf(const nn::TransformerModel& model, int id) {
    return QString::fromStdString(model.outputs.at(std::size_t(id)));
}
} // namespace

StepContent TransformerBlockLesson::stack(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder) return noEncoder();
    const std::vector<nn::LayerTrace>& layers = f.encoder->layers;
    const int p = f.position;
    StepContent content;
    std::vector<int> weightPlot(layers.size(), -1); // the plot of layer l's α′, or −1 without attention
    std::vector<int> weightPlots, outputPlots;
    QStringList topKeys;
    QVariantList topKeyFigures;
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const nn::SublayerTrace* attention = sp::sublayerOf(layers[l], nn::SublayerKind::SelfAttention);
        if (!attention) continue;
        const nn::AttentionHeadTrace& head = attention->heads.at(std::size_t(f.head));
        weightPlot[l] = int(content.plots.size());
        weightPlots.push_back(weightPlot[l]);
        content.plots.push_back(
            sp::followingPosition(sp::headAttention(QString("layer%1_weights").arg(l + 1),
                                                    tr("layer %1: α′ of head %2").arg(l + 1).arg(f.head + 1),
                                                    ofRun(f.run, head.weights), f.tokens, f.tokens),
                                  p));
        Eigen::Index key = 0;
        const double weight = head.weights.row(p).maxCoeff(&key);
        topKeys << tr("in layer %1 to %2 (α′ = %3)").arg(l + 1).arg(tokenAt(f, int(key)), n::number(weight, 2));
        topKeyFigures << int(key);
    }
    const int firstOutput = int(content.plots.size());
    content.plots.push_back(sp::followingPosition(
        sp::positionsByDimension("stack_input", tr("x: the stack's input"), ofRun(f.run, f.encoder->x), f.tokens), p));
    for (std::size_t l = 0; l < layers.size(); ++l)
        content.plots.push_back(sp::followingPosition(
            sp::positionsByDimension(QString("layer%1_output").arg(l + 1), tr("layer %1's output").arg(l + 1),
                                     ofRun(f.run, layerOutput(layers[l])), f.tokens),
            p));
    const bool finalNorm = f.encoder->finalNorm.has_value();
    if (finalNorm)
        content.plots.push_back(
            sp::followingPosition(sp::positionsByDimension("encoder_output", tr("after the final LayerNorm"),
                                                           ofRun(f.run, f.encoder->output), f.tokens),
                                  p));
    for (int plot = firstOutput; plot < int(content.plots.size()); ++plot)
        outputPlots.push_back(plot);
    sp::compareColours(content, outputPlots);
    const int layerCount = int(layers.size());
    content.sources = [weightPlot, weightPlots, firstOutput, layerCount](int plot, int row,
                                                                         int column) -> std::vector<SourceCell> {
        std::vector<SourceCell> cells;
        if (plot < firstOutput) { // the same query and key in every layer
            for (int other : weightPlots)
                if (other != plot) cells.push_back({other, row, column});
            return cells;
        }
        const int layer = plot - firstOutput - 1; // −1: the stack's input
        if (layer < 0) return cells;
        cells.push_back({plot - 1, row, -1}); // the layer's (or the final norm's) input row
        if (layer < layerCount && weightPlot[std::size_t(layer)] >= 0)
            cells.push_back({weightPlot[std::size_t(layer)], row, -1});
        return cells;
    };
    const QString attention =
        topKeys.isEmpty()
            ? tr("<p>This model has no attention: each layer is a feed-forward network with its Add & Norm, "
                 "and every position goes up the stack alone.</p>")
            : tr("<p>Head %1 of every layer, side by side: %2 attends most %3.</p>")
                  .arg(f.head + 1)
                  .arg(tokenAt(f, p), topKeys.join(tr(", ")));
    content.explanation =
        tr("<p>The encoder is a stack of %n block(s), each the same computation with its own weights: the "
           "output of one layer is the input x of the next.</p>",
           nullptr, layerCount) +
        attention +
        (finalNorm ? tr("<p>A final LayerNorm after the last layer gives the encoder's output.</p>")
                   : tr("<p>The last layer's output is the encoder's output.</p>")) +
        tr("<p>Choose the layer and the head with the controls above; hover a cell of α′ to find the same "
           "query and key in every layer.</p>");
    content.figures["layer_top_keys"] = topKeyFigures;
    return content;
}

namespace {
// One Add & Norm written out with a position's numbers, in the order `placement` does it.
QString addAndNormFormula(const nn::SublayerTrace& s, nn::NormPlacement placement, int p) {
    const auto v = [p](const Matrix& m) { return sp::shortVector(m.row(p), 4); };
    if (placement == nn::NormPlacement::Post)
        return TransformerBlockLesson::tr("x = %1<br>F(x) = %2<br>x + F(x) = %3<br>out = LN(x + F(x)) = %4")
            .arg(v(s.input), v(s.sublayerOutput), v(s.residual), v(s.output));
    return TransformerBlockLesson::tr("x = %1<br>LN(x) = %2<br>F(LN(x)) = %3<br>out = x + F(LN(x)) = %4")
        .arg(v(s.input), v(s.normedInput), v(s.sublayerOutput), v(s.output));
}

QString placementName(nn::NormPlacement placement) {
    return placement == nn::NormPlacement::Post ? TransformerBlockLesson::tr("post-norm")
                                                : TransformerBlockLesson::tr("pre-norm");
}

QString labelsText(const nn::TransformerModel& model, const std::vector<int>& predictions) {
    QStringList labels;
    for (int id : predictions)
        labels << labelOf(model, id).toHtmlEscaped();
    return labels.join(' ');
}
} // namespace

StepContent TransformerBlockLesson::placements(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder || f.encoder->layers.empty()) return noEncoder();
    const nn::TransformerModel& model = f.run->model();
    const nn::NormPlacement own = model.architecture.norm;
    const nn::NormPlacement switched =
        own == nn::NormPlacement::Post ? nn::NormPlacement::Pre : nn::NormPlacement::Post;
    // The same weights, read in the other order: a copy of the model with only the placement changed.
    nn::TransformerModel other = model;
    other.architecture.norm = switched;
    cancellation.check();
    const std::vector<int> decoderInput = model.task == nn::Task::Seq2Seq ? withBos(model, {}) : std::vector<int>{};
    const auto otherTrace =
        std::make_shared<const nn::TransformerTrace>(nn::forwardPass(other, f.run->input(), decoderInput));
    cancellation.check();
    const nn::StackTrace& otherEncoder = *otherTrace->encoder;
    const nn::LayerTrace& ownLayer = f.encoder->layers.at(std::size_t(f.layer));
    const nn::LayerTrace& otherLayer = otherEncoder.layers.at(std::size_t(f.layer));
    const auto ofOther = [&otherTrace](const Matrix& m) {
        return SharedMatrix(std::shared_ptr<const Matrix>(otherTrace, &m));
    };
    const int p = f.position;

    StepContent content;
    content.plots = {
        sp::followingPosition(
            sp::positionsByDimension("own_output",
                                     tr("layer %1's output, %2 (as trained)").arg(f.layer + 1).arg(placementName(own)),
                                     ofRun(f.run, layerOutput(ownLayer)), f.tokens),
            p),
        sp::followingPosition(
            sp::positionsByDimension(
                "other_output",
                tr("layer %1's output, %2 (the same weights)").arg(f.layer + 1).arg(placementName(switched)),
                ofOther(layerOutput(otherLayer)), f.tokens),
            p)};
    sp::compareColours(content, {0, 1});
    const bool labelling = model.task == nn::Task::Labelling, classification = model.task == nn::Task::Classification;
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        return {{plot ^ 1, row, column}}; // the same cell in the other placement
    };
    const nn::SublayerTrace& ownFirst = ownLayer.sublayers.front();
    const nn::SublayerTrace& otherFirst = otherLayer.sublayers.front();
    QString labels;
    if (labelling || classification) {
        const std::vector<int>& mine = f.trace->predictions;
        const std::vector<int>& theirs = otherTrace->predictions;
        int changed = 0;
        for (std::size_t i = 0; i < mine.size() && i < theirs.size(); ++i)
            changed += mine[i] != theirs[i];
        const int row = labelling ? p : 0, label = mine.at(std::size_t(row)); // the trained model's label
        labels =
            tr("<p>Labels as trained (%1): %2. With the same weights read %3: %4 — %n label(s) changed. "
               "p(%5) at %6: %7 as trained, %8 read the other way.</p>",
               nullptr, changed)
                .arg(placementName(own), labelsText(model, mine), placementName(switched), labelsText(model, theirs),
                     labelOf(model, label).toHtmlEscaped(), labelling ? tokenAt(f, p) : tr("the sequence"),
                     n::number(f.trace->probabilities(row, label), 2),
                     n::number(otherTrace->probabilities(row, label), 2));
        content.figures["other_labels"] = labelsText(model, theirs);
        content.figures["changed_labels"] = changed;
    }
    content.explanation =
        tr("<p>The two orders of the same block, for the first sublayer of layer %1 at %2 (the first %3 "
           "entries of each vector).</p>")
            .arg(f.layer + 1)
            .arg(tokenAt(f, p))
            .arg(std::min<int>(4, model.architecture.dModel)) +
        tr("<p><b>%1, as this model was trained:</b><br>%2</p>")
            .arg(placementName(own), addAndNormFormula(ownFirst, own, p)) +
        tr("<p><b>%1, the same weights in the other order:</b><br>%2</p>")
            .arg(placementName(switched), addAndNormFormula(otherFirst, switched, p)) +
        tr("<p>Post-norm (the paper, note 004) normalises the residual; pre-norm (GPT-2) normalises what the "
           "sublayer reads and leaves the residual path untouched, which trains deep stacks more easily. "
           "<b>This model was trained %1</b>: read the other way, its weights are used in an order they "
           "were not trained for, and its numbers change.</p>")
            .arg(placementName(own)) +
        labels;
    content.figures["own_placement"] = QString::fromUtf8(nn::name(own).data(), int(nn::name(own).size()));
    content.figures["other_output_0"] = layerOutput(otherLayer)(p, 0);
    return content;
}

StepContent TransformerBlockLesson::output(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder) return noEncoder();
    const nn::TransformerModel& model = f.run->model();
    const nn::TransformerTrace& t = *f.trace;
    const int p = f.position;
    StepContent content;
    const QString outputTitle = model.task == nn::Task::Seq2Seq ? tr("h: the encoder's output, the decoder's memory")
                                                                : tr("h: the encoder's output");
    content.plots = {sp::followingPosition(
        sp::positionsByDimension("encoder_output", outputTitle, ofRun(f.run, f.encoder->output), f.tokens), p)};
    if (model.task == nn::Task::Labelling) {
        PlotContent probabilities{
            probabilitiesMap("probabilities", tr("p = softmax(W_g h + b_g): each position's labels"),
                             ofRun(f.run, t.probabilities), f.tokens, tr("position"), f.run->outputLabels())};
        probabilities.outlineRow = p;
        content.plots.push_back(std::move(probabilities));
        content.sources = [](int plot, int row, int) -> std::vector<SourceCell> {
            if (plot == 1) return {{0, row, -1}}; // a position's labels come from its own row of h
            return {};
        };
        QStringList each, labels;
        for (int i = 0; i < f.positions(); ++i) {
            const int label = t.predictions.at(std::size_t(i));
            labels << labelOf(model, label);
            each << tr("%1 → %2 (%3)")
                        .arg(tokenAt(f, i), labelOf(model, label).toHtmlEscaped(),
                             n::number(t.probabilities(i, label), 2));
        }
        QString repeated;
        const std::vector<int> same = sp::repeatedPositions(*f.run);
        bool differ = false;
        if (!same.empty()) {
            QStringList parts;
            for (int i : same) {
                parts << tr("%1 → %2").arg(tokenAt(f, i), labels.at(i).toHtmlEscaped());
                for (int j : same)
                    differ = differ || (f.run->input()[std::size_t(i)] == f.run->input()[std::size_t(j)] &&
                                        labels.at(i) != labels.at(j));
            }
            repeated =
                differ ? tr("<p>The same word gets different labels: %1. It is told apart by what it "
                            "attends to and by its position.</p>")
                             .arg(parts.join(tr(", ")))
                       : tr("<p>The same word gets the same label at each place: %1.</p>").arg(parts.join(tr(", "))) +
                             (!f.attention && f.architecture().positional == PositionalEncoding::None
                                  ? tr("<p>This model has neither attention nor positions: equal words read equal "
                                       "vectors all the way up, so they cannot get different labels.</p>")
                                  : QString());
            content.figures["repeated_labels_differ"] = differ;
        }
        content.explanation = tr("<p>Labelling: every position gets its own label, logits<sub>i</sub> = W<sub>g</sub> "
                                 "h<sub>i</sub> + b<sub>g</sub>, then softmax. The label is the most probable one:</p>"
                                 "<p>%1</p>")
                                  .arg(each.join(QStringLiteral("<br>"))) +
                              repeated;
        content.figures["labels"] = labels;
    } else if (model.task == nn::Task::Classification) {
        HeatmapData pooled = sp::positionsByDimension("pooled", tr("the mean of the rows of h"), ofRun(f.run, t.pooled),
                                                      QStringList{tr("mean")}, {}, tr("pooled"));
        content.plots.push_back(PlotContent{std::move(pooled)});
        content.plots.push_back(PlotContent{
            probabilitiesMap("probabilities", tr("p = softmax(W_g mean + b_g)"), ofRun(f.run, t.probabilities),
                             QStringList{tr("the sequence")}, tr("sequence"), f.run->outputLabels())});
        content.sources = [](int plot, int, int column) -> std::vector<SourceCell> {
            if (plot == 1) return {{0, -1, column}}; // the mean of a whole column of h
            if (plot == 2) return {{1, 0, -1}};
            return {};
        };
        const int label = t.predictions.empty() ? 0 : t.predictions.front();
        content.explanation =
            tr("<p>Classification: one label for the whole sequence. Mean pooling averages the %1 rows of h into "
               "one vector; logits = W<sub>g</sub> mean + b<sub>g</sub>; the label is <b>%2</b> (p = %3).</p>")
                .arg(f.positions())
                .arg(labelOf(model, label).toHtmlEscaped(), n::number(t.probabilities(0, label), 2));
        content.figures["label"] = labelOf(model, label);
    } else {
        QString read;
        if (t.decoder) {
            QStringList tokens;
            const std::vector<std::string> outputs = model.outputs;
            for (std::size_t i = 1; i < t.decoder->tokens.size(); ++i) // after <bos>
                tokens << QString::fromStdString(outputs.at(std::size_t(t.decoder->tokens[i]))).toHtmlEscaped();
            read = (f.run->teacherForcing()
                        ? tr("<p>Here the decoder reads &lt;bos&gt; %1, the target typed (teacher forcing; see the "
                             "lesson “Encoder–decoder”).</p>")
                        : tr("<p>Here the decoder reads &lt;bos&gt; %1, the output the model wrote itself (see the "
                             "lesson “Encoder–decoder”).</p>"))
                       .arg(tokens.join(' '));
        }
        content.explanation =
            tr("<p>Sequence to sequence: the encoder's output h (%1 rows, one per input token) is the memory the "
               "decoder reads. In every decoder layer, cross-attention takes its keys and values "
               "from these rows, and its queries from the output written so far.</p>")
                .arg(f.positions()) +
            read;
        content.figures["memory_rows"] = f.positions();
    }
    return content;
}

} // namespace al
