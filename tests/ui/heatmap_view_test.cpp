// The plot widgets on their own: a heatmap's axes always show the data it was last given
// (from the first replot after the change), tick labels never overlap, titles are never cut,
// masked entries and overflows read differently, colour scales can be shared, legends stay
// off the data and pictures leave out the passing marks unless asked.
#include "tests/ui/heatmap_checks.h"
#include "ui/widgets/contribution_bars.h"
#include "ui/widgets/heatmap_view.h"
#include "ui/widgets/matrix_color_map.h"
#include "ui/widgets/plot_files.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <limits>
#include <set>

using namespace al;
using namespace al::test;

TEST_CASE("a heatmap's axes show the data it was given last, from the first replot", "[heatmap]") {
    HeatmapView view;
    view.resize(600, 500);
    view.show();
    const QStringList tokens = words(11, "token");
    view.setData(matrixData("a", Matrix::Random(11, 11), tokens, tokens));
    QApplication::processEvents();
    view.replot();
    CHECK(view.yAxis->tickVectorLabels() == asVector(tokens));

    // Another shape and other labels, then exactly one replot: what it draws is the new data's.
    const QStringList rows = {"1 w", "2 x", "3 y", "4 z"};
    view.setData(matrixData("b", Matrix::Random(4, 1), rows, {"only"}));
    view.replot();
    CHECK(view.yAxis->tickVectorLabels() == asVector(rows));
    CHECK(view.yAxis->tickVector() == QVector<double>{0, 1, 2, 3});
    CHECK(view.xAxis->tickVectorLabels() == QVector<QString>{"only"});
    CHECK(view.xAxis->tickVector() == QVector<double>{0});
    // The ranges show the whole new matrix, with square cells.
    CHECK(view.yAxis->range().lower <= -0.5);
    CHECK(view.yAxis->range().upper >= 3.5);
    CHECK(view.yAxis->range().upper - view.yAxis->range().lower < 4.5);
    const double perColumn = view.axisRect()->width() / view.xAxis->range().size();
    const double perRow = view.axisRect()->height() / view.yAxis->range().size();
    CHECK(perColumn == Approx(perRow).epsilon(0.01));

    // A new size and a new font: again right from the first replot.
    view.setData(matrixData("c", Matrix::Random(3, 7), words(3, "r"), words(7, "c")));
    view.resize(700, 800);
    view.setFont(QFont(view.font().family(), 16));
    view.replot();
    CHECK(view.yAxis->tickVectorLabels() == asVector(words(3, "r")));
    CHECK(view.xAxis->tickVector().size() == 7);
}

TEST_CASE("tick labels never overlap: turned when upright they would not fit, thinned at large N", "[heatmap]") {
    HeatmapView view;
    view.resize(560, 500);
    view.show();
    const QFontMetrics metrics(view.xAxis->tickLabelFont());

    SECTION("eleven token names turn by 45° and keep their distance") {
        const QStringList tokens = words(11, "a-long-token");
        view.setData(matrixData("tokens", Matrix::Random(11, 11), tokens, tokens));
        view.replot();
        CHECK(view.xAxis->tickVectorLabels() == asVector(tokens));
        CHECK(view.xAxis->tickLabelRotation() == -45);
        CHECK(closestTicks(view.xAxis) * std::sqrt(0.5) >= metrics.height());
        // The first label, reaching left of its tick, stays inside the plot.
        const double reach = (metrics.horizontalAdvance(tokens[0]) + metrics.height()) * std::sqrt(0.5);
        CHECK(view.xAxis->coordToPixel(0) - reach >= 0);
    }
    SECTION("2000 tokens: 1-based positions from 1 at a regular stride, upright, apart") {
        const QStringList tokens = words(2000, "w");
        view.setData(matrixData("large", Matrix::Zero(2000, 2000), tokens, tokens));
        view.replot();
        for (QCPAxis* axis : {view.xAxis, view.yAxis}) {
            const QVector<double> ticks = axis->tickVector();
            const QVector<QString> labels = axis->tickVectorLabels();
            REQUIRE(ticks.size() >= 2);
            CHECK(ticks.size() < 100);
            const int stride = int(ticks[1] - ticks[0]);
            for (int i = 0; i < ticks.size(); ++i) {
                CHECK(labels[i] == QString::number(int(ticks[i]) + 1)); // 1-based positions
                CHECK(int(ticks[i]) == i * stride);                     // 1, 1 + stride, 1 + 2·stride…
            }
        }
        CHECK(view.xAxis->tickLabelRotation() == 0);
        CHECK(closestTicks(view.xAxis) >= metrics.horizontalAdvance("2000") + 2);
        CHECK(closestTicks(view.yAxis) >= metrics.height());
    }
}

TEST_CASE("a title too wide for the plot is wrapped, never cut", "[heatmap]") {
    HeatmapView view;
    view.resize(240, 300);
    view.show();
    const QString title = "Weights α′, renormalised over the keys the mask allows, in the original order";
    HeatmapData data = matrixData("t", Matrix::Random(3, 3), words(3, "r"), words(3, "c"));
    data.title = title;
    view.setData(data);
    view.replot();
    const QString shown = titleText(view);
    CHECK(shown.contains('\n'));
    CHECK_FALSE(shown.contains(QChar(0x2026))); // no ellipsis
    CHECK(QString(shown).replace('\n', ' ').remove(' ') == QString(title).remove(' '));
    // Wide enough: one line, as given.
    view.resize(1400, 400);
    view.setData(data);
    view.replot();
    CHECK(titleText(view) == title);
}

TEST_CASE("a masked entry reads −∞ (masked), an overflow reads as what it is", "[heatmap]") {
    constexpr double infinity = std::numeric_limits<double>::infinity();
    Matrix scores(2, 3);
    scores << 0.5, std::numeric_limits<double>::quiet_NaN(), infinity, -infinity, 1.0, 2.0;
    auto mask = std::make_shared<MaskMatrix>(2, 3);
    mask->setOnes();
    (*mask)(1, 2) = 0;
    HeatmapData data =
        matrixData("s", SharedMatrix(std::move(scores)).maskedBy(mask), {"q1", "q2"}, {"k1", "k2", "k3"});
    CHECK(data.values.isMasked(1, 2));
    CHECK_FALSE(data.values.isMasked(0, 1));

    HeatmapView view;
    view.resize(500, 400);
    view.setData(data);
    CHECK(view.cellText(1, 2) == "−∞");
    CHECK(view.describeCell(1, 2).contains("masked"));
    CHECK(view.cellText(0, 1) == "∞ − ∞");
    CHECK(view.cellText(0, 2) == "+∞");
    CHECK(view.cellText(1, 0) == "−∞");
    for (auto [row, column] : {std::pair{0, 1}, {0, 2}, {1, 0}}) {
        INFO(row << ", " << column);
        CHECK(view.describeCell(row, column).contains("overflow"));
        CHECK_FALSE(view.describeCell(row, column).contains("masked"));
    }
    CHECK(matrixCsv(data) == "query \\ key,k1,k2,k3\r\nq1,0.5,nan,inf\r\nq2,-inf,1,-inf\r\n");

    // In the picture: the masked cell grey, the overflowed NaN in a colour of its own.
    view.show();
    view.replot();
    const QImage picture = view.image().toImage();
    const double corner = 0.4 * view.axisRect()->width() / view.xAxis->range().size(); // off the cell's text
    auto colourAt = [&](int row, int column) {
        return picture.pixelColor(int(view.xAxis->coordToPixel(column) + corner),
                                  int(view.yAxis->coordToPixel(row) + corner));
    };
    CHECK(colourAt(1, 2) == QColor("#d9d9d9"));
    CHECK(colourAt(0, 1) == MatrixColorMap::overflowColour());
}

TEST_CASE("α′ is on the fixed scale 0 … 1 unless fitted to its data, and compared plots share one scale", "[heatmap]") {
    HeatmapView view;
    view.resize(400, 400);
    const Matrix flat = Matrix::Constant(4, 4, 0.08) + 0.02 * Matrix::Identity(4, 4);
    view.setData(matrixData("w", flat, words(4, "q"), words(4, "k"), ColorScheme::Weights));
    CHECK(view.colorRange().lower == 0);
    CHECK(view.colorRange().upper == 1);
    view.setFitColorsToData(true);
    CHECK(view.colorRange().upper == Approx(0.10));
    CHECK(view.colorsFollowData());
    view.setFitColorsToData(false);
    // ReLU "weights" above 1 widen the scale: no cell is coloured beyond it.
    view.setData(matrixData("relu", 30 * flat, words(4, "q"), words(4, "k"), ColorScheme::Weights));
    CHECK(view.colorRange().upper == Approx(3.0));

    HeatmapData small = matrixData("small", Matrix::Constant(2, 2, 0.5), words(2, "a"), words(2, "b"));
    HeatmapData large = matrixData("large", Matrix::Constant(2, 2, -4.0), words(2, "a"), words(2, "b"));
    shareColorRange({&small, &large});
    HeatmapView left, right;
    left.setData(small);
    right.setData(large);
    CHECK(left.colorRange().lower == right.colorRange().lower);
    CHECK(left.colorRange().upper == right.colorRange().upper);
    CHECK(left.colorRange().upper == 4.0); // diverging: symmetric, white at 0
    CHECK_FALSE(left.colorsFollowData());
}

TEST_CASE("the bar chart's legend is beside the bars and every key has its own colour", "[heatmap]") {
    ContributionBars bars;
    bars.resize(700, 450);
    bars.show();
    const int keys = 11, dims = 4;
    const Matrix contributions = Matrix::Random(keys, dims);
    bars.setContributions("b", "b", contributions, contributions.colwise().sum(), words(keys, "key"));
    bars.replot();
    std::set<QRgb> colours;
    for (int p = 0; p < bars.plottableCount(); ++p)
        if (auto* segment = qobject_cast<QCPBars*>(bars.plottable(p))) colours.insert(segment->brush().color().rgb());
    CHECK(colours.size() == std::size_t(keys));
    CHECK_FALSE(bars.legend->outerRect().intersects(bars.axisRect()->rect()));
    CHECK(bars.legend->itemCount() == keys + 1); // and b

    // More keys than colours: the largest keep theirs, the rest are one grey segment, named.
    const Matrix many = Matrix::Random(40, dims);
    bars.setContributions("b", "b", many, many.colwise().sum(), words(40, "key"));
    CHECK(bars.legend->itemCount() == seriesColourCount + 1);
}

TEST_CASE("outlines are left out of pictures unless chosen", "[heatmap]") {
    QSettings().remove("export/includeMarks");
    CHECK_FALSE(PlotView::marksInPictures());
    PlotView::setMarksInPictures(true);
    CHECK(PlotView::marksInPictures());
    QSettings().remove("export/includeMarks");
}
