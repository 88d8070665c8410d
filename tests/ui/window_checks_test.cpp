// The checks of the window journeys, against plots and lists put into a known state: they
// pass what is right and name what is wrong, whatever the widgets themselves do.
#include "window_checks.h"

#include "ui/widgets/heatmap_view.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QListWidget>

#include <limits>

using namespace al;
using namespace al::test;

namespace {
// A 4 × 4 heatmap on screen, laid out and drawn twice (its ticks follow its data by then).
struct ShownHeatmap {
    explicit ShownHeatmap(Matrix values, const QString& id = "m", const QString& title = "M") {
        view.setData(HeatmapData{id,
                                 title,
                                 std::move(values),
                                 {"a", "b", "c", "d"},
                                 {"1", "2", "3", "4"},
                                 "query",
                                 "dimension",
                                 ColorScheme::Sequential,
                                 nullptr});
        view.resize(560, 460);
        view.show();
        QApplication::processEvents();
        view.replot();
        view.replot();
    }
    // Ticks computed from `ticker` over `range`, as a replot computes them before the
    // heatmap fits its cells to the data: the state a stale plot is drawn in.
    void drawTicks(QCPAxis* axis, const QMap<double, QString>& ticks, QCPRange range) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        ticker->setTicks(ticks);
        axis->setTicker(ticker);
        axis->setRange(range);
        view.plotLayout()->update(QCPLayoutElement::upPreparation);
    }
    HeatmapView view;
};

QMap<double, QString> tokenTicks(int count) {
    QMap<double, QString> ticks;
    for (int i = 0; i < count; ++i)
        ticks.insert(i, QString("%1 token").arg(i + 1));
    return ticks;
}
} // namespace

TEST_CASE("the window checks pass a heatmap that shows its own data", "[window]") {
    ShownHeatmap shown(Matrix::Constant(4, 4, 0.25));
    CHECK(checkHeatmapAxes(shown.view).isEmpty());
    CHECK(checkTitle(shown.view).isEmpty());
    CHECK(checkNoNaN(shown.view).isEmpty());
}

TEST_CASE("the window checks name ticks of another matrix, ticks missing and wrong labels", "[window]") {
    ShownHeatmap shown(Matrix::Constant(4, 4, 0.25));
    shown.drawTicks(shown.view.yAxis, tokenTicks(11), QCPRange(-0.5, 10.5));
    QStringList findings = checkHeatmapAxes(shown.view);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].startsWith("y axis ticked at 1 “1 token”, 2 “2 token”"));
    CHECK(findings[0].contains("outside the 4 rows; the data's 4 rows are 1 “a”, 2 “b”, 3 “c”, 4 “d”"));

    shown.drawTicks(shown.view.xAxis, {{0, "1"}, {1, "2"}}, QCPRange(-0.5, 3.5));
    findings = checkHeatmapAxes(shown.view);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].contains("x axis ticked only at 1 “1”, 2 “2”, leaving columns 3 … 4 without a tick"));

    shown.drawTicks(shown.view.yAxis, {{0, "a"}, {1, "b"}, {2, "x"}, {3, "d"}}, QCPRange(-0.5, 3.5));
    shown.drawTicks(shown.view.xAxis, {{0, "1"}, {1, "2"}, {2, "3"}}, QCPRange(-0.5, 2.5));
    findings = checkHeatmapAxes(shown.view);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].startsWith("x axis shows -0.5 … 2.5, not all 4 columns"));
    CHECK(findings[2].startsWith("y axis mislabelled: 3 drawn “x”, the data's label is “c”"));
}

TEST_CASE("the window checks name an elided or cut title and a NaN drawn", "[window]") {
    ShownHeatmap shown(Matrix::Constant(4, 4, 0.25), "weights", "Weights α′, renormalised");
    auto* title = qobject_cast<QCPTextElement*>(shown.view.plotLayout()->element(0, 0));
    REQUIRE(title != nullptr);
    title->setText("Weights α′, renormalis…");
    QStringList findings = checkTitle(shown.view);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0] == "title drawn as “Weights α′, renormalis…”, the full title is “Weights α′, renormalised”");
    title->setText("Weights α′,\nrenormalised"); // on two lines, laid out for them, is whole
    shown.view.replot();
    CHECK(checkTitle(shown.view).isEmpty());
    title->setText("Weights α′, renormalised");
    title->setFont(QFont(title->font().family(), 60));
    findings = checkTitle(shown.view);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].contains("cut off"));

    auto* cell = new QCPItemText(&shown.view);
    cell->setText("nan");
    cell->position->setCoords(2, 1);
    findings = checkNoNaN(shown.view);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0] == "1 cell(s) drawn as NaN: “nan” at (3, 2)");

    Matrix weights = Matrix::Constant(4, 4, 0.25);
    weights(1, 2) = std::numeric_limits<double>::quiet_NaN();
    ShownHeatmap notFinite(weights, "weights", "α′");
    findings = checkNoNaN(notFinite.view);
    REQUIRE_FALSE(findings.isEmpty());
    CHECK(findings.last() == "the weights α′ shown have 1 entries that are not finite, first (2, 3) = nan");
}

TEST_CASE("the window checks name a list too narrow for an item", "[window]") {
    QListWidget list;
    list.addItems({"Masks", "Convolution versus self-attention"});
    list.resize(400, 200);
    list.show();
    QApplication::processEvents();
    CHECK(checkListShowsItems(list).isEmpty());
    list.resize(60, 200);
    QApplication::processEvents();
    const QStringList findings = checkListShowsItems(list);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].contains("its item “Convolution versus self-attention” needs"));
}
