#include "ui/widgets/plot_grid_layout.h"

#include "ui/widgets/heatmap_view.h"
#include "ui/widgets/sequence_diagram_view.h"

#include <QWidget>

#include <algorithm>
#include <cmath>
#include <vector>

namespace al {

namespace {
// What one shown item needs at a cell size of s pixels: a heatmap grows with s, anything else
// asks for a fixed size.
struct Need {
    QLayoutItem* item = nullptr;
    double rows = 0, columns = 0; // of the matrix; 0 for anything else
    QSize around;                 // a heatmap: the room around its cells; else the size asked for
    int maximumHeight = QWIDGETSIZE_MAX;

    double width(double s) const { return around.width() + columns * s; }
    double height(double s) const { return std::min<double>(around.height() + rows * s, maximumHeight); }
};

std::vector<Need> needsOf(const QList<QLayoutItem*>& items) {
    std::vector<Need> needs;
    for (QLayoutItem* item : items) {
        if (item->isEmpty()) continue; // hidden
        Need need;
        need.item = item;
        const auto* heatmap = qobject_cast<const HeatmapView*>(item->widget());
        if (heatmap && heatmap->data().values.size() > 0) {
            need.rows = double(heatmap->data().values.rows());
            need.columns = double(heatmap->data().values.cols());
            need.around = heatmap->aroundCells();
            // A row or two (a vector, a row of scores) measured with upright labels would get a
            // strip that key names turned by 45° fill: keep room for a title, an axis title and them.
            if (need.rows <= 2) need.around = need.around.expandedTo(QSize(130, 160));
            need.maximumHeight = heatmap->maximumHeight();
        } else if (qobject_cast<const SequenceDiagramView*>(item->widget())) {
            need.around = item->sizeHint().expandedTo(item->minimumSize()); // wide and short: two rows of boxes
        } else if (qobject_cast<const PlotView*>(item->widget())) {
            need.around = QSize(320, 260).expandedTo(item->minimumSize()); // a chart: room to read it, and more if free
        } else {
            need.around = item->sizeHint().expandedTo(item->minimumSize()).boundedTo(item->maximumSize());
        }
        needs.push_back(need);
    }
    return needs;
}

// Whether `needs`, in rows of `columns`, fit `room` at cell size s.
bool fits(const std::vector<Need>& needs, int columns, double s, QSize room, int spacing) {
    double height = 0;
    for (std::size_t start = 0; start < needs.size(); start += std::size_t(columns)) {
        const std::size_t end = std::min(needs.size(), start + std::size_t(columns));
        double width = spacing * double(end - start - 1), tallest = 0;
        for (std::size_t i = start; i < end; ++i) {
            width += needs[i].width(s);
            tallest = std::max(tallest, needs[i].height(s));
        }
        if (width > room.width()) return false;
        height += tallest + (start > 0 ? spacing : 0);
    }
    return height <= room.height();
}

// The largest cell size at which the arrangement fits (0 if none does).
double largestCell(const std::vector<Need>& needs, int columns, QSize room, int spacing) {
    constexpr double smallest = 0.01; // a pixel holds up to a hundred cells of a large matrix
    if (!fits(needs, columns, smallest, room, spacing)) return 0;
    double low = smallest, high = 1000;
    for (int step = 0; step < 30; ++step) {
        const double middle = (low + high) / 2;
        (fits(needs, columns, middle, room, spacing) ? low : high) = middle;
    }
    return low;
}
} // namespace

PlotGridLayout::PlotGridLayout(QWidget* parent) : QLayout(parent) {}

PlotGridLayout::~PlotGridLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void PlotGridLayout::addItem(QLayoutItem* item) {
    items_.append(item);
}

QLayoutItem* PlotGridLayout::takeAt(int index) {
    if (index < 0 || index >= items_.size()) return nullptr;
    return items_.takeAt(index);
}

QSize PlotGridLayout::sizeHint() const {
    return gridSize(&QLayoutItem::sizeHint);
}

QSize PlotGridLayout::minimumSize() const {
    return gridSize(&QLayoutItem::minimumSize);
}

QSize PlotGridLayout::gridSize(QSize (QLayoutItem::*size)() const) const {
    // The shown items in rows of a square-ish grid (the layout can always arrange them so):
    // as wide as the widest row and as tall as the rows' tallest items, one above the other.
    QList<QSize> sizes;
    for (QLayoutItem* item : items_)
        if (!item->isEmpty()) sizes << (item->*size)();
    const int shown = int(sizes.size());
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(shown)))));
    int width = 0, height = 0;
    for (int first = 0; first < shown; first += columns) {
        const int last = std::min(shown, first + columns);
        int rowWidth = (last - first - 1) * spacing(), rowHeight = 0;
        for (int i = first; i < last; ++i)
            rowWidth += sizes[i].width(), rowHeight = std::max(rowHeight, sizes[i].height());
        width = std::max(width, rowWidth);
        height += rowHeight + (first > 0 ? spacing() : 0);
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void PlotGridLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    const QRect room = contentsRect();
    const std::vector<Need> needs = needsOf(items_);
    if (needs.empty() || !room.isValid()) return;
    const int gap = std::max(spacing(), 0), count = int(needs.size());
    // The arrangement with the largest cells; on a tie, more plots to a row (as a row of
    // plots reads), and with no matrix at all, one row.
    double best = -1;
    for (int columns = count; columns >= 1; --columns) {
        const double cell = largestCell(needs, columns, room.size(), gap);
        if (cell > best * 1.05 + 0.001) best = cell, columns_ = columns;
    }
    const double s = std::max(best, 0.01);
    const int rows = (count + columns_ - 1) / columns_;
    std::vector<double> heights;
    double usedHeight = gap * double(rows - 1);
    for (int r = 0; r < rows; ++r) {
        double tallest = 0;
        for (int i = r * columns_; i < std::min(count, (r + 1) * columns_); ++i)
            tallest = std::max(tallest, needs[std::size_t(i)].height(s));
        heights.push_back(tallest);
        usedHeight += tallest;
    }
    // What is left is shared out; what is missing (a window too small for any arrangement)
    // is taken off in proportion.
    const double extraHeight = std::max(0.0, room.height() - usedHeight) / rows;
    const double heightFactor = usedHeight > room.height() ? room.height() / usedHeight : 1.0;
    double y = room.top();
    for (int r = 0; r < rows; ++r) {
        const int first = r * columns_, last = std::min(count, (r + 1) * columns_);
        double usedWidth = gap * double(last - first - 1);
        for (int i = first; i < last; ++i)
            usedWidth += needs[std::size_t(i)].width(s);
        const double extraWidth = std::max(0.0, room.width() - usedWidth) / (last - first);
        const double widthFactor = usedWidth > room.width() ? room.width() / usedWidth : 1.0;
        const double height = heights[std::size_t(r)] * heightFactor + extraHeight;
        double x = room.left();
        for (int i = first; i < last; ++i) {
            const double width = needs[std::size_t(i)].width(s) * widthFactor + extraWidth;
            needs[std::size_t(i)].item->setGeometry(
                QRect(int(std::lround(x)), int(std::lround(y)), int(width), int(height)));
            x += width + gap;
        }
        y += height + gap;
    }
}

} // namespace al
