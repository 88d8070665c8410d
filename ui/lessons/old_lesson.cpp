#include "ui/lessons/lesson.h"

#include "core/variants.h"

#include <algorithm>

namespace al {

void Lesson::setTrace(std::shared_ptr<const Trace> trace) {
    if (trace == trace_) return; // already drawn from this very trace
    trace_ = std::move(trace);
    if (trace_) query_ = std::clamp(query_, 0, trace_->tokenCount() - 1);
    update();
}

void Lesson::releaseTrace() {
    trace_.reset();
    for (HeatmapView* view : findChildren<HeatmapView*>()) view->releaseData();
}

void Lesson::setStep(int step) {
    step_ = std::clamp(step, 0, stepCount() - 1);
    update();
}

void Lesson::setQuery(int query) {
    query_ = trace_ ? std::clamp(query, 0, trace_->tokenCount() - 1) : std::max(query, 0);
    update();
}

void Lesson::setRowForm(bool rowForm) {
    rowForm_ = rowForm;
    update();
}

void Lesson::redraw() { update(); }

void Lesson::update() {
    if (!trace_) return;
    queryViews_.clear(); // refresh() says anew which views show the query
    refresh();
    emit contentChanged();
}

void Lesson::connectHover(HeatmapView* view, int panel) {
    connect(view, &HeatmapView::cellHovered, this, [this, panel](int row, int column) {
        if (!trace_) return;
        // Only outlines change: nothing is recomputed while the pointer moves.
        for (HeatmapView* heatmap : visibleHeatmaps()) heatmap->clearSourceHighlight();
        if (row >= 0) showSources(panel, row, column);
    });
}

QList<PlotView*> Lesson::shownAmong(std::initializer_list<PlotView*> views) {
    QList<PlotView*> shown;
    for (PlotView* view : views)
        if (!view->isHidden()) shown << view;
    return shown;
}

QList<HeatmapView*> Lesson::visibleHeatmaps() const {
    QList<HeatmapView*> heatmaps;
    for (PlotView* plot : visiblePlots())
        if (auto* heatmap = qobject_cast<HeatmapView*>(plot)) heatmaps << heatmap;
    return heatmaps;
}

void Lesson::connectQueryClicks(HeatmapView* view, bool queriesAreRows) {
    connect(view, &HeatmapView::cellClicked, this,
            [this, queriesAreRows](int row, int column) { emit queryClicked(queriesAreRows ? row : column); });
}

void Lesson::highlightQuery(HeatmapView* view) {
    view->setHighlight(query_, -1);
    if (!queryViews_.contains(view)) queryViews_ << view;
    if (clickableViews_.contains(view)) return;
    clickableViews_ << view;
    connect(view, &HeatmapView::cellClicked, this, [this, view](int row, int) {
        if (queryViews_.contains(view)) emit queryClicked(row);
    });
}

SharedMatrix Lesson::firstHeadWeightsUnder(const ModelConfig& config) const {
    const std::shared_ptr<const HeadAttention> firstHead =
        config == trace_->config ? trace_->attention(0) : runVariant(*trace_, config, ComputedHeads::FirstOnly).attention(0);
    return ofAttention(firstHead, firstHead->weights);
}

} // namespace al
