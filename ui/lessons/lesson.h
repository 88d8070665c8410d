#pragma once
// One lesson page: a sequence of steps drawn from the current trace. The main window
// shows it, steps through it and puts its explanation (HTML, in the lecture's notation
// with the actual numbers) under it. A lesson only draws what it is given.
#include "core/trace.h"
#include "ui/widgets/heatmap_view.h"

#include <QWidget>

class QUndoStack;

#include <memory>

namespace al {

class Lesson : public QWidget {
    Q_OBJECT
public:
    explicit Lesson(QWidget* parent = nullptr) : QWidget(parent) {}

    virtual QString id() const = 0;       // for the command line and file names: "walkthrough"
    virtual QString title() const = 0;    // for the lesson list
    // The title of the page shown, for an exported page: the list's title, or one that names
    // what the step shows ("Computing b⁸ step by step" for query 8).
    virtual QString pageTitle() const { return title(); }
    // Whether the lesson follows one query i, which the window's query box chooses and its
    // exports name in their files.
    virtual bool followsQuery() const { return false; }
    virtual int stepCount() const { return 1; }
    virtual QString stepTitle(int step) const = 0;
    const QString& explanation() const { return explanation_; } // HTML for the current step
    // The plots the current step shows (for export), in reading order.
    virtual QList<PlotView*> visiblePlots() const = 0;
    QList<HeatmapView*> visibleHeatmaps() const; // those of them that are heatmaps

    int step() const { return step_; }
    int query() const { return query_; }
    bool rowForm() const { return rowForm_; }
    const std::shared_ptr<const Trace>& trace() const { return trace_; }

    void setTrace(std::shared_ptr<const Trace> trace);
    // Lets go of the trace and of every heatmap drawn from it, until the next setTrace: a
    // lesson not on screen must not keep an old trace alive (0.5 GB at N = 4096).
    void releaseTrace();
    void setStep(int step);
    void setQuery(int query);     // i, 0-based
    void setRowForm(bool rowForm); // the paper's row form instead of the lecture's column form
    void redraw();                 // the same step anew, e.g. in other colours
    // The lesson's own edits, outside the sample (the convolution lesson's kernel), for
    // Edit → Undo while it is shown; none for most lessons.
    virtual QUndoStack* undoStack() const { return nullptr; }

signals:
    void contentChanged();        // step, query or trace changed: explanation and pictures anew
    void queryClicked(int query); // the user clicked a query's row in one of the heatmaps

protected:
    // Draws the current step from trace_, step_, query_ (trace_ is never null here).
    virtual void refresh() = 0;
    // The pointer is over cell (row, column) of panel `panel`: outline, with
    // setSourceHighlight, the cells of the other panels that produced it. When it leaves,
    // the step's own outlines come back by themselves.
    virtual void showSources(int panel, int row, int column) = 0;
    void connectQueryClicks(HeatmapView* view, bool queriesAreRows);
    // Outlines the query's row in `view`, whose rows are the tokens; for this step a click
    // on any row there follows that row's query (queryClicked), so every picture that shows
    // the query selects it alike. Called by refresh() for each such view of the step.
    void highlightQuery(HeatmapView* view);
    // A matrix of the shown trace, for a heatmap without copying it (the view then keeps the
    // trace alive). `partOfTrace` must be inside *trace().
    SharedMatrix ofTrace(const Matrix& partOfTrace) const {
        return SharedMatrix(std::shared_ptr<const Matrix>(trace_, &partOfTrace));
    }
    std::shared_ptr<const MaskMatrix> ofTrace(const MaskMatrix& partOfTrace) const { return {trace_, &partOfTrace}; }
    // A head's scores or weights (Trace::attention), for a heatmap without copying them (the
    // view then keeps that head's matrices alive). `part` must be inside *attention.
    static SharedMatrix ofAttention(const std::shared_ptr<const HeadAttention>& attention, const Matrix& part) {
        return SharedMatrix(std::shared_ptr<const Matrix>(attention, &part));
    }
    // The first head's α′ (N × N) under `config`: the trace's own when that is its
    // configuration, else a variant's, computed for that head alone and moved, not copied.
    SharedMatrix firstHeadWeightsUnder(const ModelConfig& config) const;
    // The views among `views` that the current step shows, in order.
    static QList<PlotView*> shownAmong(std::initializer_list<PlotView*> views);

    QString explanation_; // set by refresh()
    void connectHover(HeatmapView* view, int panel);

private:
    void update();

    QList<const HeatmapView*> queryViews_;      // the current step's views outlining the query
    QList<const HeatmapView*> clickableViews_;  // those connected to queryClicked once

    std::shared_ptr<const Trace> trace_;
    int step_ = 0;
    int query_ = 0;
    bool rowForm_ = false;
};

} // namespace al
