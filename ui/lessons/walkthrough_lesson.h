#pragma once
// "Computing b¹ step by step": the lecture's seven steps for one chosen query, then a last
// screen on computing every bⁱ at once. Uses head 1 of the model (the single-head lesson).
#include "ui/lessons/lesson.h"
#include "ui/widgets/contribution_bars.h"

#include <array>

namespace al {

class WalkthroughLesson : public Lesson {
    Q_OBJECT
public:
    explicit WalkthroughLesson(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("walkthrough"); }
    QString title() const override { return tr("Computing b¹ step by step"); }
    QString pageTitle() const override; // names the query shown: "Computing b⁸ step by step"
    bool followsQuery() const override { return true; }
    int stepCount() const override;
    QString stepTitle(int step) const override;
    QList<PlotView*> visiblePlots() const override;
    ContributionBars* contributionBars() const { return bars_; }

protected:
    void refresh() override;
    void showSources(int panel, int row, int column) override;

private:
    // Shows `count` heatmaps (the rest hidden) and the bars when asked.
    void showPanels(int count, bool bars);

    std::array<HeatmapView*, 3> maps_{};
    ContributionBars* bars_;
};

} // namespace al
