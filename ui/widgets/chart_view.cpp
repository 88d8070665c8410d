#include "ui/widgets/chart_view.h"

#include "ui/widgets/color_schemes.h"

#include <cmath>

namespace al {

ChartView::ChartView(QWidget* parent) : PlotView(parent) {
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), font().pointSize() - 1));
    placeLegendBeside(); // inside the axis rect it would cover lines and bars
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

void ChartView::reset(const QString& id, const QString& title, const QString& xTitle, const QString& yTitle) {
    clearPlottables();
    added_ = 0;
    setIdAndTitle(id, title);
    xAxis->setLabel(xTitle);
    yAxis->setLabel(yTitle);
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    setLogarithmicY(false);
}

void ChartView::setData(const ChartData& data) {
    reset(data.id, data.title, data.xTitle, data.yTitle);
    setLogarithmicY(data.logarithmicY);
    placeLegendInside(data.legendCorner);
    for (const ChartSeries& series : data.series) {
        if (series.kind == ChartSeries::Kind::Bars)
            addBars(series.name, series.x, series.y, series.barWidth, series.colour);
        else
            addLine(series, series.colour);
    }
    if (!data.xTickLabels.isEmpty())
        setXTickLabels(data.xTickLabels);
    else if (wholeNumbersOnX(data))
        xAxis->setTicker(wholeNumberTicker());
    finish();
    if (data.xRange) {
        const auto [low, high] = *data.xRange;
        const double margin = 0.02 * std::max(high - low, 1.0);
        xAxis->setRange(low - margin, high + margin);
    }
    if (data.yRange) {
        const auto [low, high] = *data.yRange;
        const double margin = 0.04 * std::max(high - low, 1e-9);
        yAxis->setRange(low - margin, high + margin);
    }
}

bool ChartView::wholeNumbersOnX(const ChartData& data) {
    bool any = false;
    for (const ChartSeries& series : data.series)
        for (double x : series.x) {
            if (x != std::round(x)) return false;
            any = true;
        }
    return any;
}

QSharedPointer<QCPAxisTicker> ChartView::wholeNumberTicker() {
    // Steps of 1, or of 2, 5, 10 … when they would crowd: never a tick at 2.5 between positions.
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    return ticker;
}

QColor ChartView::nextColour(int place) {
    if (place >= 0) return seriesColour(place);
    return seriesColour(added_++);
}

void ChartView::addLine(const ChartSeries& series, int colourPlace) {
    QCPGraph* graph = addGraph();
    graph->setName(series.name);
    if (series.name.isEmpty()) graph->removeFromLegend(); // named by another series of its colour
    const QColor colour = nextColour(colourPlace);
    // Qt strokes a wide pen point by point: a long, jagged line (sin curves over 2000
    // positions) took seconds with width 2. A long line gets the hairline fast path.
    const bool longLine = series.x.size() > 300;
    graph->setPen(QPen(colour, longLine ? 1 : 2));
    if (longLine) graph->setAntialiased(false);
    if (series.kind == ChartSeries::Kind::Markers) {
        // Points only, half transparent so that a crowd of them shows where it is dense.
        QColor fill = colour;
        fill.setAlpha(110);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1), fill, 6));
        graph->setData(series.x, series.y); // unsorted: points keep their order
        return;
    }
    if (series.kind == ChartSeries::Kind::LineWithMarkers)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 6));
    graph->setData(series.x, series.y, true);
}

void ChartView::addBars(const QString& name, const QVector<double>& x, const QVector<double>& y, double width,
                        int colourPlace) {
    auto* bars = new QCPBars(xAxis, yAxis);
    bars->setName(name);
    QColor colour = nextColour(colourPlace);
    bars->setPen(QPen(colour.darker(130)));
    colour.setAlpha(170); // overlapping histograms stay readable
    bars->setBrush(colour);
    bars->setWidth(width);
    bars->setData(x, y, true);
}

void ChartView::setLogarithmicY(bool logarithmic) {
    yAxis->setScaleType(logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (logarithmic)
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
}

void ChartView::setXTickLabels(const QStringList& labels) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels[i]);
    xAxis->setTicker(ticker);
}

void ChartView::finish() {
    rescaleAxes();
    const QCPRange x = xAxis->range();
    xAxis->setRange(x.lower - 0.04 * x.size() - 0.5 * (x.size() == 0),
                    x.upper + 0.04 * x.size() + 0.5 * (x.size() == 0));
    const QCPRange y = yAxis->range();
    if (yAxis->scaleType() == QCPAxis::stLinear)
        yAxis->setRange(std::min(0.0, y.lower - 0.05 * y.size()), y.upper + 0.08 * std::max(y.size(), 1e-9));
    else // a logarithmic axis: a factor of room at either end
        yAxis->setRange(y.lower / 2, y.upper * 2);
    replot(rpQueuedReplot);
}

std::pair<QVector<double>, QVector<double>> histogram(const QVector<double>& values, double low, double high,
                                                      int bins) {
    QVector<double> centres(bins), counts(bins, 0.0);
    const double width = (high - low) / bins;
    for (int b = 0; b < bins; ++b)
        centres[b] = low + (b + 0.5) * width;
    for (double value : values) {
        const int bin = int(std::floor((value - low) / width));
        if (bin >= 0 && bin < bins) counts[bin] += 1;
    }
    return {centres, counts};
}

} // namespace al
