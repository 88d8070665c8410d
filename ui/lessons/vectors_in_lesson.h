#pragma once
// "Vectors in": the sequence a¹ … a^N the layer receives, one row per token — and, when
// the model adds positional encoding, eⁱ and the sum xⁱ = aⁱ + eⁱ beside it.
#include "ui/lessons/lesson.h"

#include <array>

namespace al {

class VectorsInLesson : public Lesson {
    Q_OBJECT
public:
    explicit VectorsInLesson(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("vectors"); }
    QString title() const override { return tr("Vectors in"); }
    QString stepTitle(int) const override { return tr("The input vectors a¹ … aᴺ"); }
    bool followsQuery() const override { return true; }
    QList<PlotView*> visiblePlots() const override;

protected:
    void refresh() override;
    void showSources(int panel, int row, int column) override;

private:
    std::array<HeatmapView*, 3> maps_{}; // a, e, x
};

} // namespace al
