#pragma once
// What the heatmap tests share: labels, a heatmap's data in one call, and how to read its axes.
#include "ui/widgets/heatmap_view.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace al::test {

inline QStringList words(int count, const QString& prefix) {
    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels << QString("%1 %2%1").arg(i + 1).arg(prefix);
    return labels;
}

inline HeatmapData matrixData(const QString& id, SharedMatrix values, QStringList rows, QStringList columns,
                              ColorScheme scheme = ColorScheme::Diverging) {
    return HeatmapData{id, id, std::move(values), std::move(rows), std::move(columns), "query", "key", scheme, nullptr};
}

inline QVector<QString> asVector(const QStringList& list) {
    return QVector<QString>(list.begin(), list.end());
}

inline QString titleText(PlotView& view) {
    return qobject_cast<QCPTextElement*>(view.plotLayout()->element(0, 0))->text();
}

// Pixels between neighbouring ticks of `axis`, the smallest.
inline double closestTicks(QCPAxis* axis) {
    const QVector<double> ticks = axis->tickVector();
    double closest = std::numeric_limits<double>::infinity();
    for (int i = 1; i < ticks.size(); ++i)
        closest = std::min(closest, std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1])));
    return closest;
}

} // namespace al::test
