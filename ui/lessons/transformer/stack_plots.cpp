#include "ui/lessons/transformer/stack_plots.h"

#include "ui/notation.h"

#include <algorithm>

namespace al::stack_plots {

namespace n = notation;

HeatmapData positionsByDimension(const QString& id, const QString& title, SharedMatrix values,
                                 const QStringList& positions, const QString& columnAxis, const QString& rowAxis) {
    const int dimensions = int(values.cols());
    HeatmapData data{id,
                     title,
                     std::move(values),
                     positions,
                     n::indexLabels(dimensions),
                     rowAxis.isEmpty() ? QCoreApplication::translate("al::StackPlots", "position") : rowAxis,
                     columnAxis.isEmpty() ? QCoreApplication::translate("al::StackPlots", "dimension") : columnAxis,
                     ColorScheme::Diverging,
                     nullptr};
    data.describe = [title, positions](int row, int column, double value) {
        return QCoreApplication::translate("al::StackPlots", "%1: position %2, dimension %3 = %4")
            .arg(title.toHtmlEscaped(), positions.value(row).toHtmlEscaped(), QString::number(column + 1),
                 n::number(value, 4));
    };
    return data;
}

HeatmapData headAttention(const QString& id, const QString& title, SharedMatrix weights, const QStringList& queries,
                          const QStringList& keys) {
    HeatmapData data = attentionWeightsMap(id, title, std::move(weights), queries, keys);
    data.describe = [queries, keys](int row, int column, double value) {
        return QCoreApplication::translate("al::StackPlots", "%1 = %2: how much %3 attends to %4")
            .arg(n::sub("α′", row, column), n::number(value, 4), queries.value(row).toHtmlEscaped(),
                 keys.value(column).toHtmlEscaped());
    };
    return data;
}

PlotContent followingPosition(HeatmapData data, int position) {
    return plotOf(std::move(data), position);
}

void compareColours(StepContent& content, const std::vector<int>& plots) {
    std::vector<HeatmapData*> compared;
    for (int p : plots)
        if (auto* data = std::get_if<HeatmapData>(&content.plots.at(std::size_t(p)).data)) compared.push_back(data);
    shareColorRange(compared);
}

TransformerChoice clamped(TransformerChoice choice, int layers, int heads, int positions) {
    choice.layer = std::clamp(choice.layer, 0, std::max(layers - 1, 0));
    choice.head = std::clamp(choice.head, 0, std::max(heads - 1, 0));
    choice.position = std::clamp(choice.position, 0, std::max(positions - 1, 0));
    return choice;
}

const nn::SublayerTrace* sublayerOf(const nn::LayerTrace& layer, nn::SublayerKind kind) {
    for (const nn::SublayerTrace& sublayer : layer.sublayers)
        if (sublayer.kind == kind) return &sublayer;
    return nullptr;
}

RowVector namedVector(const nn::TransformerModel& model, const std::string& name) {
    const nn::NamedSlot* named = model.weights.layout().find(name);
    if (!named) return {};
    return model.weights.vector(named->slot);
}

std::string encoderNormName(const nn::TransformerModel& model, int layer, int index) {
    const int norm = model.architecture.attention ? index + 1 : 2; // the baseline keeps only norm2
    return "encoder.layers." + std::to_string(layer) + ".norm" + std::to_string(norm);
}

QString shortVector(const RowVector& values, int limit, int decimals) {
    if (values.size() <= limit + 1) return n::vector(values, decimals);
    QStringList parts;
    for (Eigen::Index d = 0; d < limit; ++d)
        parts << n::number(values(d), decimals);
    parts << QStringLiteral("…") << n::number(values(values.size() - 1), decimals);
    return "[" + parts.join(", ") + "]";
}

std::vector<int> repeatedPositions(const TransformerRun& run) {
    std::vector<int> positions;
    const std::vector<int>& ids = run.input();
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (std::count(ids.begin(), ids.end(), ids[i]) > 1) positions.push_back(int(i));
    return positions;
}

QString inputToken(const TransformerRun& run, int position) {
    const std::vector<int>& ids = run.input();
    if (position < 0 || position >= int(ids.size())) return {};
    return QString::fromStdString(run.model().vocabulary.at(std::size_t(ids[std::size_t(position)])));
}

} // namespace al::stack_plots
