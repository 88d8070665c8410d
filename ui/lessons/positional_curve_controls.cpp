#include "ui/lessons/positional_curve_controls.h"

#include "ui/attention_document.h"
#include "ui/lessons/positional_lesson.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

namespace al {

PositionalCurveControls::PositionalCurveControls(AttentionDocument& document, QWidget* parent)
    : LessonControls(parent) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    firstDimension_ = new QSpinBox(this);
    firstDimension_->setMinimum(1);
    firstDimension_->setPrefix(PositionalLesson::tr("dimensions from "));
    firstDimension_->setToolTip(
        PositionalLesson::tr("Which dimensions of eⁱ the curves show: this one and the next three"));
    row->addWidget(new QLabel(PositionalLesson::tr("Curves:"), this));
    row->addWidget(firstDimension_);
    row->addStretch(1);
    // The box offers the model's dimensions; the lesson clamps a choice that no longer fits.
    auto fitModel = [this](const std::shared_ptr<const Trace>& trace) {
        if (trace) firstDimension_->setRange(1, std::max(1, trace->config.dModel));
    };
    fitModel(document.trace());
    connect(&document, &AttentionDocument::traceChanged, this, fitModel);
    connect(firstDimension_, &QSpinBox::valueChanged, this, &LessonControls::changed);
}

std::shared_ptr<const void> PositionalCurveControls::state() const {
    return std::make_shared<const PositionalCurveChoice>(PositionalCurveChoice{firstDimension_->value()});
}

} // namespace al
