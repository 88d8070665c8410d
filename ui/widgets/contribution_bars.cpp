#include "ui/widgets/contribution_bars.h"

#include "ui/notation.h"
#include "ui/widgets/color_schemes.h"

namespace al {

ContributionBars::ContributionBars(QWidget* parent) : PlotView(parent) {
    xAxis->setLabel(tr("dimension of b"));
    yAxis->setLabel(tr("value"));
    xAxis->grid()->setVisible(false);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), font().pointSize() - 1));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void ContributionBars::setContributions(const QString& id, const QString& title, const Matrix& contributions,
                                        const RowVector& total, const QStringList& keyLabels) {
    clearPlottables();
    setIdAndTitle(id, title);
    const int keys = int(contributions.rows()), dims = int(contributions.cols());
    QVector<double> positions;
    for (int d = 0; d < dims; ++d) positions << d + 1;
    QCPBars* below = nullptr;
    for (int j = 0; j < keys; ++j) {
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setName(keyLabels.value(j));
        const QColor colour = seriesColour(j);
        bars->setPen(QPen(colour.darker(130)));
        bars->setBrush(colour);
        bars->setWidth(0.6);
        QVector<double> heights;
        for (int d = 0; d < dims; ++d) heights << contributions(j, d);
        bars->setData(positions, heights);
        if (below) bars->moveAbove(below); // QCPBars stacks positive and negative parts apart
        below = bars;
        if (keys > 12) bars->removeFromLegend();
    }
    auto* sum = addGraph();
    sum->setName(tr("b (the sum)"));
    sum->setLineStyle(QCPGraph::lsNone);
    sum->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::black, Qt::white, 9));
    QVector<double> totals;
    for (int d = 0; d < dims; ++d) totals << total(d);
    sum->setData(positions, totals);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int d = 0; d < dims; ++d) ticker->addTick(d + 1, QString::number(d + 1));
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, dims + 0.6);
    // Fit the stacked extent: positive parts and negative parts add separately.
    double low = 0, high = 0;
    for (int d = 0; d < dims; ++d) {
        double positive = 0, negative = 0;
        for (int j = 0; j < keys; ++j) (contributions(j, d) > 0 ? positive : negative) += contributions(j, d);
        low = std::min({low, negative, total(d)});
        high = std::max({high, positive, total(d)});
    }
    const double margin = 0.08 * std::max(high - low, 1e-9);
    yAxis->setRange(low - margin, high + margin);
    replot(rpQueuedReplot);
}

} // namespace al
