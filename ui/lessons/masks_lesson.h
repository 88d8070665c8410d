#pragma once
// "Masks": compose M (causal, padding, window, graph, custom cells), see the scores with
// masked cells at −∞ and the renormalised α′ beside M, and the cost of attention against N.
// It edits the document's masks, so it holds the document.
#include "ui/lessons/lesson.h"
#include "ui/widgets/chart_view.h"

#include <array>

namespace al {

class AttentionDocument;
class MaskComposer;

class MasksLesson : public Lesson {
    Q_OBJECT
public:
    explicit MasksLesson(AttentionDocument& document, QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("masks"); }
    QString title() const override { return tr("Masks"); }
    int stepCount() const override { return 3; }
    QString stepTitle(int step) const override;
    QList<PlotView*> visiblePlots() const override;
    MaskComposer* composer() const { return composer_; }

protected:
    void refresh() override;
    void showSources(int panel, int row, int column) override;

private:
    void showPanels(int maps, bool chart);
    void drawCost(int radius); // the window's line for this radius

    AttentionDocument& document_;
    MaskComposer* composer_;
    std::array<HeatmapView*, 3> maps_{};
    ChartView* chart_;
};

} // namespace al
