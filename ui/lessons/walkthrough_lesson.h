#pragma once
// "Computing b¹ step by step": the lecture's seven steps for one chosen query, then a last
// screen on computing every bⁱ at once. Uses head 1 of the model (the single-head lesson).
#include "ui/lessons/lesson.h"

#include <QCoreApplication>

namespace al {

class WalkthroughLesson : public LessonOfSteps<WalkthroughLesson> {
    Q_DECLARE_TR_FUNCTIONS(al::WalkthroughLesson)
public:
    QString id() const override { return QStringLiteral("walkthrough"); }
    QString title() const override { return tr("Computing b¹ step by step"); }
    QString pageTitle(const LessonInput& input) const override; // names the query: "Computing b⁸ step by step"
    bool followsQuery() const override { return true; }
    // The titles name the query ("2. The query q⁸ = W^q a⁸"); without one, the first (b¹).
    QString stepTitle(int step, bool rowForm) const override;
    QString stepTitleFor(const LessonInput& input) const override;

private:
    friend class LessonOfSteps<WalkthroughLesson>;
    StepContent inputs(const LessonInput& input, Cancellation&) const;
    StepContent query(const LessonInput& input, Cancellation&) const;
    StepContent keys(const LessonInput& input, Cancellation&) const;
    StepContent scores(const LessonInput& input, Cancellation&) const;
    StepContent weights(const LessonInput& input, Cancellation&) const;
    StepContent values(const LessonInput& input, Cancellation&) const;
    StepContent output(const LessonInput& input, Cancellation&) const;
    StepContent allAtOnce(const LessonInput& input, Cancellation&) const;

    // A step's title (translated in the context "Walkthrough") and the symbols of query i
    // its placeholders name, in order: "q a" fills "%1 = W^q %2" with qⁱ and aⁱ.
    struct Step {
        const char* title;
        const char* symbols;
        StepContent (WalkthroughLesson::*describe)(const LessonInput&, Cancellation&) const;
    };
    static constexpr Step steps[] = {
        {QT_TRANSLATE_NOOP("Walkthrough", "1. The inputs a¹ … aᴺ"), "", &WalkthroughLesson::inputs},
        {QT_TRANSLATE_NOOP("Walkthrough", "2. The query %1 = W^q %2"), "q a", &WalkthroughLesson::query},
        {QT_TRANSLATE_NOOP("Walkthrough", "3. A key for every input: kʲ = W^k aʲ"), "", &WalkthroughLesson::keys},
        {QT_TRANSLATE_NOOP("Walkthrough", "4. Scores %1 = %2 · kʲ"), "α q", &WalkthroughLesson::scores},
        {QT_TRANSLATE_NOOP("Walkthrough", "5. Normalise: %1 = softmax(%2)"), "α′ α", &WalkthroughLesson::weights},
        {QT_TRANSLATE_NOOP("Walkthrough", "6. A value for every input: vʲ = W^v aʲ"), "", &WalkthroughLesson::values},
        {QT_TRANSLATE_NOOP("Walkthrough", "7. The output %1 = Σⱼ %2 vʲ"), "b α′", &WalkthroughLesson::output},
        {QT_TRANSLATE_NOOP("Walkthrough", "8. Every bⁱ at once"), "", &WalkthroughLesson::allAtOnce}};
};

} // namespace al
