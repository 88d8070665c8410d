#pragma once
// "Multi-head self-attention": qⁱ, kⁱ, vⁱ split into H consecutive segments, each head's α′
// side by side, each head's b^{i,h}, their concatenation cⁱ, W^O, and bⁱ = W^O cⁱ.
#include "ui/lessons/lesson.h"

#include <array>
#include <memory>
#include <vector>

class QHideEvent;

namespace al {

class MultiHeadLesson : public Lesson {
    Q_OBJECT
public:
    static constexpr int maxShownHeads = 16;

    explicit MultiHeadLesson(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("multihead"); }
    QString title() const override { return tr("Multi-head self-attention"); }
    bool followsQuery() const override { return true; }
    int stepCount() const override { return 6; }
    QString stepTitle(int step) const override;
    QList<PlotView*> visiblePlots() const override;

protected:
    void refresh() override;
    void showSources(int panel, int row, int column) override;

private:
    void showPanels(int count); // the first `count` views, in a grid of up to four columns
    // Head h's α′ (N × N), held by the views that show it.
    SharedMatrix headWeights(int h) const;

    std::array<HeatmapView*, maxShownHeads> maps_{};
};

} // namespace al
