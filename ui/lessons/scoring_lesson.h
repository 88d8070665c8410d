#pragma once
// "Scoring variants and why √d_k": dot, scaled dot and additive scores, softmax and ReLU,
// temperatures side by side on the same input; then why the scores are divided by √d_k.
#include "ui/lessons/lesson.h"
#include "ui/widgets/chart_view.h"

#include <array>

namespace al {

class ScoringLesson : public Lesson {
    Q_OBJECT
public:
    static constexpr int demoDimensions[] = {4, 16, 64, 256}; // d_k of the √d_k demo

    explicit ScoringLesson(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("scoring"); }
    QString title() const override { return tr("Scoring variants and why √d_k"); }
    int stepCount() const override { return 5; }
    QString stepTitle(int step) const override;
    QList<PlotView*> visiblePlots() const override;

protected:
    void refresh() override;
    void showSources(int panel, int row, int column) override;

private:
    void showPanels(int maps, int charts);
    void drawDotProductSpread();
    void drawSaturation();
    // Shows the maps side by side (up to three) on one colour scale.
    void showOnOneScale(std::vector<HeatmapData> weights);

    std::array<HeatmapView*, 3> maps_{};
    std::array<ChartView*, 2> charts_{};
};

} // namespace al
