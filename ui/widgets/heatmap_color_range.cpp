#include "ui/widgets/heatmap_color_range.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace al {

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
} // namespace

std::pair<double, double> finiteRange(const SharedMatrix& values) {
    double low = infinity, high = -infinity;
    const Matrix* plain = values.plain();
    if (!plain) { // a mask, or masked entries: one at a time
        for (Eigen::Index r = 0; r < values.rows(); ++r)
            for (Eigen::Index c = 0; c < values.cols(); ++c) {
                const double entry = values(r, c);
                if (std::abs(entry) < infinity) low = std::min(low, entry), high = std::max(high, entry);
            }
        return {low, high};
    }
    const double* entry = plain->data();
#pragma omp simd reduction(min : low) reduction(max : high)
    for (Eigen::Index i = 0; i < plain->size(); ++i) {
        const bool finite = std::abs(entry[i]) < infinity; // not NaN either
        low = std::min(low, finite ? entry[i] : infinity);
        high = std::max(high, finite ? entry[i] : -infinity);
    }
    return {low, high};
}

std::optional<QCPRange> fixedSpan(const ColorRange& range, ColorScheme scheme) {
    if (range.fixed && std::isfinite(range.low) && std::isfinite(range.high)) return QCPRange(range.low, range.high);
    if (scheme == ColorScheme::Weights) return QCPRange(0, 1);
    return std::nullopt;
}

QCPRange colourSpan(const ColorRange& range, bool fitToData, ColorScheme scheme, double low, double high) {
    const std::optional<QCPRange> fixed = fitToData ? std::nullopt : fixedSpan(range, scheme);
    if (fixed)
        low = std::min(low, fixed->lower), high = std::max(high, fixed->upper);
    else
        low = std::min(low, 0.0), high = std::max(high, 0.0);
    if (scheme == ColorScheme::Diverging) {
        const double bound = std::max({std::abs(low), std::abs(high), 1e-12});
        return QCPRange(-bound, bound); // white at exactly zero
    }
    return QCPRange(low, std::max(high, low + 1e-12));
}

void shareColorRange(const std::vector<HeatmapData*>& plots) {
    double low = 0, high = 0; // the data's span, and 0
    for (const HeatmapData* plot : plots) {
        const auto [plotLow, plotHigh] = finiteRange(plot->values);
        low = std::min(low, plotLow);
        high = std::max(high, plotHigh);
        if (const auto fixed = fixedSpan(plot->colorRange, plot->scheme))
            low = std::min(low, fixed->lower), high = std::max(high, fixed->upper);
    }
    for (HeatmapData* plot : plots)
        plot->colorRange = ColorRange{true, low, high, true};
}

} // namespace al
