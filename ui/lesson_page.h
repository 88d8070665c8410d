#pragma once
// The page that draws any lesson (ui/lessons/lesson.h): the lesson's own controls, then the
// step's plots arranged by PlotGridLayout. Asking for another step, query or trace has the
// lesson describe it on the page's worker thread; the page draws the finished StepContent
// when it arrives, and keeps the old picture meanwhile. Hovering a cell outlines the cells
// that made it; clicking a query's row (or column) follows that query.
#include "core/attention/trace.h"
#include "ui/lessons/lesson.h"
#include "ui/lessons/step_content.h"
#include "ui/widgets/heatmap_view.h" // what visibleHeatmaps() hands out

#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QBoxLayout;
class QUndoStack;

namespace al {

class AttentionDocument;
class LessonControls;
class PlotGridLayout;
class Worker;

class LessonPage : public QWidget {
    Q_OBJECT
public:
    LessonPage(std::shared_ptr<const Lesson> lesson, AttentionDocument& document, QWidget* parent = nullptr);
    ~LessonPage() override;

    const Lesson& lesson() const { return *lesson_; }
    QString id() const { return lesson_->id(); }
    QString title() const { return lesson_->title(); }
    QString pageTitle() const { return lesson_->pageTitle(input()); }
    bool followsQuery() const { return lesson_->followsQuery(); }
    int stepCount() const { return lesson_->stepCount(); }
    QString stepTitle(int step) const { return lesson_->stepTitleFor({trace_, step, query_, rowForm_, nullptr}); }

    int step() const { return step_; }
    int query() const { return query_; }
    bool rowForm() const { return rowForm_; }
    const std::shared_ptr<const Trace>& trace() const { return trace_; }

    void setTrace(std::shared_ptr<const Trace> trace);
    // Lets go of the trace and of everything drawn from it, until the next setTrace: a page
    // not on screen must not keep an old trace alive (0.5 GB at N = 4096).
    void releaseTrace();
    void setStep(int step);   // clamped
    void setQuery(int query); // i, 0-based, clamped
    void setRowForm(bool rowForm);
    void redraw(); // the same content drawn anew, e.g. in other colours

    // What is drawn: the step's content as the lesson described it, and its plots in order.
    const StepContent& content() const { return content_; }
    const QString& explanation() const { return content_.explanation; }
    QList<PlotView*> visiblePlots() const;
    QList<HeatmapView*> visibleHeatmaps() const;
    // Whether what is drawn is the step, query and trace asked for (no description pending).
    bool isDrawn() const;
    // Processes events until it is (for the headless commands and the tests); false on timeout.
    bool waitUntilDrawn(int timeoutMs = 120'000);

    // Describes the current step again: after a Cancel, the explanation's "compute them" link.
    void retry();
    static constexpr const char* retryLink = "attention-lab:retry";

    LessonControls* controls() const { return controls_; }
    QUndoStack* undoStack() const; // the controls' edits, or null
    Worker& worker() const { return *worker_; }

signals:
    void contentChanged();               // a new step content is drawn: explanation and pictures anew
    void queryClicked(int query);        // the user clicked a query's row (or column) in a heatmap
    void failed(const QString& message); // the step could not be described (e.g. out of memory)

private:
    LessonInput input() const;
    void describe(); // asks the worker for the current step
    void draw(const StepContent& content);
    void placeViews(const StepContent& content); // a view of the right kind for each plot
    void showSources(int plot, int row, int column);
    void cellClicked(int plot, int row, int column);
    void showStopped(); // the user cancelled the description: the old pictures are not this step's

    std::shared_ptr<const Lesson> lesson_;
    Worker* worker_;
    LessonControls* controls_ = nullptr;
    PlotGridLayout* grid_;
    std::vector<PlotView*> views_; // views_[p] draws content_.plots[p]; the rest are hidden
    StepContent content_;
    bool cancellingStale_ = false; // a cancel of the page's own, not the user's

    std::shared_ptr<const Trace> trace_;
    int step_ = 0;
    int query_ = 0;
    bool rowForm_ = false;
    // What content_ was described from.
    std::weak_ptr<const Trace> drawnTrace_;
    int drawnStep_ = -1, drawnQuery_ = -1;
    bool drawnRowForm_ = false;
    quint64 controlsVersion_ = 0, drawnControlsVersion_ = 0;
};

} // namespace al
