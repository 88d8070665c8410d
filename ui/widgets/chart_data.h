#pragma once
// What a chart shows: lines and bars with named axes, by value. Lessons build these off the
// GUI thread; ChartView only draws them.
#include <QString>
#include <QStringList>
#include <QVector>
#include <Qt>

#include <optional>
#include <utility>
#include <vector>

namespace al {

struct ChartSeries {
    enum class Kind { Line, LineWithMarkers, Markers, Bars }; // Markers: points without a line (a scatter)
    QString name;                                             // the legend's entry
    QVector<double> x, y;
    Kind kind = Kind::Line;
    double barWidth = 0.7; // in x units, for bars
    // The colour's place in the chart's series colours (seriesColour), so that two series of
    // one thing (its points and their mean) share it; −1: the next colour in order.
    int colour = -1;
};

struct ChartData {
    QString id; // file-name-safe and unique within a step, e.g. "curves"
    QString title;
    QString xTitle, yTitle;
    std::vector<ChartSeries> series;
    bool logarithmicY = false;
    QStringList xTickLabels; // at x = 1, 2, …; none for a numeric axis
    // The x axis's span when it must not follow the data (curves of a run drawn over all of its
    // steps, however few points each has); nullopt: fitted to the data.
    std::optional<std::pair<double, double>> xRange;
    std::optional<std::pair<double, double>> yRange; // the same for y (accuracy: 0 … 100)
    // The legend inside the plot, in that corner (where the curves leave room), rather than
    // beside it, where it takes width the curves need; nullopt: beside.
    std::optional<Qt::Alignment> legendCorner;
};

} // namespace al
