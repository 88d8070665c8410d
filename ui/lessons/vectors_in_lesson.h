#pragma once
// "Vectors in": the sequence a¹ … a^N the layer receives, one row per token — and, when
// the model adds positional encoding, eⁱ and the sum xⁱ = aⁱ + eⁱ beside it.
#include "ui/lessons/lesson.h"

#include <QCoreApplication>

namespace al {

class VectorsInLesson : public Lesson {
    Q_DECLARE_TR_FUNCTIONS(al::VectorsInLesson)
public:
    QString id() const override { return QStringLiteral("vectors"); }
    QString title() const override { return tr("Vectors in"); }
    QString stepTitle(int, bool) const override { return tr("The input vectors a¹ … aᴺ"); }
    bool followsQuery() const override { return true; }
    StepContent describe(const LessonInput& input, Cancellation& cancellation) const override;
};

} // namespace al
