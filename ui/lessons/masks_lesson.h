#pragma once
// "Masks": compose M (causal, padding, window, graph, custom cells), see the scores with
// masked cells at −∞ and the renormalised α′ beside M, and the cost of attention against N.
// The composer (MaskControls) edits the document's masks; the steps read them by value.
#include "ui/lessons/lesson.h"

#include <QCoreApplication>

namespace al {

class MasksLesson : public LessonOfSteps<MasksLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::MasksLesson)
public:
    QString id() const override { return QStringLiteral("masks"); }
    QString title() const override { return tr("Masks"); }
    // A MaskControls: the composer of the document's masks; a click on M toggles a pair.
    LessonControls* createControls(AttentionDocument& document) const override;

private:
    friend class LessonOfSteps<MasksLesson>;
    StepContent compose(const LessonInput& input, Cancellation&) const;
    StepContent maskedSoftmax(const LessonInput& input, Cancellation&) const;
    StepContent cost(const LessonInput& input, Cancellation&) const;
    static constexpr Step steps[] = {{QT_TR_NOOP("1. Compose the mask M"), &MasksLesson::compose},
                                     {QT_TR_NOOP("2. Masked scores are −∞, then softmax"), &MasksLesson::maskedSoftmax},
                                     {QT_TR_NOOP("3. What attention costs"), &MasksLesson::cost}};
};

} // namespace al
