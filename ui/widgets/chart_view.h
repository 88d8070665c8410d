#pragma once
// Lines and bars with named axes and a legend: positional-encoding curves, the cost of
// attention against N, histograms of q·k, a softmax row as bars.
#include "ui/widgets/chart_data.h"
#include "ui/widgets/plot_view.h"

#include <QVector>

namespace al {

class ChartView : public PlotView {
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    // Draws `data` in place of what was drawn before.
    void setData(const ChartData& data);

    // Starts a new chart: everything drawn before is removed.
    void reset(const QString& id, const QString& title, const QString& xTitle, const QString& yTitle);
    void setLogarithmicY(bool logarithmic);
    void setXTickLabels(const QStringList& labels); // at x = 1, 2, …
    // Fits the axes to what was added and draws.
    void finish();

    int seriesCount() const { return plottableCount(); }

private:
    // A line, a line with markers or points alone, in the colour at `colourPlace` (−1: the next).
    void addLine(const ChartSeries& series, int colourPlace);
    void addBars(const QString& name, const QVector<double>& x, const QVector<double>& y, double width,
                 int colourPlace);
    QColor nextColour(int place);
    // Whether every x of the chart is a whole number (positions, distances, steps): then its ticks are too.
    static bool wholeNumbersOnX(const ChartData& data);
    static QSharedPointer<QCPAxisTicker> wholeNumberTicker();
    int added_ = 0;
};

// Counts of `values` in `bins` equal bins over [low, high]: (bin centres, counts).
std::pair<QVector<double>, QVector<double>> histogram(const QVector<double>& values, double low, double high, int bins);

} // namespace al
