#pragma once
// "Positional encoding": the sinusoidal table and its curves, learned vectors, x = a + e,
// α′ with and without positions, and the permutation demo — without positional encoding,
// shuffling the tokens shuffles the outputs the same way (天涯若比邻); with it, no longer.
#include "ui/lessons/lesson.h"
#include "ui/widgets/chart_view.h"

#include <array>

class QSpinBox;

namespace al {

class PositionalLesson : public Lesson {
    Q_OBJECT
public:
    explicit PositionalLesson(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("positional"); }
    QString title() const override { return tr("Positional encoding"); }
    int stepCount() const override { return 6; }
    QString stepTitle(int step) const override;
    QList<PlotView*> visiblePlots() const override;
    // The largest |difference| the permutation demo of the current step found (steps 5, 6).
    double permutationDifference() const { return permutationDifference_; }

protected:
    void refresh() override;
    void showSources(int panel, int row, int column) override;

private:
    void showPanels(int maps, bool chart);
    void drawCurves(int dModel);
    void showPermutation(PositionalEncoding positional);

    std::array<HeatmapView*, 3> maps_{};
    ChartView* chart_;
    QWidget* dimensionRow_;
    QSpinBox* firstDimension_;
    double permutationDifference_ = 0;
};

} // namespace al
