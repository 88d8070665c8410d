#include "ui/lessons/transformer/transformer_block_lesson.h"

#include "ui/lessons/transformer/stack_plots.h"
#include "ui/notation.h"

#include <algorithm>

namespace al {

namespace n = notation;
namespace sp = stack_plots;

namespace {
using Focus = TransformerBlockLesson::Focus;

QString tokenAt(const Focus& f, int position) {
    return TransformerBlockLesson::tokenAt(f, position);
}

PlotContent followingPosition(HeatmapData data, int position) {
    return sp::followingPosition(std::move(data), position);
}

QString layerAndHead(const Focus& f) {
    return TransformerBlockLesson::tr("layer %1 of %2, head %3 of %4")
        .arg(f.layer + 1)
        .arg(f.encoder->layers.size())
        .arg(f.head + 1)
        .arg(f.architecture().heads);
}

// The key position i attends to most in α′ (lowest on a tie).
int topKey(const Matrix& weights, int query) {
    Eigen::Index key = 0;
    weights.row(query).maxCoeff(&key);
    return int(key);
}
} // namespace

TransformerBlockLesson::Focus TransformerBlockLesson::focus(const LessonInput& input, Cancellation& cancellation) {
    const TransformerLessonState& state = transformerState(input);
    Focus f;
    f.run = state.run;
    f.trace = &f.run->pass(cancellation);
    if (!f.trace->encoder) return f; // a language model: no encoder to show
    f.encoder = &*f.trace->encoder;
    f.tokens = f.run->inputLabels();
    const TransformerChoice choice =
        sp::clamped(state.choice, int(f.encoder->layers.size()), f.architecture().heads, int(f.encoder->x.rows()));
    f.layer = choice.layer;
    f.head = choice.head;
    f.position = choice.position;
    if (!f.encoder->layers.empty()) {
        const nn::LayerTrace& layer = f.encoder->layers[std::size_t(f.layer)];
        f.attention = sp::sublayerOf(layer, nn::SublayerKind::SelfAttention);
        f.feedForward = sp::sublayerOf(layer, nn::SublayerKind::FeedForward);
    }
    return f;
}

QString TransformerBlockLesson::tokenAt(const Focus& f, int position) {
    return tr("“%1” (%2)").arg(sp::inputToken(*f.run, position).toHtmlEscaped()).arg(position + 1);
}

StepContent TransformerBlockLesson::noEncoder() {
    StepContent content;
    content.explanation = TransformerBlockLesson::tr(
        "<p>This model has no encoder (it is a language model): open it in the lesson “GPT: the decoder "
        "alone”.</p>");
    return content;
}

StepContent TransformerBlockLesson::inputVectors(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder) return noEncoder();
    const nn::StackTrace& s = *f.encoder;
    const int p = f.position;
    const PositionalEncoding positional = f.architecture().positional;
    StepContent content;
    content.plots = {
        followingPosition(sp::positionsByDimension("embedding", tr("E[t]: each token's embedding"),
                                                   ofRun(f.run, s.embedded), f.tokens),
                          p),
        followingPosition(
            sp::positionsByDimension("positional",
                                     positional == PositionalEncoding::None
                                         ? tr("e = 0: this model has no positions")
                                         : tr("e: each position's vector (%1)").arg(n::positionalName(positional)),
                                     ofRun(f.run, s.positional), f.tokens),
            p),
        followingPosition(sp::positionsByDimension("x", tr("x = E[t] + e"), ofRun(f.run, s.x), f.tokens), p)};
    sp::compareColours(content, {0, 1, 2});
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot == 2) return {{0, row, column}, {1, row, column}};
        return {{2, row, column}};
    };
    const QString positions =
        positional == PositionalEncoding::None
            ? tr("<p>This model adds no positions (positional encoding: none): x is the embedding alone, and "
                 "two equal tokens get equal vectors.</p>")
            : tr("<p>The positions are %1: e<sup>i</sup> depends only on where the token stands, so two equal "
                 "tokens at different places get different vectors x.</p>")
                  .arg(n::positionalName(positional));
    content.explanation =
        tr("<p>The encoder reads the %1 tokens of the input as vectors of d<sub>model</sub> = %2 entries: "
           "x<sup>i</sup> = E[t<sub>i</sub>] + e<sup>i</sup>, the token's row of the embedding table plus "
           "its position's vector.</p><p>At %3: E[t] = %4, e = %5, x = %6.</p>")
            .arg(f.positions())
            .arg(f.architecture().dModel)
            .arg(tokenAt(f, p), sp::shortVector(s.embedded.row(p)), sp::shortVector(s.positional.row(p)),
                 sp::shortVector(s.x.row(p))) +
        positions + tr("<p>Hover a cell of x to see the two cells it adds.</p>");
    content.figures["x_0"] = s.x(p, 0);
    content.figures["embedding_0"] = s.embedded(p, 0);
    content.figures["positional_0"] = s.positional(p, 0);
    return content;
}

namespace {
// The baseline's "attention" step: what it has instead.
StepContent withoutAttention(const Focus& f) {
    const nn::SublayerTrace& ffn = *f.feedForward;
    StepContent content;
    content.plots = {
        followingPosition(sp::positionsByDimension("layer_input", TransformerBlockLesson::tr("x: the layer's input"),
                                                   ofRun(f.run, ffn.input), f.tokens),
                          f.position),
        followingPosition(sp::positionsByDimension("layer_output", TransformerBlockLesson::tr("the layer's output"),
                                                   ofRun(f.run, ffn.output), f.tokens),
                          f.position)};
    content.sources = [](int plot, int row, int) -> std::vector<SourceCell> {
        return {{1 - plot, row, -1}}; // a position's output is made from its own input alone
    };
    // Equal tokens read equal vectors (no positions) and so come out equal: say so from the numbers.
    QString same;
    const std::vector<int> repeated = sp::repeatedPositions(*f.run);
    if (repeated.size() >= 2) {
        // The first token that occurs again, and where it does.
        const std::vector<int>& ids = f.run->input();
        const int first = repeated[0];
        const int again = *std::find_if(repeated.begin() + 1, repeated.end(),
                                        [&](int i) { return ids[std::size_t(i)] == ids[std::size_t(first)]; });
        const double difference = (ffn.output.row(first) - ffn.output.row(again)).cwiseAbs().maxCoeff();
        same = difference == 0
                   ? TransformerBlockLesson::tr("<p>%1 and %2 are the same token and read the same x: their outputs "
                                                "are exactly equal.</p>")
                         .arg(tokenAt(f, first), tokenAt(f, again))
                   : TransformerBlockLesson::tr("<p>%1 and %2 are the same token: their outputs differ by at most %3, "
                                                "only because their positions differ.</p>")
                         .arg(tokenAt(f, first), tokenAt(f, again), n::number(difference, 6));
        content.figures["repeated_output_difference"] = difference;
    }
    content.explanation =
        TransformerBlockLesson::tr(
            "<p><b>There is no attention in this model</b> (attention: false, the notes' “each vector through "
            "its own fully-connected network”). Each layer has only the feed-forward network, with its Add & "
            "Norm: position i's output is made from x<sup>i</sup> alone, and no position sees another.</p>") +
        same;
    return content;
}
} // namespace

StepContent TransformerBlockLesson::selfAttention(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder) return noEncoder();
    if (!f.attention) return f.feedForward ? withoutAttention(f) : StepContent{};
    const nn::AttentionHeadTrace& head = f.attention->heads.at(std::size_t(f.head));
    const QString inHead = tr("dimension in the head");
    const int h = f.head + 1;
    StepContent content;
    content.plots = {
        followingPosition(
            sp::positionsByDimension("q", tr("q (head %1)").arg(h), ofRun(f.run, head.q), f.tokens, inHead),
            f.position),
        PlotContent{sp::positionsByDimension("k", tr("k (head %1)").arg(h), ofRun(f.run, head.k), f.tokens, inHead)},
        followingPosition(sp::headAttention("weights", tr("α′ = softmax(q kᵀ / √d_h) (head %1)").arg(h),
                                            ofRun(f.run, head.weights), f.tokens, f.tokens),
                          f.position),
        PlotContent{sp::positionsByDimension("v", tr("v (head %1)").arg(h), ofRun(f.run, head.v), f.tokens, inHead)},
        followingPosition(sp::positionsByDimension("head_output", tr("b = α′ v (head %1)").arg(h),
                                                   ofRun(f.run, head.output), f.tokens, inHead),
                          f.position)};
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot == 2) return {{0, row, -1}, {1, column, -1}}; // α′ᵢⱼ from qⁱ and kʲ
        if (plot == 4) return {{2, row, -1}, {3, -1, column}}; // bⁱ = Σⱼ α′ᵢⱼ vʲ
        return {};
    };
    // Which token each position attends to most, from the numbers.
    QVariantList topKeys, topWeights;
    for (int i = 0; i < f.positions(); ++i) {
        const int key = topKey(head.weights, i);
        topKeys << key;
        topWeights << head.weights(i, key);
    }
    const int p = f.position, pKey = topKeys.at(p).toInt();
    QString repeated;
    const std::vector<int> same = sp::repeatedPositions(*f.run);
    if (!same.empty()) {
        QStringList parts;
        for (int i : same)
            parts << tr("%1 attends most to %2 (α′ = %3)")
                         .arg(tokenAt(f, i), tokenAt(f, topKeys.at(i).toInt()),
                              n::number(topWeights.at(i).toDouble(), 2));
        repeated = tr("<p>The same token at different places: %1. Attention is how the equal tokens come to "
                      "read different vectors.</p>")
                       .arg(parts.join(tr("; ")));
    }
    const QString where =
        f.preNorm() ? tr("LN(x), the layer's input normalised (pre-norm)") : tr("x, the layer's input");
    content.explanation =
        tr("<p>Multi-head self-attention, %1. Every position's q, k and v are read from %2: Q = X W<sub>q</sub>ᵀ + "
           "b<sub>q</sub>, and so on, and head h takes its own d<sub>h</sub> = %3 entries of each. Then "
           "α′ = softmax(q kᵀ / √d<sub>h</sub>) row by row, and b = α′ v: row i mixes the values of every "
           "position with the weights of row i.</p><p>%4 attends most to %5, with α′ = %6.</p>")
            .arg(layerAndHead(f), where)
            .arg(f.architecture().headSize())
            .arg(tokenAt(f, p), tokenAt(f, pKey), n::number(head.weights(p, pKey), 2)) +
        repeated +
        tr("<p>The heads' outputs b are put side by side and mixed by W<sub>o</sub>: F(x), the sublayer's "
           "output the next step adds to x.</p>");
    content.figures["top_keys"] = topKeys;
    content.figures["top_weights"] = topWeights;
    return content;
}

StepContent TransformerBlockLesson::feedForward(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder || !f.feedForward) return noEncoder();
    const nn::SublayerTrace& s = *f.feedForward;
    const bool pre = f.preNorm(), gelu = f.architecture().activation == nn::Activation::Gelu;
    const Matrix& reads = pre ? s.normedInput : s.input;
    const int p = f.position;
    const QString phi = gelu ? QStringLiteral("GELU") : QStringLiteral("ReLU");
    const QString hiddenUnit = tr("hidden unit");
    StepContent content;
    content.plots = {
        followingPosition(sp::positionsByDimension(
                              "ffn_input", pre ? tr("LN(x): what the network reads") : tr("x: what the network reads"),
                              ofRun(f.run, reads), f.tokens),
                          p),
        followingPosition(
            sp::positionsByDimension("hidden_pre", tr("W₁x + b₁"), ofRun(f.run, s.hiddenPre), f.tokens, hiddenUnit), p),
        followingPosition(sp::positionsByDimension("hidden", tr("%1(W₁x + b₁)").arg(phi), ofRun(f.run, s.hidden),
                                                   f.tokens, hiddenUnit),
                          p),
        followingPosition(
            sp::positionsByDimension("ffn_output", tr("F(x) = W₂ h + b₂"), ofRun(f.run, s.sublayerOutput), f.tokens),
            p)};
    sp::compareColours(content, {1, 2});
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot == 1) return {{0, row, -1}};
        if (plot == 2) return {{1, row, column}};
        if (plot == 3) return {{2, row, -1}};
        return {};
    };
    const int dFF = int(s.hiddenPre.cols());
    const int negative = int((s.hiddenPre.row(p).array() < 0).count());
    const QString activation =
        gelu ? tr("<p>This model uses <b>GELU</b>, x·Φ(x) with Φ the normal distribution's CDF: it shrinks the "
                  "%1 negative entries of %2 towards 0 (to %3 at least) instead of cutting them off.</p>")
                   .arg(negative)
                   .arg(tokenAt(f, p), n::number(s.hidden.row(p).minCoeff(), 4))
             : tr("<p>This model uses <b>ReLU</b>, max(0, x): at %1, %2 of the %3 hidden entries are negative "
                  "and become 0.</p>")
                   .arg(tokenAt(f, p))
                   .arg(negative)
                   .arg(dFF);
    content.explanation = tr("<p>The feed-forward network, layer %1: F(x) = W₂ φ(W₁x + b₁) + b₂, widening each "
                             "vector of d<sub>model</sub> = %3 entries to a hidden layer of d<sub>ff</sub> = %2 units "
                             "and back. It reads each "
                             "position on its own — the same weights for every row, and no row sees another.</p>")
                              .arg(f.layer + 1)
                              .arg(dFF)
                              .arg(f.architecture().dModel) +
                          activation;
    content.figures["activation"] = phi;
    content.figures["negative_hidden"] = negative;
    return content;
}

} // namespace al
