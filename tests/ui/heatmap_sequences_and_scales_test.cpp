// A heatmap's rows and columns as two sequences (queries × keys, as cross-attention has them),
// fixed and shared colour ranges across new data, the user's zoom across new data of the
// same shape, and a mask drawn as a mask.
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

namespace {
// Cross-attention's shape: the rows are one sequence (3 output tokens, the queries), the
// columns another (4 input tokens, the keys).
const QStringList outputTokens = {"1 <bos>", "2 uno", "3 dos"};
const QStringList inputTokens = {"1 one", "2 two", "3 three", "4 four"};

HeatmapData crossAttention(QStringList rows = outputTokens, QStringList columns = inputTokens) {
    Matrix weights(rows.size(), columns.size());
    for (int r = 0; r < weights.rows(); ++r)
        for (int c = 0; c < weights.cols(); ++c)
            weights(r, c) = 10 * r + c; // which cell is which
    return HeatmapData{"cross",          "cross",       std::move(weights),   std::move(rows), std::move(columns),
                       "query (output)", "key (input)", ColorScheme::Weights, nullptr};
}

// Where the view's cell (row, column) is on screen.
QPoint cellCentre(const HeatmapView& view, int row, int column) {
    return QPoint(int(view.xAxis->coordToPixel(column)), int(view.yAxis->coordToPixel(row)));
}

// The outlines drawn over the cells, as (left, top, right, bottom) in cell coordinates.
std::vector<QRectF> outlines(HeatmapView& view) {
    std::vector<QRectF> found;
    for (int i = 0; i < view.itemCount(); ++i)
        if (auto* rect = qobject_cast<QCPItemRect*>(view.item(i)))
            found.push_back(QRectF(rect->topLeft->coords(), rect->bottomRight->coords()));
    return found;
}

// WCAG's contrast ratio of two colours: 1 (the same lightness) … 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& colour) {
        auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QCPColorScale* colourBar(HeatmapView& view) {
    for (QCPLayoutElement* element : view.plotLayout()->elements(true))
        if (auto* scale = qobject_cast<QCPColorScale*>(element)) return scale;
    return nullptr;
}
} // namespace

TEST_CASE("rows and columns are two sequences: queries (output tokens) × keys (input tokens)", "[heatmap]") {
    HeatmapView view;
    view.resize(600, 500);
    view.show();
    view.setData(crossAttention());
    view.replot();
    // Upright, each axis its own sequence and title.
    CHECK(view.yAxis->tickVectorLabels() == asVector(outputTokens));
    CHECK(view.xAxis->tickVectorLabels() == asVector(inputTokens));
    CHECK(view.yAxis->label() == "query (output)");
    CHECK(view.xAxis->label() == "key (input)");
    CHECK(view.xAxis->tickLabelRotation() == 0);
    CHECK(view.cellValue(2, 3) == 23);

    // Hover: the row's query and the column's key, "<bos>" as text, not as a tag.
    const QString hover = view.describeCell(0, 2);
    CHECK(hover.contains("query (output) 1 &lt;bos&gt;"));
    CHECK(hover.contains("key (input) 3 three"));
    CHECK(view.describeCell(2, 0).contains("3 dos"));
    CHECK(view.describeCell(2, 0).contains("1 one"));

    // A click on a cell names its query (row) and key (column).
    int clickedRow = -1, clickedColumn = -1;
    QObject::connect(&view, &HeatmapView::cellClicked,
                     [&](int row, int column) { clickedRow = row, clickedColumn = column; });
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, cellCentre(view, 2, 3));
    CHECK(clickedRow == 2);
    CHECK(clickedColumn == 3);

    // Highlights: the query's row across all 4 keys, the key's column down all 3 queries.
    view.setHighlight(1, 3);
    const std::vector<QRectF> marks = outlines(view);
    REQUIRE(marks.size() == 2);
    CHECK(marks[0] == QRectF(QPointF(-0.5, 0.5), QPointF(3.5, 1.5)));
    CHECK(marks[1] == QRectF(QPointF(2.5, -0.5), QPointF(3.5, 2.5)));

    // CSV: a row per query, a column per key.
    CHECK(matrixCsv(view.data()) == "query (output) \\ key (input),1 one,2 two,3 three,4 four\r\n"
                                    "1 <bos>,0,1,2,3\r\n2 uno,10,11,12,13\r\n3 dos,20,21,22,23\r\n");

    // Turned: input tokens too long to stand upright are the columns' labels, turned.
    const QStringList longInputs = {"1 first-one", "2 second-one", "3 third-one", "4 fourth-one"}; // not elided
    view.resize(360, 360);
    view.setData(crossAttention(outputTokens, longInputs));
    view.replot();
    CHECK(view.xAxis->tickLabelRotation() == -45);
    CHECK(view.xAxis->tickVectorLabels() == asVector(longInputs));
    CHECK(view.yAxis->tickVectorLabels() == asVector(outputTokens));
}

TEST_CASE("a long output sequence thins the rows' labels to its positions, a long input sequence the columns'",
          "[heatmap]") {
    HeatmapView view;
    view.resize(600, 500);
    view.show();
    // Positions 1, 1 + k… of this axis's own sequence, reaching across all `count` of them.
    auto expectPositions = [](QCPAxis* axis, int count) {
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        REQUIRE(ticks.size() >= 2);
        CHECK(ticks.size() < count);
        CHECK(ticks.last() < count);
        CHECK(ticks.last() >= count / 2);
        for (int i = 0; i < ticks.size(); ++i)
            CHECK(labels[i] == QString::number(int(ticks[i]) + 1));
    };
    // The short sequence (square cells: as thin as the long one's) never has a tick beyond its end.
    auto expectWithin = [](QCPAxis* axis, int count) {
        REQUIRE_FALSE(axis->tickVector().isEmpty());
        for (double tick : axis->tickVector())
            CHECK(tick < count);
    };
    SECTION("300 output tokens × 4 input tokens") {
        view.setData(crossAttention(words(300, "out"), inputTokens));
        view.replot();
        expectPositions(view.yAxis, 300);
        expectWithin(view.xAxis, 4);
    }
    SECTION("3 output tokens × 300 input tokens") {
        view.setData(crossAttention(outputTokens, words(300, "in")));
        view.replot();
        expectPositions(view.xAxis, 300);
        expectWithin(view.yAxis, 3);
    }
}

TEST_CASE("a fixed colour range stays fixed across new data, a shared one is shared, and the bar says which",
          "[heatmap]") {
    HeatmapView view;
    view.resize(400, 400);
    view.show();
    QCPAxis* bar = colourBar(view)->axis();
    HeatmapData data =
        matrixData("d", Matrix::Constant(3, 4, 0.5), words(3, "q"), words(4, "k"), ColorScheme::Sequential);
    data.colorRange = ColorRange::between(0.2, 0.8);
    view.setData(data);
    CHECK(view.colorRange() == QCPRange(0.2, 0.8)); // as given: not widened to 0
    CHECK(bar->label() == "fixed scale");
    data.values = Matrix::Constant(3, 4, 0.3); // an edit: the same range
    view.setData(data);
    CHECK(view.colorRange() == QCPRange(0.2, 0.8));
    CHECK(bar->label() == "fixed scale");
    data.values = Matrix::Constant(3, 4, 1.5); // beyond it: widened, and the bar says so
    view.setData(data);
    CHECK(view.colorRange() == QCPRange(0.2, 1.5));
    CHECK(bar->label() == "fixed scale, widened to fit");
    data.colorRange = ColorRange::between(std::numeric_limits<double>::quiet_NaN(), 1); // fixes nothing
    view.setData(data);
    CHECK(view.colorRange() == QCPRange(0, 1.5));
    CHECK(bar->label().isEmpty());
    CHECK(view.colorsFollowData());
    data.colorRange = ColorRange::between(4, -4); // either order
    data.scheme = ColorScheme::Diverging;
    view.setData(data);
    CHECK(view.colorRange() == QCPRange(-4, 4));

    // One scale for two heads, then for the next two (a τ drag): each time the span of both.
    HeatmapView other;
    auto shareAndShow = [&](double a, double b) {
        HeatmapData left =
            matrixData("h1", Matrix::Constant(2, 2, a), words(2, "q"), words(2, "k"), ColorScheme::Sequential);
        HeatmapData right =
            matrixData("h2", Matrix::Constant(2, 2, b), words(2, "q"), words(2, "k"), ColorScheme::Sequential);
        shareColorRange({&left, &right});
        view.setData(left);
        other.setData(right);
    };
    shareAndShow(0.5, 2.0);
    CHECK(view.colorRange() == QCPRange(0, 2.0));
    CHECK(other.colorRange() == view.colorRange());
    CHECK(bar->label() == "shared scale");
    shareAndShow(3.0, 1.0);
    CHECK(view.colorRange() == QCPRange(0, 3.0));
    CHECK(other.colorRange() == view.colorRange());
    // The user's "fit colours to this plot's data" holds for the next data too, and the bar drops its note.
    view.setFitColorsToData(true);
    shareAndShow(0.5, 2.0);
    CHECK(view.colorRange() == QCPRange(0, 0.5));
    CHECK(bar->label().isEmpty());
}

TEST_CASE("the user's zoom outlives new data of the same shape, and another shape, or a double-click, shows it whole",
          "[heatmap]") {
    HeatmapView view;
    view.resize(500, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto weights = [](int rows, int columns) {
        return matrixData("w", Matrix::Random(rows, columns), words(rows, "q"), words(columns, "k"),
                          ColorScheme::Weights);
    };
    view.setData(weights(10, 10));
    view.replot();
    const QCPRange whole = view.xAxis->range();
    CHECK(whole.lower <= -0.5);
    CHECK(whole.upper >= 9.5);
    CHECK_FALSE(view.isZoomed());

    // The wheel zooms in about the pointer.
    const QPointF centre = view.axisRect()->rect().center();
    QWheelEvent wheel(centre, view.mapToGlobal(centre), QPoint(), QPoint(0, 360), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &wheel);
    view.replot();
    REQUIRE(view.isZoomed());
    const QCPRange zoomedX = view.xAxis->range(), zoomedY = view.yAxis->range();
    CHECK(zoomedX.size() < whole.size() * 0.8);

    // An edit, another head: the same shape keeps the view, also after the view was let go of.
    view.setData(weights(10, 10));
    view.replot();
    CHECK(view.xAxis->range() == zoomedX);
    CHECK(view.yAxis->range() == zoomedY);
    view.releaseData();
    view.setData(weights(10, 10));
    view.replot();
    CHECK(view.xAxis->range() == zoomedX);

    // A drag pans, and is kept too.
    const QPoint from = view.axisRect()->rect().center(), to = from + QPoint(60, 0);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), view.mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(&view, &move);
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, to);
    view.replot();
    const QCPRange panned = view.xAxis->range();
    CHECK(panned.lower < zoomedX.lower); // dragged right: the cells further left come into view
    view.setData(weights(10, 10));
    view.replot();
    CHECK(view.xAxis->range() == panned);

    // A double-click shows the whole matrix again.
    QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, from);
    view.replot();
    CHECK_FALSE(view.isZoomed());
    CHECK(view.xAxis->range().lower <= -0.5);
    CHECK(view.xAxis->range().upper >= 9.5);

    // Zoomed again, then data of another shape: shown whole.
    QApplication::sendEvent(&view, &wheel);
    view.replot();
    REQUIRE(view.isZoomed());
    view.setData(weights(10, 12));
    view.replot();
    CHECK_FALSE(view.isZoomed());
    CHECK(view.xAxis->range().lower <= -0.5);
    CHECK(view.xAxis->range().upper >= 11.5);
    CHECK(view.yAxis->range().upper >= 9.5);
    // And the menu's "Show the whole matrix" does what a double-click does.
    QApplication::sendEvent(&view, &wheel);
    REQUIRE(view.isZoomed());
    view.showWholeMatrix();
    CHECK_FALSE(view.isZoomed());
}

TEST_CASE("a mask reads as a mask: allowed and masked in two colours, 1 and 0, named on the bar", "[heatmap]") {
    auto mask = std::make_shared<MaskMatrix>(3, 4);
    mask->setOnes();
    (*mask)(0, 2) = 0;
    (*mask)(2, 3) = 0;
    // The masks lesson's one line: a mask's own entries, and the Mask scheme (ofMask alone is enough).
    HeatmapData data{"mask",  "M",   SharedMatrix::ofMask(mask), outputTokens, inputTokens,
                     "query", "key", ColorScheme::Sequential,    nullptr};
    CHECK(data.showsMask());
    for (Palette palette : {Palette::Standard, Palette::HighContrast}) {
        INFO(paletteName(palette).toStdString());
        setHeatmapPalette(palette);
        HeatmapView view;
        view.resize(600, 500);
        view.show();
        view.setData(data);
        view.replot();
        CHECK(view.cellText(0, 1) == "1");
        CHECK(view.cellText(0, 2) == "0");
        CHECK(view.showsCellValues());
        CHECK_FALSE(view.colorsFollowData());
        QCPAxis* bar = colourBar(view)->axis();
        CHECK(bar->tickVectorLabels() == QVector<QString>{"masked", "allowed"});
        CHECK(bar->label().isEmpty());

        // Two colours that differ in lightness, not only in hue: readable without colour vision.
        const QImage picture = view.image().toImage();
        const double corner = 0.4 * view.axisRect()->width() / view.xAxis->range().size(); // off the cell's text
        auto colourAt = [&](int row, int column) {
            return picture.pixelColor(int(view.xAxis->coordToPixel(column) + corner),
                                      int(view.yAxis->coordToPixel(row) + corner));
        };
        CHECK(colourAt(0, 2) == maskedColour());
        CHECK(colourAt(2, 3) == maskedColour());
        CHECK(colourAt(0, 1) == allowedColour());
        CHECK(colourAt(2, 0) == allowedColour());
        CHECK(contrastRatio(maskedColour(), allowedColour()) >= 3); // WCAG's minimum for graphics
        CHECK(textColorOn(allowedColour()) != textColorOn(maskedColour()));
    }
    setHeatmapPalette(Palette::Standard);

    HeatmapView view;
    view.setData(data);
    const QString masked = view.describeCell(0, 2);
    CHECK(masked.contains("M<sub>1,3</sub> = 0"));
    CHECK(masked.contains("query 1 &lt;bos&gt; may not attend to key 3 three"));
    CHECK(masked.contains("(masked)"));
    CHECK(view.describeCell(1, 2).contains("M<sub>2,3</sub> = 1"));
    CHECK(matrixCsv(data) ==
          "query \\ key,1 one,2 two,3 three,4 four\r\n1 <bos>,1,1,0,1\r\n2 uno,1,1,1,1\r\n3 dos,1,1,1,0\r\n");

    // A mask held as numbers, in the Mask scheme: any number but 0 allows.
    Matrix numbers(1, 3);
    numbers << 0.0, 2.5, -1.0;
    const HeatmapData asNumbers{"m",     "M",   std::move(numbers), {"q"},  {"a", "b", "c"},
                                "query", "key", ColorScheme::Mask,  nullptr};
    view.setData(asNumbers);
    CHECK(view.cellText(0, 0) == "0");
    CHECK(view.cellText(0, 1) == "1");
    CHECK(view.cellText(0, 2) == "1");
    CHECK(matrixCsv(asNumbers) == "query \\ key,a,b,c\r\nq,0,1,1\r\n");

    // Back to numbers: the bar is a scale again.
    view.setData(matrixData("n", Matrix::Constant(2, 2, 3.0), words(2, "q"), words(2, "k"), ColorScheme::Sequential));
    view.replot();
    CHECK(colourBar(view)->axis()->ticker().dynamicCast<QCPAxisTickerText>().isNull());
    CHECK(view.colorRange() == QCPRange(0, 3.0));
}
