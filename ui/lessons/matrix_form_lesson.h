#pragma once
// "The matrix form": I, W^q, W^k, W^v, Q, K, V, A, A′, O as heatmaps with their shapes,
// in the lecture's column form (A = KᵀQ, column i = query i) or, switched globally, the
// paper's row form (S = QKᵀ, row i = query i). Every attention axis says query or key.
#include "core/lecture_form.h"
#include "ui/lessons/lesson.h"

#include <array>
#include <memory>

namespace al {

class MatrixFormLesson : public Lesson {
    Q_OBJECT
public:
    explicit MatrixFormLesson(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("matrix"); }
    QString title() const override { return tr("The matrix form"); }
    int stepCount() const override { return 6; }
    QString stepTitle(int step) const override;
    QList<PlotView*> visiblePlots() const override;

protected:
    void refresh() override;
    void showSources(int panel, int row, int column) override;

private:
    void refreshColumnForm();
    void refreshRowForm();
    // O = V A′ of the first head, computed once per trace (d_v × N).
    SharedMatrix lectureO();

    std::array<HeatmapView*, 3> maps_{};
    std::weak_ptr<const Trace> lectureOOf_;
    std::shared_ptr<const Matrix> lectureO_;
};

} // namespace al
