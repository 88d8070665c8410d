#include "ui/lessons/rnn/rnn_plots.h"

#include "ui/lessons/rnn/rnn_lesson.h"
#include "ui/notation.h"

#include <cmath>

namespace al {

namespace n = notation;

namespace {
QStringList outputLabels(Layer layer, int count) {
    QStringList labels;
    for (int t = 0; t < count; ++t)
        labels << n::plainSup(outputSymbol(layer), t);
    return labels;
}

// The chart's colour of each layer: its points and their mean share it.
int colourOf(Layer layer) {
    return layer == Layer::Recurrent ? 0 : 1;
}
} // namespace

ChartData memoryChart(const RnnComparison& shown, const RnnComparison* original) {
    ChartData chart;
    chart.id = QStringLiteral("memory");
    chart.title = RnnLesson::tr("Mean influence against distance");
    chart.xTitle = RnnLesson::tr("distance |t − s| between output t and input s");
    chart.yTitle = RnnLesson::tr("mean ‖∂out/∂a‖ (log scale)");
    chart.logarithmicY = true;
    const auto meanOf = [](const Matrix& influence, const MaskMatrix& pairs, const QString& name, int colour,
                           bool markers) {
        const DistanceProfile profile = distanceProfile(influence, pairs, true);
        ChartSeries series{name, profile.distance, profile.mean,
                           markers ? ChartSeries::Kind::LineWithMarkers : ChartSeries::Kind::Line};
        series.colour = colour;
        return series;
    };
    chart.series.push_back(
        meanOf(shown.rnn, shown.rnnPairs, RnnLesson::tr("RNN, W_h × %1").arg(n::number(shown.memory, 2)), 0, true));
    if (original)
        chart.series.push_back(meanOf(original->rnn, original->rnnPairs, RnnLesson::tr("RNN, W_h × 1"), 2, false));
    chart.series.push_back(meanOf(shown.attention, shown.attentionPairs, layerName(Layer::SelfAttention), 1, false));
    const int count = int(shown.rnn.rows());
    chart.xRange = std::make_pair(0.0, double(std::max(count - 1, 1)));
    chart.legendCorner = Qt::AlignBottom | Qt::AlignLeft;
    return chart;
}

QString layerName(Layer layer) {
    return layer == Layer::Recurrent ? RnnLesson::tr("RNN") : RnnLesson::tr("self-attention");
}

QString outputSymbol(Layer layer) {
    return layer == Layer::Recurrent ? QStringLiteral("h") : QStringLiteral("b");
}

SequenceDiagramData layerDiagram(Layer layer, const RnnComparison& comparison, const QStringList& tokens, int computed,
                                 int current, int from, int to, const QString& caption) {
    SequenceDiagramData diagram;
    const int count = int(tokens.size());
    diagram.kind =
        layer == Layer::Recurrent ? SequenceDiagramData::Kind::Recurrent : SequenceDiagramData::Kind::SelfAttention;
    diagram.id = layer == Layer::Recurrent ? QStringLiteral("rnn_layer") : QStringLiteral("attention_layer");
    diagram.title = layer == Layer::Recurrent ? RnnLesson::tr("RNN: hᵗ = tanh(W_x aᵗ + W_h hᵗ⁻¹ + b)")
                                              : RnnLesson::tr("Self-attention: bᵗ = Σₛ α′ₜ,ₛ vˢ");
    diagram.inputLabels = tokens;
    diagram.outputLabels = outputLabels(layer, count);
    diagram.computed = computed;
    diagram.current = current;
    diagram.pathFrom = from;
    diagram.pathTo = to;
    diagram.caption = caption;
    if (layer == Layer::SelfAttention && comparison.attention.size() > 0) {
        const double largest = comparison.attention.maxCoeff();
        diagram.links = largest > 0 ? Matrix(comparison.attention / largest) : comparison.attention;
    }
    return diagram;
}

PlotContent influenceMap(Layer layer, const Matrix& influence, const QStringList& tokens, bool logarithmic,
                         const QString& title) {
    const QString out = outputSymbol(layer);
    const bool recurrent = layer == Layer::Recurrent;
    HeatmapData map{recurrent ? QStringLiteral("rnn_influence") : QStringLiteral("attention_influence"),
                    title,
                    SharedMatrix(),
                    tokens,
                    tokens,
                    recurrent ? RnnLesson::tr("output hᵗ") : RnnLesson::tr("output bᵗ (query)"),
                    recurrent ? RnnLesson::tr("input aˢ") : RnnLesson::tr("input aˢ (key)"),
                    ColorScheme::Sequential,
                    nullptr};
    if (logarithmic) {
        // log₁₀ I where I > 0; the zeros (no path at all) as gaps rather than −∞ colours.
        auto reaches = std::make_shared<MaskMatrix>((influence.array() > 0).cast<std::uint8_t>());
        Matrix logs = influence.unaryExpr([](double v) { return v > 0 ? std::log10(v) : 0.0; });
        map.values = SharedMatrix(std::move(logs)).maskedBy(reaches);
        map.maskedAreGaps = true; // no −∞ written in them: there is simply no influence
    } else {
        map.values = SharedMatrix(influence);
    }
    const auto values = std::make_shared<const Matrix>(influence);
    map.describe = [out, recurrent, values](int t, int s, double) {
        const double value = (*values)(t, s);
        const QString what = RnnLesson::tr("‖∂%1/∂%2‖ = %3").arg(n::sup(out, t), n::sup("a", s), n::number(value, 4));
        if (value > 0)
            return RnnLesson::tr("%1: how far %2 moves when %3 moves (at distance %4)")
                .arg(what, n::sup(out, t), n::sup("a", s))
                .arg(std::abs(t - s));
        if (recurrent && s > t)
            return RnnLesson::tr("%1: %2 is computed before %3 is read").arg(what, n::sup(out, t), n::sup("a", s));
        return RnnLesson::tr("%1: the mask keeps %2 from %3").arg(what, n::sup("a", s), n::sup(out, t));
    };
    PlotContent plot;
    plot.data = std::move(map);
    plot.clicks = PlotContent::Clicks::RowIsQuery;
    return plot;
}

ChartData distanceChart(const RnnComparison& comparison, bool logarithmic) {
    ChartData chart;
    chart.id = QStringLiteral("distance");
    chart.title = RnnLesson::tr("Influence against distance |t − s| (dots: each pair; line: their mean)");
    chart.xTitle = RnnLesson::tr("distance |t − s| between output t and input s");
    chart.yTitle =
        logarithmic ? RnnLesson::tr("influence ‖∂out/∂a‖ (log scale)") : RnnLesson::tr("influence ‖∂out/∂a‖");
    chart.logarithmicY = logarithmic;
    for (Layer layer : {Layer::Recurrent, Layer::SelfAttention}) {
        const bool recurrent = layer == Layer::Recurrent;
        const DistanceProfile profile =
            recurrent ? distanceProfile(comparison.rnn, comparison.rnnPairs, logarithmic)
                      : distanceProfile(comparison.attention, comparison.attentionPairs, logarithmic);
        // The points without a legend entry of their own: the mean's colour names them.
        ChartSeries points{QString(), profile.pointDistance, profile.pointInfluence, ChartSeries::Kind::Markers};
        points.colour = colourOf(layer);
        ChartSeries mean{layerName(layer), profile.distance, profile.mean, ChartSeries::Kind::LineWithMarkers};
        mean.colour = colourOf(layer);
        chart.series.push_back(std::move(points));
        chart.series.push_back(std::move(mean));
    }
    const int count = int(comparison.rnn.rows());
    chart.xRange = std::make_pair(0.0, double(std::max(count - 1, 1)));
    chart.legendCorner = Qt::AlignTop | Qt::AlignRight;
    return chart;
}

} // namespace al
