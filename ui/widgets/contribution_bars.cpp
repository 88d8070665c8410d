#include "ui/widgets/contribution_bars.h"

#include "ui/notation.h"
#include "ui/widgets/color_schemes.h"

#include <algorithm>
#include <numeric>

namespace al {

ContributionBars::ContributionBars(QWidget* parent) : PlotView(parent) {
    xAxis->setLabel(tr("dimension of b"));
    yAxis->setLabel(tr("value"));
    xAxis->grid()->setVisible(false);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), font().pointSize() - 1));
    placeLegendBeside(); // inside the axis rect it would hide bars
}

void ContributionBars::setContributions(const QString& id, const QString& title, const Matrix& contributions,
                                        const RowVector& total, const QStringList& keyLabels) {
    clearPlottables();
    setIdAndTitle(id, title);
    const int keys = int(contributions.rows()), dims = int(contributions.cols());
    QVector<double> positions;
    for (int d = 0; d < dims; ++d)
        positions << d + 1;

    // One colour per key while there are colours enough; beyond that the keys that contribute
    // most (by Σ_d |α′_j v^j_d|) keep theirs and the rest are one grey segment, named as such.
    std::vector<int> named(static_cast<std::size_t>(keys));
    std::iota(named.begin(), named.end(), 0);
    Matrix others = Matrix::Zero(1, dims);
    int otherCount = 0;
    if (keys > seriesColourCount) {
        std::stable_sort(named.begin(), named.end(), [&](int a, int b) {
            return contributions.row(a).cwiseAbs().sum() > contributions.row(b).cwiseAbs().sum();
        });
        for (std::size_t k = seriesColourCount - 1; k < named.size(); ++k)
            others += contributions.row(named[k]);
        otherCount = keys - (seriesColourCount - 1);
        named.resize(seriesColourCount - 1);
        std::sort(named.begin(), named.end()); // in the keys' order
    }
    QCPBars* below = nullptr;
    auto addSegment = [&](const QString& name, const QColor& colour, const auto& heights) {
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setName(name);
        bars->setPen(QPen(colour.darker(130)));
        bars->setBrush(colour);
        bars->setWidth(0.6);
        QVector<double> values;
        for (int d = 0; d < dims; ++d)
            values << heights(d);
        bars->setData(positions, values);
        if (below) bars->moveAbove(below); // QCPBars stacks positive and negative parts apart
        below = bars;
    };
    for (std::size_t k = 0; k < named.size(); ++k) {
        const int j = named[k];
        addSegment(keyLabels.value(j, QString::number(j + 1)), seriesColour(int(k)), contributions.row(j));
    }
    if (otherCount > 0)
        addSegment(tr("the other %1 keys").arg(otherCount), QColor("#c8c8c8"), others.row(0)); // at least 2

    auto* sum = addGraph();
    sum->setName(tr("b (the sum)"));
    sum->setLineStyle(QCPGraph::lsNone);
    sum->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::black, Qt::white, 9));
    QVector<double> totals;
    for (int d = 0; d < dims; ++d)
        totals << total(d);
    sum->setData(positions, totals);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int d = 0; d < dims; ++d)
        ticker->addTick(d + 1, QString::number(d + 1));
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, dims + 0.6);
    // Fit the stacked extent: positive parts and negative parts add separately.
    double low = 0, high = 0;
    for (int d = 0; d < dims; ++d) {
        double positive = 0, negative = 0;
        for (int j = 0; j < keys; ++j)
            (contributions(j, d) > 0 ? positive : negative) += contributions(j, d);
        low = std::min({low, negative, total(d)});
        high = std::max({high, positive, total(d)});
    }
    const double margin = 0.08 * std::max(high - low, 1e-9);
    yAxis->setRange(low - margin, high + margin);
    replot(rpQueuedReplot);
}

void ContributionBars::fitToLayout() {
    int entry = 0;   // the tallest entry, and the gap below it
    int entries = 0; // a wrapped legend's grid has empty cells: itemCount() counts those too
    for (int i = 0; i < legend->itemCount(); ++i)
        if (const QCPAbstractLegendItem* item = legend->item(i))
            entry = std::max(entry, item->minimumOuterSizeHint().height()), ++entries;
    entry = std::max(entry, legend->iconSize().height()) + legend->rowSpacing();
    const QMargins frame = legend->margins();
    const int title = plotLayout()->element(0, 0)->minimumOuterSizeHint().height();
    const int room = viewport().height() - title - frame.top() - frame.bottom() - 2 * entry; // and spare lines
    const int rows = std::max(1, room / std::max(entry, 1));
    if (entries == 0) return;
    const int wrap = rows >= entries ? 0 : rows; // 0: one column, however long
    if (legend->wrap() == wrap) return;
    legend->setWrap(wrap);
    legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true); // down each column, then the next: rearranged
}

} // namespace al
