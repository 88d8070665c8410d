#include "ui/widgets/heatmap_view.h"

#include "ui/widgets/matrix_color_map.h"
#include "ui/widgets/plot_files.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolTip>

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace al {

namespace {
// A row's or column's name in hover text (HTML): its axis title and label, e.g. "query 1 <bos>".
QString axisEntry(const QString& title, const QStringList& labels, int index) {
    const QString label = labels.value(index, QString::number(index + 1)).toHtmlEscaped();
    return title.isEmpty() ? label : title.toHtmlEscaped() + ' ' + label;
}

// What a cell shows. A masked score is −∞ by definition; a value that is not finite anywhere
// else is an overflow, and says so in its own way.
QString formatCell(double value, bool masked) {
    if (masked) return QStringLiteral("−∞");
    if (std::isnan(value)) return QStringLiteral("∞ − ∞"); // an overflow that is not a number
    if (std::isinf(value)) return value > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞"); // an overflow
    if (value == 0) return QStringLiteral("0");
    // Two decimals, as the explanations print them; the tooltip has every digit.
    const double magnitude = std::abs(value);
    if (magnitude >= 1000) return QString::number(value, 'g', 2);
    if (magnitude < 0.005) return QStringLiteral("0.00");
    return QString::number(value, 'f', magnitude >= 100 ? 0 : 2).replace('-', QChar(0x2212));
}

// 1, 2, 5, 10, 20, 50, …: the smallest of these that is at least `minimum`, so that thinned
// labels fall on round positions.
int roundStride(double minimum) {
    for (long step = 1; step < 1000000000L; step *= 10)
        for (int factor : {1, 2, 5})
            if (double(factor * step) >= minimum) return int(factor * step);
    return 1000000000;
}

constexpr double labelGap = 4;        // pixels between neighbouring tick labels
constexpr double rotation = -45;      // degrees, for column labels too wide to stand upright
constexpr int labelRoom = 120;        // pixels: a longer label is elided
constexpr int minimumBarHeight = 110; // pixels of the plot's body kept for the colour bar
} // namespace

HeatmapView::HeatmapView(QWidget* parent) : PlotView(parent) {
    setMouseTracking(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    map_ = new MatrixColorMap(xAxis, yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(false);
    scale_ = new QCPColorScale(this);
    body()->addElement(0, 1, scale_);
    scale_->setBarWidth(12);
    map_->setColorScale(scale_);
    // Keep the colour bar as tall as the map.
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    scale_->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    yAxis->setRangeReversed(true); // row 0 at the top, as a matrix is written
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->grid()->setVisible(false);
        axis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        axis->setSubTicks(false);
        axis->setTickLength(0, 3);
    }
}

void HeatmapView::releaseData() {
    data_.values = SharedMatrix();
    data_.describe = nullptr;
}

void HeatmapView::setData(HeatmapData data) {
    data_ = std::move(data);
    const int rows = int(data_.values.rows()), columns = int(data_.values.cols());
    // New data of the shape shown (an edit, another head) keeps the user's zoom and pan;
    // data of another shape is shown whole.
    if (QSize(columns, rows) != shape_) userZoomed_ = false;
    shape_ = QSize(columns, rows);
    setIdAndTitle(data_.id, data_.title);
    xAxis->setLabel(data_.columnAxisTitle);
    yAxis->setLabel(data_.rowAxisTitle);

    map_->setMatrix(&data_.values);
    map_->setReadAsMask(data_.showsMask());
    map_->setGradient(gradientFor(data_.showsMask() ? ColorScheme::Mask : data_.scheme));
    applyColorRange();
    // A vector (one or two rows) needs little height: leave the rest of the page to the others.
    setMaximumHeight(rows <= 2 ? 260 : QWIDGETSIZE_MAX);
    if (parentWidget() && parentWidget()->layout()) parentWidget()->layout()->invalidate(); // room follows the shape
    hasSource_ = false; // a passing outline belongs to the data it was drawn on
    highlightRow_ = std::min(highlightRow_, rows - 1);
    highlightColumn_ = std::min(highlightColumn_, columns - 1);
    replot(rpQueuedReplot);
}

void HeatmapView::applyColorRange() {
    QCPAxis* bar = scale_->axis();
    if (data_.showsMask()) { // two colours, named: no scale of numbers
        map_->setDataRange(maskColorRange());
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        ticker->addTick(0.25, tr("masked")); // the middle of each colour's half of the bar
        ticker->addTick(0.75, tr("allowed"));
        bar->setTicker(ticker);
        bar->setLabel(QString());
        return;
    }
    if (bar->ticker().dynamicCast<QCPAxisTickerText>()) bar->setTicker(QSharedPointer<QCPAxisTicker>::create());
    const auto [low, high] = data_.finiteSpan ? *data_.finiteSpan : finiteRange(data_.values); // masked scores are −∞
    map_->setDataRange(colourSpan(data_.colorRange, fitColorsToData_, data_.scheme, low, high));
    // The bar says when its scale is not this plot's own: the same for every new data, or
    // one with the plots beside it, widened only when the data goes beyond it.
    QString scale;
    if (const auto fixed = fitColorsToData_ ? std::nullopt : fixedSpan(data_.colorRange, data_.scheme)) {
        if (data_.colorRange.shared)
            scale = tr("shared scale");
        else if (low < fixed->lower || high > fixed->upper)
            scale = tr("fixed scale, widened to fit");
        else
            scale = tr("fixed scale");
    }
    bar->setLabel(scale);
}

bool HeatmapView::colorsFollowData() const {
    if (data_.showsMask()) return false; // its two colours
    return fitColorsToData_ || !fixedSpan(data_.colorRange, data_.scheme);
}

void HeatmapView::setFitColorsToData(bool fit) {
    fitColorsToData_ = fit;
    applyColorRange();
    replot(rpQueuedReplot);
}

QCPRange HeatmapView::colorRange() const {
    return map_->dataRange();
}

double HeatmapView::cellValue(int row, int column) const {
    return data_.values(row, column);
}

QString HeatmapView::cellText(int row, int column) const {
    if (data_.showsMask()) return maskAllows(data_.values(row, column)) ? QStringLiteral("1") : QStringLiteral("0");
    const bool masked = data_.values.isMasked(row, column);
    if (masked && data_.maskedAreGaps) return {};
    return formatCell(data_.values(row, column), masked);
}

void HeatmapView::setHighlight(int row, int column) {
    highlightRow_ = row;
    highlightColumn_ = column;
    updateHighlight();
    replot(rpQueuedReplot);
}

void HeatmapView::setSourceHighlight(int row, int column) {
    hasSource_ = true;
    sourceRow_ = row;
    sourceColumn_ = column;
    updateHighlight();
    replot(rpQueuedReplot);
}

void HeatmapView::clearSourceHighlight() {
    if (!hasSource_) return;
    hasSource_ = false;
    updateHighlight();
    replot(rpQueuedReplot);
}

void HeatmapView::setRegion(const QRect& cells) {
    region_ = cells;
    updateHighlight();
    replot(rpQueuedReplot);
}

QSize HeatmapView::aroundCells() const {
    // As laid out now (title, labels, colour bar); a plot not laid out yet gets a usual amount.
    const QRect area = axisRect()->rect();
    const QMargins free = body()->margins();
    const QSize around(width() - area.width() - free.left() - free.right(),
                       height() - area.height() - free.top() - free.bottom());
    if (!isVisible() || area.width() <= 0 || around.width() > width() / 2 + 120) return {130, 110};
    return around.expandedTo(QSize(60, 50));
}

void HeatmapView::startLayout() {
    columnLabels_ = Labels::AllUpright;
    rowsThinned_ = false;
    forgetScaleMargins();
}

void HeatmapView::forgetScaleMargins() {
    // The colour scale shares its top and bottom margins with the axis rect (a margin group),
    // and offers the group its current margins: once grown (for labels turned by 45°) they
    // would never shrink again. From zero, the group takes the axis rect's margins as they are.
    scale_->setMargins(QMargins());
}

void HeatmapView::fitToLayout() {
    const int rows = int(data_.values.rows()), columns = int(data_.values.cols());
    if (rows == 0 || columns == 0) return;
    const QRect area = axisRect()->rect();
    if (area.width() <= 0 || area.height() <= 0) {
        // The free room kept around the previous cells leaves none for these (a tall matrix
        // followed by a row in a shorter plot): give it back, and the next pass fits anew.
        if (!settling()) body()->setMargins(QMargins());
        return;
    }
    // The cells' size the labels are chosen for: once this pass's free room is given back to
    // the axis rect, the cells fill the room (a turn or a thinning chosen for the smaller cells
    // of the room the previous data left free would stay for the whole layout).
    double labelCell = 0;
    if (!userZoomed_) {
        // Square cells, the whole matrix in view, and the axes around the cells: what the
        // cells leave free of the axis rect's room goes around it, evenly (the body's margins).
        const QMargins padding = body()->margins();
        const QSize room(area.width() + padding.left() + padding.right(),
                         area.height() + padding.top() + padding.bottom());
        const double perCell = std::min(room.width() / double(columns), room.height() / double(rows));
        if (!settling()) labelCell = perCell;
        // (The colour bar beside the cells needs some height of its own: below that the free
        // room stays in the axis rect.)
        const int freeX = std::max(0, int(room.width() - perCell * columns));
        const int freeY =
            std::clamp(int(room.height() - perCell * rows), 0, std::max(0, room.height() - minimumBarHeight));
        if (!settling()) body()->setMargins(QMargins(freeX / 2, freeY / 2, freeX - freeX / 2, freeY - freeY / 2));
        // Square cells in this layout's axis rect, centred; the next layout, without the free
        // room, has them fill it.
        const double fitted = std::min(area.width() / double(columns), area.height() / double(rows));
        const double spanX = area.width() / fitted, spanY = area.height() / fitted;
        xAxis->setRange((columns - 1) / 2.0 - spanX / 2, (columns - 1) / 2.0 + spanX / 2);
        yAxis->setRange((rows - 1) / 2.0 - spanY / 2, (rows - 1) / 2.0 + spanY / 2);
    }
    forgetScaleMargins();
    const double pixelsPerCell = area.width() / xAxis->range().size();
    updateTickLabels(std::max(labelCell, pixelsPerCell));
    updateCellTexts(pixelsPerCell);
    updateHighlight();
}

void HeatmapView::updateTickLabels(double pixelsPerCell) {
    // Every cell's label when the labels fit side by side (the columns' upright, or turned by
    // 45° when upright they would not fit); otherwise 1-based positions 1, 1 + k, 1 + 2k… with
    // k from 1, 2, 5, 10, 20…, spaced so that no two labels overlap.
    const QFontMetrics metrics(xAxis->tickLabelFont());
    const double height = metrics.height();
    const double turnedSpacing = (height + labelGap) * std::sqrt(2.0); // between parallel labels at 45°
    auto shownLabels = [&](const QStringList& labels, int count) {
        QStringList shown;
        for (int i = 0; i < count; ++i)
            shown << metrics.elidedText(labels.value(i, QString::number(i + 1)), Qt::ElideRight, labelRoom);
        return shown;
    };
    auto widest = [&](const QStringList& labels) {
        int widest = 0;
        for (const QString& label : labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        return widest;
    };
    auto fill = [&](QCPAxis* axis, const QStringList& labels, int count, bool positions, int stride) {
        auto ticker = axis->ticker().staticCast<QCPAxisTickerText>();
        ticker->clear();
        if (!positions)
            for (int i = 0; i < labels.size(); ++i)
                ticker->addTick(i, labels[i]);
        else
            // 1, 1 + stride, 1 + 2·stride…: the first cell always has its number, none is far from one.
            for (int position = 1; position <= count; position += stride)
                ticker->addTick(position - 1, QString::number(position));
    };
    const double cell = std::max(pixelsPerCell, 1e-9);

    // Columns: upright, turned, or thinned out to upright positions.
    const int columns = int(data_.values.cols());
    // Cells too narrow for one character, upright or turned, get positions: measuring every
    // label (thousands, in every pass of a layout) would only say the same, slowly.
    const bool noLabelFits = columns > 1 && cell < turnedSpacing && cell < labelGap + metrics.averageCharWidth();
    const QStringList columnLabels = noLabelFits ? QStringList() : shownLabels(data_.columnLabels, columns);
    Labels needed = Labels::AllUpright;
    if (noLabelFits)
        needed = Labels::Thinned;
    else if (columns > 1 && widest(columnLabels) + labelGap > cell)
        needed = turnedSpacing <= cell ? Labels::AllTurned : Labels::Thinned;
    columnLabels_ = std::max(columnLabels_, needed);
    const double columnRotation = columnLabels_ == Labels::AllTurned ? rotation : 0;
    const int numberWidth = metrics.horizontalAdvance(QString::number(columns));
    xAxis->setTickLabelRotation(columnRotation);
    fill(xAxis, columnLabels, columns, columnLabels_ == Labels::Thinned, roundStride((numberWidth + labelGap) / cell));

    // Rows: always upright, thinned out when a label is taller than a row.
    const int rows = int(data_.values.rows());
    rowsThinned_ = rowsThinned_ || (rows > 1 && height + labelGap / 2 > cell);
    fill(yAxis, rowsThinned_ ? QStringList() : shownLabels(data_.rowLabels, rows), rows, rowsThinned_,
         roundStride((height + labelGap / 2) / cell));

    // A turned label reaches left of its tick: the first one must not leave the plot.
    int leftMargin = 0;
    if (columnRotation != 0 && !columnLabels.isEmpty()) {
        const double reach = (metrics.horizontalAdvance(columnLabels[0]) + height) / std::sqrt(2.0) + 4;
        // room left of the first tick: in the axis rect, and the free room around the body
        const double tickOffset = xAxis->coordToPixel(0) - axisRect()->left() + body()->margins().left();
        leftMargin = std::max(0, int(std::ceil(reach - tickOffset)));
    }
    QMargins minimum = axisRect()->minimumMargins();
    minimum.setLeft(leftMargin);
    axisRect()->setMinimumMargins(minimum);
}

void HeatmapView::updateCellTexts(double pixelsPerCell) {
    for (QCPItemText* text : cellTexts_)
        removeItem(text);
    cellTexts_.clear();
    const int rows = int(data_.values.rows()), columns = int(data_.values.cols());
    QFont font = this->font();
    font.setPointSizeF(std::clamp(pixelsPerCell / 5.0, 6.0, std::max(10.0, this->font().pointSizeF() + 1)));
    const QFontMetrics metrics(font);
    const bool mask = data_.showsMask(); // 1 and 0: room enough in smaller cells, though not in tiny ones
    const int room = mask ? metrics.horizontalAdvance("00") + 8 : metrics.horizontalAdvance("−0.00") + 4;
    if (rows * columns > 900 || pixelsPerCell < room) return;
    QCPColorGradient gradient = map_->gradient(); // colorize() is not const
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            double value = data_.values(r, c);
            if (mask) value = maskAllows(value) ? 1.0 : 0.0; // as the map draws it
            const bool masked = data_.values.isMasked(r, c);
            auto* text = new QCPItemText(this);
            text->setClipToAxisRect(true);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(c, r);
            text->setText(cellText(r, c));
            text->setFont(font);
            QRgb background = MatrixColorMap::overflowColour().rgb();
            if (masked)
                background = gradient.nanColor().rgb();
            else if (!std::isnan(value)) {
                // as the map draws it: an overflowed ±∞ in the colour of its end of the scale
                const double shown =
                    std::isinf(value) ? (value > 0 ? map_->dataRange().upper : map_->dataRange().lower) : value;
                gradient.colorize(&shown, map_->dataRange(), &background, 1);
            }
            text->setColor(textColorOn(QColor(background)));
            cellTexts_.append(text);
        }
}

void HeatmapView::updateHighlight() {
    for (QCPItemRect* rect : highlightRects_)
        removeItem(rect);
    highlightRects_.clear();
    const int rows = int(data_.values.rows()), columns = int(data_.values.cols());
    auto outline = [&](double left, double top, double right, double bottom) {
        auto* rect = new QCPItemRect(this);
        rect->setClipToAxisRect(true);
        rect->topLeft->setCoords(left, top);
        rect->bottomRight->setCoords(right, bottom);
        rect->setPen(QPen(QColor("#ff7f0e"), 3));
        rect->setBrush(Qt::NoBrush);
        highlightRects_.append(rect);
    };
    const int row = marksVisible_ ? highlightedRow() : -1, column = marksVisible_ ? highlightedColumn() : -1;
    if (row >= 0 && row < rows) outline(-0.5, row - 0.5, columns - 0.5, row + 0.5);
    if (column >= 0 && column < columns) outline(column - 0.5, -0.5, column + 0.5, rows - 0.5);
    if (!region_.isEmpty()) {
        outline(region_.left() - 0.5, region_.top() - 0.5, region_.right() + 0.5, region_.bottom() + 0.5);
        highlightRects_.last()->setPen(QPen(QColor("#e15759"), 2.5, Qt::DashLine));
    }
}

bool HeatmapView::cellAt(const QPointF& position, int& row, int& column) const {
    if (!axisRect()->rect().contains(position.toPoint())) return false;
    column = int(std::lround(xAxis->pixelToCoord(position.x())));
    row = int(std::lround(yAxis->pixelToCoord(position.y())));
    return row >= 0 && column >= 0 && row < data_.values.rows() && column < data_.values.cols();
}

QString HeatmapView::describeCell(int row, int column) const {
    const double value = data_.values(row, column);
    const bool masked = data_.values.isMasked(row, column);
    if (masked && data_.maskedAreGaps) return {};
    const QString query = axisEntry(data_.rowAxisTitle, data_.rowLabels, row);
    const QString key = axisEntry(data_.columnAxisTitle, data_.columnLabels, column);
    if (data_.showsMask()) {
        if (data_.describe) return data_.describe(row, column, value);
        return (maskAllows(value) ? tr("M<sub>%1,%2</sub> = 1: %3 may attend to %4 (allowed)")
                                  : tr("M<sub>%1,%2</sub> = 0: %3 may not attend to %4 (masked)"))
            .arg(QString::number(row + 1), QString::number(column + 1), query, key);
    }
    const QString where = QString("%1, %2").arg(query, key);
    if (!masked && !std::isfinite(value)) // an overflow: never described as a masked score
        return tr("%1: %2 (overflow)").arg(where, formatCell(value, false));
    if (data_.describe) return data_.describe(row, column, value);
    return masked ? tr("%1: −∞ (masked)").arg(where) : QString("%1: %2").arg(where, formatCell(value, false));
}

void HeatmapView::wheelEvent(QWheelEvent* event) {
    userZoomed_ = true; // the user's own view, kept until double-click or new data
    PlotView::wheelEvent(event);
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event) {
    // Only the user's wheel and drag zoom or pan (a range that merely changes while the
    // pointer rests over the plot, as new data is fitted, is not the user's).
    if (event->buttons() & Qt::LeftButton && (event->pos() - pressPosition_).manhattanLength() >= 4) userZoomed_ = true;
    PlotView::mouseMoveEvent(event);
    int row = -1, column = -1;
    const bool onCell = cellAt(event->position(), row, column);
    if (!onCell) row = column = -1;
    if (row != hoverRow_ || column != hoverColumn_) {
        hoverRow_ = row;
        hoverColumn_ = column;
        emit cellHovered(row, column);
    }
    if (event->buttons() == Qt::NoButton && onCell) // HTML, even when it starts with a label like "<bos>"
        QToolTip::showText(event->globalPosition().toPoint(), "<qt>" + describeCell(row, column) + "</qt>", this);
    else if (event->buttons() == Qt::NoButton)
        QToolTip::hideText();
}

void HeatmapView::mousePressEvent(QMouseEvent* event) {
    pressPosition_ = event->pos();
    PlotView::mousePressEvent(event);
}

void HeatmapView::mouseReleaseEvent(QMouseEvent* event) {
    PlotView::mouseReleaseEvent(event);
    int row, column;
    const bool click = (event->pos() - pressPosition_).manhattanLength() < 4;
    if (event->button() == Qt::LeftButton && click && cellAt(event->position(), row, column))
        emit cellClicked(row, column);
}

void HeatmapView::leaveEvent(QEvent* event) {
    PlotView::leaveEvent(event);
    if (hoverRow_ >= 0) {
        hoverRow_ = hoverColumn_ = -1;
        emit cellHovered(-1, -1);
    }
}

void HeatmapView::mouseDoubleClickEvent(QMouseEvent* event) {
    PlotView::mouseDoubleClickEvent(event);
    showWholeMatrix();
}

void HeatmapView::showWholeMatrix() {
    userZoomed_ = false;
    replot();
}

void HeatmapView::setMarksVisible(bool visible) {
    marksVisible_ = visible;
    updateHighlight();
}

void HeatmapView::saveCsvInteractively() {
    const QString named = property("fileBaseName").toString(); // the window's: lesson, step, plot, query
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save values as CSV"), (named.isEmpty() ? data_.id : named) + ".csv", tr("CSV tables (*.csv)"));
    if (file.isEmpty()) return;
    if (const QString error = writeMatrixCsv(data_, file); !error.isEmpty())
        QMessageBox::warning(this, tr("Save values"), error);
}

void HeatmapView::addContextActions(QMenu& menu) {
    menu.addAction(tr("Save values as CSV…"), this, &HeatmapView::saveCsvInteractively);
    menu.addAction(tr("Copy values"), this, [this] { QApplication::clipboard()->setText(matrixCsv(data_)); });
    menu.addSeparator();
    menu.addAction(tr("Show the whole matrix"), this, &HeatmapView::showWholeMatrix);
    const auto fixed = data_.showsMask() ? std::nullopt : fixedSpan(data_.colorRange, data_.scheme);
    if (fixed) {
        // The scale shared with the plots beside it, or α′'s 0 … 1, unless the user asks for contrast.
        QAction* fit = menu.addAction(tr("Fit colours to this plot's data"));
        fit->setCheckable(true);
        fit->setChecked(fitColorsToData_);
        fit->setToolTip(
            data_.colorRange.shared
                ? tr("Otherwise the colours are on one scale with the plots beside it")
                : tr("Otherwise the colours are on the fixed scale %1 … %2").arg(fixed->lower).arg(fixed->upper));
        connect(fit, &QAction::toggled, this, &HeatmapView::setFitColorsToData);
    }
}

} // namespace al
