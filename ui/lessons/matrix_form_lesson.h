#pragma once
// "The matrix form": I, W^q, W^k, W^v, Q, K, V, A, A′, O as heatmaps with their shapes,
// in the lecture's column form (A = KᵀQ, column i = query i) or, switched globally, the
// paper's row form (S = QKᵀ, row i = query i). Every attention axis says query or key.
#include "ui/lessons/lesson.h"
#include "ui/lessons/trace_memo.h"

#include <QCoreApplication>

namespace al {

class MatrixFormLesson : public LessonOfSteps<MatrixFormLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::MatrixFormLesson)
public:
    QString id() const override { return QStringLiteral("matrix"); }
    QString title() const override { return tr("The matrix form"); }
    // The table's titles are the column form's; the row form names its own products.
    QString stepTitle(int step, bool rowForm) const override;

private:
    friend class LessonOfSteps<MatrixFormLesson>;
    StepContent queries(const LessonInput& input, Cancellation&) const;
    StepContent keys(const LessonInput& input, Cancellation&) const;
    StepContent values(const LessonInput& input, Cancellation&) const;
    StepContent scores(const LessonInput& input, Cancellation&) const;
    StepContent normalise(const LessonInput& input, Cancellation&) const;
    StepContent output(const LessonInput& input, Cancellation&) const;
    static constexpr Step steps[] = {{QT_TR_NOOP("1. Q = W^q I"), &MatrixFormLesson::queries},
                                     {QT_TR_NOOP("2. K = W^k I"), &MatrixFormLesson::keys},
                                     {QT_TR_NOOP("3. V = W^v I"), &MatrixFormLesson::values},
                                     {QT_TR_NOOP("4. A = KᵀQ"), &MatrixFormLesson::scores},
                                     {QT_TR_NOOP("5. A′ = softmax of each column of A"), &MatrixFormLesson::normalise},
                                     {QT_TR_NOOP("6. O = V A′"), &MatrixFormLesson::output}};
    static constexpr const char* rowFormTitles[] = {QT_TR_NOOP("1. Q = X W^qᵀ"),
                                                    QT_TR_NOOP("2. K = X W^kᵀ"),
                                                    QT_TR_NOOP("3. V = X W^vᵀ"),
                                                    QT_TR_NOOP("4. S = QKᵀ"),
                                                    QT_TR_NOOP("5. A′ = softmax of each row of S"),
                                                    QT_TR_NOOP("6. O = A′ V")};
    static_assert(std::size(rowFormTitles) == std::size(steps));

    // The lecture's O = V A′ of the first head (d_v × N), computed once per trace.
    SharedMatrix lectureO(const std::shared_ptr<const Trace>& trace) const;
    TraceMemo lectureOMemo_;
};

} // namespace al
