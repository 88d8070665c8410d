#include "ui/lessons/lesson.h"

#include <algorithm>

namespace al {

void Lesson::setTrace(std::shared_ptr<const Trace> trace) {
    if (trace == trace_) return; // already drawn from this very trace
    trace_ = std::move(trace);
    if (trace_) query_ = std::clamp(query_, 0, trace_->tokenCount() - 1);
    update();
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

void Lesson::update() {
    if (!trace_) return;
    refresh();
    emit contentChanged();
}

void Lesson::connectHover(HeatmapView* view, int panel) {
    connect(view, &HeatmapView::cellHovered, this, [this, panel](int row, int column) {
        if (!trace_) return;
        if (row < 0) refresh(); // back to the step's own highlight
        else showSources(panel, row, column);
    });
}

QList<HeatmapView*> Lesson::shownAmong(std::initializer_list<HeatmapView*> views) {
    QList<HeatmapView*> shown;
    for (HeatmapView* view : views)
        if (!view->isHidden()) shown << view;
    return shown;
}

void Lesson::connectQueryClicks(HeatmapView* view, bool queriesAreRows) {
    connect(view, &HeatmapView::cellClicked, this,
            [this, queriesAreRows](int row, int column) { emit queryClicked(queriesAreRows ? row : column); });
}

} // namespace al
