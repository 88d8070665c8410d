#include "ui/lesson_page.h"

#include "ui/attention_document.h"
#include "ui/lessons/lesson_controls.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/contribution_bars.h"
#include "ui/widgets/heatmap_color_range.h"
#include "ui/widgets/heatmap_view.h"
#include "ui/widgets/plot_grid_layout.h"
#include "ui/widgets/sequence_diagram_view.h"
#include "ui/worker.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDeadlineTimer>

#include <algorithm>

namespace al {

namespace {
// The kind of view that draws each kind of plot.
template <typename View> bool isA(PlotView* view) {
    return qobject_cast<View*>(view) != nullptr;
}

bool fits(PlotView* view, const PlotContent& plot) {
    return std::visit(
        [view](const auto& data) {
            using Data = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<Data, HeatmapData>)
                return isA<HeatmapView>(view);
            else if constexpr (std::is_same_v<Data, ChartData>)
                return isA<ChartView>(view);
            else if constexpr (std::is_same_v<Data, ContributionData>)
                return isA<ContributionBars>(view);
            else
                return isA<SequenceDiagramView>(view);
        },
        plot.data);
}
// What drawing would otherwise work out on the GUI thread, done on the worker: the colour
// range of every heatmap (a scan of N² entries).
void prepareOffScreen(StepContent& content, Cancellation& cancellation) {
    for (PlotContent& plot : content.plots)
        if (auto* heatmap = std::get_if<HeatmapData>(&plot.data); heatmap && !heatmap->finiteSpan) {
            cancellation.check();
            heatmap->finiteSpan = finiteRange(heatmap->values);
        }
}
} // namespace

LessonPage::LessonPage(std::shared_ptr<const Lesson> lesson, AttentionDocument& document, QWidget* parent)
    : QWidget(parent), lesson_(std::move(lesson)), worker_(new Worker(this)) {
    controls_ = lesson_->createControls(document);
    auto* plots = new QWidget(this);
    grid_ = new PlotGridLayout(plots); // each plot the room its matrix's shape asks for, heads aligned
    QBoxLayout* layout = nullptr;
    if (controls_ && controls_->placement() == LessonControls::Placement::Beside)
        layout = new QHBoxLayout(this);
    else
        layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (controls_) {
        controls_->setParent(this);
        layout->addWidget(controls_);
        connect(controls_, &LessonControls::changed, this, [this] {
            ++controlsVersion_;
            describe();
        });
    }
    layout->addWidget(plots, 1);
    connect(worker_, &Worker::failed, this, [this](const QString& message) {
        content_ = StepContent{};
        content_.explanation = tr("<p><b>This step could not be computed:</b> %1</p>").arg(message.toHtmlEscaped());
        for (PlotView* view : views_)
            view->hide();
        emit failed(message);
        emit contentChanged();
    });
    connect(worker_, &Worker::cancelled, this, [this] {
        if (!cancellingStale_) showStopped();
    });
}

void LessonPage::showStopped() {
    content_ = StepContent{};
    content_.explanation = tr("<p><b>Stopped:</b> the pictures of this step were not computed. "
                              "<a href=\"%1\">Compute them</a>.</p>")
                               .arg(retryLink);
    for (PlotView* view : views_)
        view->hide();
    drawnTrace_.reset(); // what is drawn is nothing: asking again describes anew
    emit contentChanged();
}

void LessonPage::retry() {
    describe();
}

LessonPage::~LessonPage() = default;

LessonInput LessonPage::input() const {
    return {trace_, step_, query_, rowForm_, controls_ ? controls_->state() : nullptr};
}

QUndoStack* LessonPage::undoStack() const {
    return controls_ ? controls_->undoStack() : nullptr;
}

void LessonPage::setTrace(std::shared_ptr<const Trace> trace) {
    if (trace == trace_) return; // already drawn (or being drawn) from this very trace
    trace_ = std::move(trace);
    if (trace_) query_ = std::clamp(query_, 0, trace_->tokenCount() - 1);
    describe();
}

void LessonPage::releaseTrace() {
    cancellingStale_ = true;
    worker_->cancel();
    cancellingStale_ = false;
    trace_.reset();
    drawnTrace_.reset();
    content_ = StepContent{};
    for (PlotView* view : views_)
        if (auto* heatmap = qobject_cast<HeatmapView*>(view)) heatmap->releaseData();
}

void LessonPage::setStep(int step) {
    step = std::clamp(step, 0, stepCount() - 1);
    if (step == step_ && isDrawn()) return;
    step_ = step;
    describe();
}

void LessonPage::setQuery(int query) {
    query = trace_ ? std::clamp(query, 0, trace_->tokenCount() - 1) : std::max(query, 0);
    if (query == query_) return;
    // The outlines follow at once; the numbers of the explanation come with the new content.
    for (std::size_t p = 0; p < content_.plots.size() && p < views_.size(); ++p) {
        PlotContent& plot = content_.plots[p];
        auto* heatmap = qobject_cast<HeatmapView*>(views_[p]);
        if (!heatmap) continue;
        if (plot.clicks == PlotContent::Clicks::RowIsQuery && plot.outlineRow == query_)
            plot.outlineRow = query;
        else if (plot.clicks == PlotContent::Clicks::ColumnIsQuery && plot.outlineColumn == query_)
            plot.outlineColumn = query;
        else
            continue;
        heatmap->setHighlight(plot.outlineRow, plot.outlineColumn);
    }
    query_ = query;
    describe();
}

void LessonPage::setRowForm(bool rowForm) {
    if (rowForm == rowForm_) return;
    rowForm_ = rowForm;
    describe();
}

void LessonPage::redraw() {
    if (!content_.plots.empty() || !content_.explanation.isEmpty()) draw(content_);
}

bool LessonPage::isDrawn() const {
    if (controls_ && !controls_->isReady()) return false; // nothing to describe from yet
    return !trace_ || (drawnTrace_.lock() == trace_ && drawnStep_ == step_ && drawnQuery_ == query_ &&
                       drawnRowForm_ == rowForm_ && drawnControlsVersion_ == controlsVersion_);
}

bool LessonPage::waitUntilDrawn(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (controls_ && !controls_->isReady() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return worker_->waitUntilIdle(int(std::max<qint64>(deadline.remainingTime(), 0))) && isDrawn();
}

void LessonPage::describe() {
    if (!trace_ || (controls_ && !controls_->isReady())) return; // the controls say when they are

    if (isDrawn()) { // back to what is drawn: a description on its way would be stale
        cancellingStale_ = true;
        worker_->cancel();
        cancellingStale_ = false;
        return;
    }
    const LessonInput asked = input();
    const quint64 version = controlsVersion_;
    worker_->start([lesson = lesson_, asked, version, this](Cancellation& cancellation) -> Worker::Delivery {
        auto content = std::make_shared<StepContent>(lesson->describe(asked, cancellation)); // worker thread
        prepareOffScreen(*content, cancellation);
        return [this, content, asked, version] { // GUI thread
            drawnTrace_ = asked.trace;
            drawnStep_ = asked.step;
            drawnQuery_ = asked.query;
            drawnRowForm_ = asked.rowForm;
            drawnControlsVersion_ = version;
            draw(std::move(*content));
        };
    });
}

void LessonPage::placeViews(const StepContent& content) {
    // Views are kept where the kind of plot stays (a heatmap keeps its zoom across an edit);
    // from the first plot of another kind on, the views are made anew in order.
    std::size_t keep = 0;
    while (keep < views_.size() && keep < content.plots.size() && fits(views_[keep], content.plots[keep]))
        ++keep;
    if (keep < content.plots.size()) {
        for (std::size_t p = keep; p < views_.size(); ++p) {
            grid_->removeWidget(views_[p]);
            views_[p]->deleteLater();
        }
        views_.resize(keep);
        for (std::size_t p = keep; p < content.plots.size(); ++p) {
            PlotView* view = std::visit(
                [this](const auto& data) -> PlotView* {
                    using Data = std::decay_t<decltype(data)>;
                    if constexpr (std::is_same_v<Data, HeatmapData>)
                        return new HeatmapView(this);
                    else if constexpr (std::is_same_v<Data, ChartData>)
                        return new ChartView(this);
                    else if constexpr (std::is_same_v<Data, ContributionData>)
                        return new ContributionBars(this);
                    else
                        return new SequenceDiagramView(this);
                },
                content.plots[p].data);
            view->setFocusPolicy(Qt::ClickFocus); // the arrow keys stay the step bar's
            if (auto* heatmap = qobject_cast<HeatmapView*>(view)) {
                const int plot = int(p);
                connect(heatmap, &HeatmapView::cellHovered, this,
                        [this, plot](int row, int column) { showSources(plot, row, column); });
                connect(heatmap, &HeatmapView::cellClicked, this,
                        [this, plot](int row, int column) { cellClicked(plot, row, column); });
            }
            grid_->addWidget(view);
            views_.push_back(view);
        }
    }
    for (std::size_t p = 0; p < views_.size(); ++p)
        views_[p]->setVisible(p < content.plots.size());
}

void LessonPage::draw(const StepContent& content) {
    if (&content != &content_) content_ = content;
    placeViews(content_);
    if (controls_) controls_->setVisible(controls_->shownAt(drawnStep_));
    for (std::size_t p = 0; p < content_.plots.size(); ++p) {
        const PlotContent& plot = content_.plots[p];
        PlotView* view = views_[p];
        std::visit(
            [view, &plot](const auto& data) {
                using Data = std::decay_t<decltype(data)>;
                if constexpr (std::is_same_v<Data, HeatmapData>) {
                    auto* heatmap = static_cast<HeatmapView*>(view);
                    heatmap->setData(data);
                    heatmap->setHighlight(plot.outlineRow, plot.outlineColumn);
                    heatmap->setRegion(plot.region);
                } else if constexpr (std::is_same_v<Data, ChartData>) {
                    static_cast<ChartView*>(view)->setData(data);
                } else if constexpr (std::is_same_v<Data, ContributionData>) {
                    static_cast<ContributionBars*>(view)->setData(data);
                } else {
                    static_cast<SequenceDiagramView*>(view)->setData(data);
                }
            },
            plot.data);
    }
    emit contentChanged();
}

void LessonPage::showSources(int plot, int row, int column) {
    // Only outlines change: nothing is described anew while the pointer moves.
    for (HeatmapView* heatmap : visibleHeatmaps())
        heatmap->clearSourceHighlight();
    if (row < 0 || !content_.sources) return;
    for (const SourceCell& source : content_.sources(plot, row, column))
        if (source.plot >= 0 && std::size_t(source.plot) < content_.plots.size())
            if (auto* heatmap = qobject_cast<HeatmapView*>(views_[std::size_t(source.plot)]))
                heatmap->setSourceHighlight(source.row, source.column);
}

void LessonPage::cellClicked(int plot, int row, int column) {
    if (std::size_t(plot) >= content_.plots.size()) return;
    const PlotContent& shown = content_.plots[std::size_t(plot)];
    const int query = shown.clicks == PlotContent::Clicks::RowIsQuery      ? row
                      : shown.clicks == PlotContent::Clicks::ColumnIsQuery ? column
                                                                           : -1;
    // The controls' own query (a Transformer lesson's position), else the window's query box.
    if (query >= 0 && !(controls_ && controls_->takeQuery(query))) emit queryClicked(query);
    if (controls_) controls_->cellClicked(shown.id(), row, column);
}

QList<PlotView*> LessonPage::visiblePlots() const {
    QList<PlotView*> shown;
    for (std::size_t p = 0; p < content_.plots.size() && p < views_.size(); ++p)
        shown << views_[p];
    return shown;
}

QList<HeatmapView*> LessonPage::visibleHeatmaps() const {
    QList<HeatmapView*> heatmaps;
    for (PlotView* plot : visiblePlots())
        if (auto* heatmap = qobject_cast<HeatmapView*>(plot)) heatmaps << heatmap;
    return heatmaps;
}

} // namespace al
