#pragma once
// Checks the GPT and classification lesson tests share: find a plot of a step by id, compare
// a heatmap with a matrix, and require that nothing shown is NaN.
#include "core/base/matrix.h"
#include "ui/lessons/step_content.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>

namespace al::test {

inline const HeatmapData* heatmapOf(const StepContent& content, const QString& id) {
    for (const PlotContent& plot : content.plots)
        if (const auto* data = std::get_if<HeatmapData>(&plot.data); data && data->id == id) return data;
    return nullptr;
}

inline const ChartData* chartOf(const StepContent& content, const QString& id) {
    for (const PlotContent& plot : content.plots)
        if (const auto* data = std::get_if<ChartData>(&plot.data); data && data->id == id) return data;
    return nullptr;
}

inline int plotIndex(const StepContent& content, const QString& id) {
    for (std::size_t p = 0; p < content.plots.size(); ++p)
        if (content.plots[p].id() == id) return int(p);
    return -1;
}

// Every entry of the heatmap equals `expected` within `tolerance` (0: exactly).
inline void requireEqual(const HeatmapData* data, const Matrix& expected, double tolerance = 0) {
    REQUIRE(data != nullptr);
    REQUIRE(data->values.rows() == expected.rows());
    REQUIRE(data->values.cols() == expected.cols());
    for (Eigen::Index r = 0; r < expected.rows(); ++r)
        for (Eigen::Index c = 0; c < expected.cols(); ++c)
            if (tolerance == 0)
                CHECK(data->values(r, c) == expected(r, c));
            else
                CHECK(std::abs(data->values(r, c) - expected(r, c)) <= tolerance);
}

// A matrix of a transformer-trace@1 file: rows of numbers.
inline Matrix matrixOf(const nlohmann::json& rows) {
    Matrix m(Eigen::Index(rows.size()), rows.empty() ? 0 : Eigen::Index(rows[0].size()));
    for (Eigen::Index r = 0; r < m.rows(); ++r)
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            m(r, c) = rows[std::size_t(r)][std::size_t(c)].get<double>();
    return m;
}

// No plot shows a NaN (a masked score is −∞, drawn as such, not a NaN), the explanation is
// there and names no "nan".
inline void requireNoNan(const StepContent& content) {
    CHECK_FALSE(content.explanation.isEmpty());
    CHECK_FALSE(content.explanation.contains("nan", Qt::CaseInsensitive));
    for (const PlotContent& plot : content.plots) {
        if (const auto* heatmap = std::get_if<HeatmapData>(&plot.data)) {
            for (Eigen::Index r = 0; r < heatmap->values.rows(); ++r)
                for (Eigen::Index c = 0; c < heatmap->values.cols(); ++c)
                    if (!heatmap->values.isMasked(r, c)) CHECK(std::isfinite(heatmap->values(r, c)));
            CHECK(heatmap->rowLabels.size() == heatmap->values.rows());
            CHECK(heatmap->columnLabels.size() == heatmap->values.cols());
            CHECK_FALSE(heatmap->rowAxisTitle.isEmpty());
            CHECK_FALSE(heatmap->columnAxisTitle.isEmpty());
        } else if (const auto* chart = std::get_if<ChartData>(&plot.data)) {
            for (const ChartSeries& series : chart->series)
                for (double y : series.y)
                    CHECK(std::isfinite(y));
        }
    }
}

} // namespace al::test
