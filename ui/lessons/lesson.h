#pragma once
// A lesson, described without a widget: its steps, their titles, and for each step what it
// shows (StepContent), made from the document's trace on a worker thread. One LessonPage
// draws any lesson; the registry (lesson_registry.h) lists them in the lecture's order.
//
// A lesson's strings are translated in the lesson's own context (Q_DECLARE_TR_FUNCTIONS).
#include "core/attention/trace.h"
#include "core/base/cancellation.h"
#include "ui/lessons/step_content.h"

#include <QCoreApplication>
#include <QString>

#include <iterator>
#include <memory>

namespace al {

class AttentionDocument;
class LessonControls;

// Everything a step is made from, by value: safe to hand to a worker thread.
struct LessonInput {
    std::shared_ptr<const Trace> trace; // never null when describe() runs
    int step = 0;
    int query = 0;        // i, 0-based, within the trace's tokens
    bool rowForm = false; // the paper's row form instead of the lecture's column form
    // The lesson's own controls' state (LessonControls::state), or null without controls.
    std::shared_ptr<const void> own;
};

class Lesson {
public:
    virtual ~Lesson() = default;

    virtual QString id() const = 0;    // for the command line and file names: "walkthrough"
    virtual QString title() const = 0; // for the lesson list
    // The title of the page shown, for an exported page: the list's title, or one that names
    // what the step shows ("Computing b⁸ step by step" for query 8).
    virtual QString pageTitle(const LessonInput&) const { return title(); }
    // Whether the lesson follows one query i, which the window's query box chooses and its
    // exports name in their files.
    virtual bool followsQuery() const { return false; }
    virtual int stepCount() const { return 1; }
    virtual QString stepTitle(int step, bool rowForm) const = 0;
    // The title of step `input.step` as shown for `input`: stepTitle's, unless the titles name
    // the query ("2. The query q⁸ = W^q a⁸").
    virtual QString stepTitleFor(const LessonInput& input) const { return stepTitle(input.step, input.rowForm); }
    // Whether the sample's single-layer model is what the lesson shows, so the window's
    // model panel and vector tables belong beside it.
    virtual bool showsSampleModel() const { return true; }
    // The lesson's own controls (a kernel, a mask composer), built for one page; null for none.
    virtual LessonControls* createControls(AttentionDocument&) const { return nullptr; }

    // What step `input.step` shows. Runs on a worker thread: reads only `input` (and the
    // lesson's own caches, guarded), checks `cancellation` between its long parts.
    virtual StepContent describe(const LessonInput& input, Cancellation& cancellation) const = 0;
};

// A matrix of a trace, shared without a copy: the heatmap then keeps the trace alive.
// `partOfTrace` must be inside *trace.
inline SharedMatrix ofTrace(const std::shared_ptr<const Trace>& trace, const Matrix& partOfTrace) {
    return SharedMatrix(std::shared_ptr<const Matrix>(trace, &partOfTrace));
}
// A head's scores or weights (Trace::attention) for a heatmap, without a copy: the view then
// keeps that head's matrices alive. `part` must be inside *attention.
inline SharedMatrix ofAttention(const std::shared_ptr<const HeadAttention>& attention, const Matrix& part) {
    return SharedMatrix(std::shared_ptr<const Matrix>(attention, &part));
}
// An attention map α′: one row per query, one column per key, on the fixed 0 … 1 scale. The
// queries and keys are two sequences (the same tokens in self-attention).
inline HeatmapData attentionWeightsMap(const QString& id, const QString& title, SharedMatrix weights,
                                       const QStringList& queries, const QStringList& keys) {
    return HeatmapData{id,
                       title,
                       std::move(weights),
                       queries,
                       keys,
                       QCoreApplication::translate("al::Lesson", "query"),
                       QCoreApplication::translate("al::Lesson", "key"),
                       ColorScheme::Weights,
                       nullptr};
}

inline std::shared_ptr<const MaskMatrix> ofTrace(const std::shared_ptr<const Trace>& trace,
                                                 const MaskMatrix& partOfTrace) {
    return {trace, &partOfTrace};
}

} // namespace al

namespace al {

// A lesson as a table of steps, each a title and the member function that describes it:
//
//   class MultiHeadLesson : public LessonOfSteps<MultiHeadLesson> {
//       static constexpr Step steps[] = {{QT_TR_NOOP("1. Split q, k, v"), &MultiHeadLesson::split}, …};
//
// Titles are translated in the lesson's context; a lesson whose titles depend on the form
// (row or column) overrides stepTitle.
template <typename Derived> class LessonOfSteps : public Lesson {
public:
    struct Step {
        const char* title; // QT_TR_NOOP
        StepContent (Derived::*describe)(const LessonInput&, Cancellation&) const;
    };

    int stepCount() const override { return int(std::size(Derived::steps)); }
    QString stepTitle(int step, bool) const override { return Derived::tr(Derived::steps[step].title); }
    StepContent describe(const LessonInput& input, Cancellation& cancellation) const override {
        return (static_cast<const Derived*>(this)->*Derived::steps[input.step].describe)(input, cancellation);
    }
};

} // namespace al
