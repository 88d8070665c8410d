// The Transformer block's Add and LayerNorm steps: the residual x + F(x) as a sum of two
// heatmaps, LayerNorm's μ, σ², γ and β for the chosen position, and Add & Norm around the
// feed-forward network, which gives the layer's output.
#include "core/nn/layer_norm.h"
#include "ui/lessons/transformer/stack_plots.h"
#include "ui/lessons/transformer/transformer_block_lesson.h"
#include "ui/notation.h"

namespace al {

namespace n = notation;
namespace sp = stack_plots;

namespace {
PlotContent followingPosition(HeatmapData data, int position) {
    return sp::followingPosition(std::move(data), position);
}
// A number added after a "+": in parentheses when negative ("+ (−0.79)").
QString addend(double value) {
    const QString text = n::number(value, 4);
    return value < 0 ? "(" + text + ")" : text;
}
} // namespace

StepContent TransformerBlockLesson::residualSum(const Focus& f, const nn::SublayerTrace& s, bool withNorm) {
    const bool pre = f.preNorm();
    const int p = f.position;
    StepContent content;
    content.plots = {
        followingPosition(
            sp::positionsByDimension("sublayer_input", tr("x: the sublayer's input"), ofRun(f.run, s.input), f.tokens),
            p),
        followingPosition(
            sp::positionsByDimension("sublayer_output",
                                     pre ? tr("F(LN(x)): the sublayer's output") : tr("F(x): the sublayer's output"),
                                     ofRun(f.run, s.sublayerOutput), f.tokens),
            p),
        followingPosition(
            sp::positionsByDimension("residual", pre ? tr("x + F(LN(x)): the residual") : tr("x + F(x): the residual"),
                                     ofRun(f.run, s.residual), f.tokens),
            p)};
    sp::compareColours(content, {0, 1, 2});
    const bool normAfter = withNorm && !pre;
    if (normAfter)
        content.plots.push_back(followingPosition(
            sp::positionsByDimension("output", tr("LN(x + F(x)): the output"), ofRun(f.run, s.output), f.tokens), p));
    content.sources = [normAfter](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot == 2) return {{0, row, column}, {1, row, column}};
        if (plot == 3 && normAfter) return {{2, row, -1}}; // LayerNorm reads the whole row
        return {};
    };
    content.explanation =
        tr("<p>The residual connection adds the sublayer's input to its output, entry by entry: at "
           "%1, dimension 1: %2 + %3 = %4.</p>")
            .arg(tokenAt(f, p), n::number(s.input(p, 0), 4), addend(s.sublayerOutput(p, 0)),
                 n::number(s.residual(p, 0), 4)) +
        tr("<p>So the sublayer only has to learn a change to x, and x reaches the layers above unchanged "
           "through the sum. Hover a cell of the residual to see its two summands.</p>");
    content.figures["input_0"] = s.input(p, 0);
    content.figures["sublayer_output_0"] = s.sublayerOutput(p, 0);
    content.figures["residual_0"] = s.residual(p, 0);
    return content;
}

StepContent TransformerBlockLesson::add(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder || !f.feedForward) return noEncoder();
    StepContent content = residualSum(f, f.attention ? *f.attention : *f.feedForward, false);
    if (!f.attention)
        content.explanation.prepend(tr("<p>This model has no attention: the sublayer here is the feed-forward "
                                       "network (step 5), F(x) its output.</p>"));
    else
        content.explanation.prepend(
            tr("<p>F is multi-head self-attention (step 2), in layer %1.</p>").arg(f.layer + 1));
    return content;
}

StepContent TransformerBlockLesson::layerNorm(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder || !f.feedForward) return noEncoder();
    const nn::SublayerTrace& s = f.attention ? *f.attention : *f.feedForward;
    const nn::LayerTrace& layer = f.encoder->layers.at(std::size_t(f.layer));
    const int index = int(&s - layer.sublayers.data());
    const bool pre = f.preNorm();
    const Matrix& before = pre ? s.input : s.residual; // what LayerNorm reads, R × d
    const Matrix& after = pre ? s.normedInput : s.output;
    // x̂ = (x − μ) / √(σ² + ε) from the trace's own μ and 1/√(σ² + ε), row by row (R × d).
    Matrix normalised = (before.colwise() - s.norm.mean).array().colwise() * s.norm.rstd.array();
    const std::string name = sp::encoderNormName(f.run->model(), f.layer, index);
    const RowVector gamma = sp::namedVector(f.run->model(), name + ".weight");
    const RowVector beta = sp::namedVector(f.run->model(), name + ".bias");
    Matrix parameters(2, gamma.size());
    parameters.row(0) = gamma;
    parameters.row(1) = beta;
    const int p = f.position;
    const double mean = s.norm.mean(p), rstd = s.norm.rstd(p);
    const double epsilon = nn::layerNormEpsilon;
    const double variance = 1.0 / (rstd * rstd) - epsilon; // σ² from 1/√(σ² + ε)
    const RowVector hat = normalised.row(p);

    StepContent content;
    const QString beforeTitle = pre ? tr("x: the sublayer's input") : tr("x + F(x): the residual");
    HeatmapData parametersMap{"gamma_beta",
                              tr("γ and β (%1)").arg(QString::fromStdString(name)),
                              std::move(parameters),
                              QStringList{"γ", "β"},
                              n::indexLabels(int(gamma.size())),
                              tr("parameter"),
                              tr("dimension"),
                              ColorScheme::Diverging,
                              nullptr};
    parametersMap.describe = [name](int row, int column, double value) {
        return tr("%1<sub>%2</sub> = %3 (%4.%5)")
            .arg(row == 0 ? "γ" : "β", QString::number(column + 1), n::number(value, 4), QString::fromStdString(name),
                 row == 0 ? "weight" : "bias");
    };
    content.plots = {
        followingPosition(sp::positionsByDimension("before", beforeTitle, ofRun(f.run, before), f.tokens), p),
        followingPosition(
            sp::positionsByDimension("normalised", tr("(x − μ) / √(σ² + ε)"), std::move(normalised), f.tokens), p),
        PlotContent{std::move(parametersMap)},
        followingPosition(
            sp::positionsByDimension("after", tr("LN = γ ⊙ (x − μ) / √(σ² + ε) + β"), ofRun(f.run, after), f.tokens),
            p)};
    content.sources = [](int plot, int row, int column) -> std::vector<SourceCell> {
        if (plot == 1) return {{0, row, -1}};                                     // μ and σ² are the whole row's
        if (plot == 3) return {{1, row, column}, {2, 0, column}, {2, 1, column}}; // γⱼ x̂ⱼ + βⱼ
        return {};
    };
    const QString placement =
        pre ? tr("<p>This model is <b>pre-norm</b> (GPT-2): LayerNorm normalises the sublayer's input x, the "
                 "sublayer reads LN(x), and the output is x + F(LN(x)).</p>")
            : tr("<p>This model is <b>post-norm</b> (the paper, note 004): LayerNorm normalises the residual "
                 "x + F(x), and the output is LN(x + F(x)).</p>");
    content.explanation =
        placement + tr("<p>LayerNorm works on each position's vector alone, over its d<sub>model</sub> = %1 "
                       "entries. At %2: the mean μ = %3, the variance σ² = %4 (from the pass's 1/√(σ² + ε) = %5, "
                       "with ε = %6), so √(σ² + ε) = %7.</p>"
                       "<p>(x − μ) / √(σ² + ε) = %8: mean 0, variance almost 1.</p>"
                       "<p>Then each entry is scaled and shifted by the learned γ = %9 and β = %10 (%11.weight and "
                       ".bias): LN = %12.</p>")
                        .arg(f.architecture().dModel)
                        .arg(tokenAt(f, p), n::number(mean, 4), n::number(variance, 4), n::number(rstd, 4))
                        .arg(n::number(epsilon, 5), n::number(1.0 / rstd, 4), sp::shortVector(hat),
                             sp::shortVector(gamma), sp::shortVector(beta), QString::fromStdString(name),
                             sp::shortVector(after.row(p)));
    content.figures["mean"] = mean;
    content.figures["variance"] = variance;
    content.figures["rstd"] = rstd;
    content.figures["epsilon"] = epsilon;
    content.figures["gamma_0"] = gamma.size() ? gamma(0) : 0.0;
    content.figures["beta_0"] = beta.size() ? beta(0) : 0.0;
    content.figures["norm_name"] = QString::fromStdString(name);
    return content;
}

StepContent TransformerBlockLesson::addAndNorm(const LessonInput& input, Cancellation& cancellation) const {
    const Focus f = focus(input, cancellation);
    if (!f.encoder || !f.feedForward) return noEncoder();
    StepContent content = residualSum(f, *f.feedForward, true);
    const bool last = f.layer + 1 == int(f.encoder->layers.size());
    const QString then =
        last ? (f.architecture().finalNorm
                    ? tr("<p>This is the last layer: a final LayerNorm then gives the encoder's output.</p>")
                    : tr("<p>This is the last layer: its output is the encoder's output.</p>"))
             : tr("<p>This output is the input x of layer %1, which does the same with its own weights.</p>")
                   .arg(f.layer + 2);
    const QString norm =
        f.preNorm() ? tr("<p>Pre-norm: the LayerNorm came before F (it read LN(x)), so the layer's output is the "
                         "residual itself.</p>")
                    : tr("<p>Post-norm: LayerNorm of the residual (step 4's computation with norm2's γ and β) "
                         "gives the layer's output.</p>");
    content.explanation = tr("<p>Add & Norm around the feed-forward network of layer %1.</p>").arg(f.layer + 1) +
                          content.explanation + norm + then;
    return content;
}

} // namespace al
