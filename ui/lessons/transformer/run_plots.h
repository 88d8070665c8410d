#pragma once
// Small pieces the Transformer lessons build their plots from: a matrix of a run's trace
// shared without a copy, a chosen index clamped, bar charts over tokens or labels, and
// "same cell in every plot" hover links.
#include "ui/lessons/lesson.h"
#include "ui/lessons/transformer/transformer_run.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace al {

// A matrix inside one of `run`'s passes (pass() or generation()), shared without a copy: a
// run keeps its passes for as long as it lives, so the heatmap keeps the run alive.
inline SharedMatrix ofRun(const std::shared_ptr<const TransformerRun>& run, const Matrix& partOfRun) {
    return SharedMatrix(std::shared_ptr<const Matrix>(run, &partOfRun));
}
inline std::shared_ptr<const MaskMatrix> ofRun(const std::shared_ptr<const TransformerRun>& run,
                                               const MaskMatrix& partOfRun) {
    return {run, &partOfRun};
}

// A chosen index (layer, head, position, step) within 0 … count − 1; 0 when count is 0.
inline int clampIndex(int value, int count) {
    return std::clamp(value, 0, std::max(count - 1, 0));
}

// A token for an explanation: “c”, HTML-escaped.
inline QString quoted(const std::string& token) {
    return QStringLiteral("“%1”").arg(QString::fromStdString(token).toHtmlEscaped());
}

// A plot of a step, its row `outlineRow` outlined (−1 for none): the position the controls
// follow, so a click on another row of it follows that position (TransformerControls::takeQuery).
template <typename Data> PlotContent plotOf(Data data, int outlineRow = -1) {
    PlotContent plot;
    plot.data = std::move(data);
    plot.outlineRow = outlineRow;
    if (outlineRow >= 0) plot.clicks = PlotContent::Clicks::RowIsQuery;
    return plot;
}

// Bars at x = 1 … n, one per entry of `values` (a row of probabilities or logits), named
// by `ticks` under the axis.
inline ChartSeries barSeries(const QString& name, const RowVector& values, double offset = 0, double width = 0.7) {
    ChartSeries series;
    series.name = name;
    series.kind = ChartSeries::Kind::Bars;
    series.barWidth = width;
    for (Eigen::Index c = 0; c < values.size(); ++c) {
        series.x << double(c + 1) + offset;
        series.y << values[c];
    }
    return series;
}

// Hovering a cell outlines the same cell in each of `plots` (query–key pairs of one pass).
inline std::function<std::vector<SourceCell>(int, int, int)> sameCellIn(std::vector<int> plots) {
    return [plots = std::move(plots)](int, int row, int column) {
        std::vector<SourceCell> cells;
        for (int plot : plots)
            cells.push_back({plot, row, column});
        return cells;
    };
}

} // namespace al
