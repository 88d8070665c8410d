#pragma once
// The positional lesson's own control: which dimensions of eⁱ its first step draws as curves
// against the position ("Curves: dimensions from d", d counted from 1).
#include "ui/lessons/lesson_controls.h"

class QSpinBox;

namespace al {

class AttentionDocument;

struct PositionalCurveChoice {
    int firstDimension = 1; // the first of the dimensions drawn, counted from 1
};

class PositionalCurveControls : public LessonControls {
    Q_OBJECT
public:
    explicit PositionalCurveControls(AttentionDocument& document, QWidget* parent = nullptr);

    std::shared_ptr<const void> state() const override;
    bool shownAt(int step) const override { return step == 0; } // only the first step draws curves
    QSpinBox* firstDimensionBox() const { return firstDimension_; }

private:
    QSpinBox* firstDimension_;
};

} // namespace al
