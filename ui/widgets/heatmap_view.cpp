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
#include <utility>

namespace al {

namespace {
// The smallest and largest finite entry, and 0: what the colour scale spans.
std::pair<double, double> finiteRangeWithZero(const SharedMatrix& values) {
    double low = 0, high = 0;
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const Matrix* plain = values.plain();
    if (!plain) { // a mask, or masked entries: one at a time
        for (Eigen::Index r = 0; r < values.rows(); ++r)
            for (Eigen::Index c = 0; c < values.cols(); ++c) {
                const double entry = values(r, c);
                if (std::abs(entry) < infinity) low = std::min(low, entry), high = std::max(high, entry);
            }
        return {low, high};
    }
    const double* entry = plain->data();
#pragma omp simd reduction(min : low) reduction(max : high)
    for (Eigen::Index i = 0; i < plain->size(); ++i) {
        const double finiteOrZero = std::abs(entry[i]) < infinity ? entry[i] : 0.0; // NaN too
        low = std::min(low, finiteOrZero);
        high = std::max(high, finiteOrZero);
    }
    return {low, high};
}

QString formatCell(double value) {
    if (std::isnan(value)) return QStringLiteral("−∞"); // a masked score
    if (std::isinf(value)) return value > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞"); // an overflow
    if (value == 0) return QStringLiteral("0");
    // Two decimals, as the explanations print them; the tooltip has every digit.
    const double magnitude = std::abs(value);
    if (magnitude >= 1000) return QString::number(value, 'g', 2);
    if (magnitude < 0.005) return QStringLiteral("0.00");
    return QString::number(value, 'f', magnitude >= 100 ? 0 : 2).replace('-', QChar(0x2212));
}
} // namespace

HeatmapView::HeatmapView(QWidget* parent) : PlotView(parent) {
    setMouseTracking(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    map_ = new MatrixColorMap(xAxis, yAxis);
    map_->setInterpolate(false);
    map_->setTightBoundary(false);
    scale_ = new QCPColorScale(this);
    plotLayout()->addElement(1, 1, scale_);
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
    xAxis->setTickLabelRotation(-45);
    connect(this, &QCustomPlot::afterLayout, this, &HeatmapView::fitCells);
    connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this] {
        if (QGuiApplication::mouseButtons() != Qt::NoButton || underMouse()) userZoomed_ = true;
    });
}

void HeatmapView::releaseData() {
    data_.values = SharedMatrix();
    data_.describe = nullptr;
}

void HeatmapView::setData(HeatmapData data) {
    data_ = std::move(data);
    const int rows = int(data_.values.rows()), columns = int(data_.values.cols());
    setIdAndTitle(data_.id, data_.title);
    xAxis->setLabel(data_.columnAxisTitle);
    yAxis->setLabel(data_.rowAxisTitle);

    map_->setMatrix(&data_.values);
    const auto [low, high] = finiteRangeWithZero(data_.values); // masked scores are −∞
    map_->setGradient(gradientFor(data_.scheme));
    if (data_.scheme == ColorScheme::Diverging) {
        const double bound = std::max({std::abs(low), std::abs(high), 1e-12});
        map_->setDataRange(QCPRange(-bound, bound)); // white at exactly zero
    } else {
        map_->setDataRange(QCPRange(std::min(low, 0.0), std::max(high, 1e-12)));
    }
    // A vector (one or two rows) needs little height: leave the rest of the page to the others.
    setMaximumHeight(rows <= 2 ? 260 : QWIDGETSIZE_MAX);
    userZoomed_ = false;
    hasSource_ = false; // a passing outline belongs to the data it was drawn on
    highlightRow_ = std::min(highlightRow_, rows - 1);
    highlightColumn_ = std::min(highlightColumn_, columns - 1);
    replot(rpQueuedReplot);
}

double HeatmapView::cellValue(int row, int column) const {
    return data_.values(row, column);
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

void HeatmapView::fitCells() {
    const int rows = int(data_.values.rows()), columns = int(data_.values.cols());
    if (rows == 0 || columns == 0) return;
    const QRect area = axisRect()->rect();
    if (area.width() <= 0 || area.height() <= 0) return;
    if (!userZoomed_) {
        // Square cells: the same number of pixels per cell on both axes, the whole matrix in view.
        const double perCell = std::min(area.width() / double(columns), area.height() / double(rows));
        const double spanX = area.width() / perCell, spanY = area.height() / perCell;
        const QSignalBlocker blocker(xAxis);
        xAxis->setRange((columns - 1) / 2.0 - spanX / 2, (columns - 1) / 2.0 + spanX / 2);
        yAxis->setRange((rows - 1) / 2.0 - spanY / 2, (rows - 1) / 2.0 + spanY / 2);
    }
    const double pixelsPerCell = area.width() / xAxis->range().size();
    updateTickLabels(pixelsPerCell);
    updateCellTexts(pixelsPerCell);
    updateHighlight();
}

void HeatmapView::updateTickLabels(double pixelsPerCell) {
    // Label every cell when the labels fit; otherwise every k-th, by 1-based position.
    const QFontMetrics metrics(xAxis->tickLabelFont());
    auto fill = [&](QCPAxis* axis, const QStringList& labels, int count) {
        auto ticker = axis->ticker().staticCast<QCPAxisTickerText>();
        ticker->clear();
        const int stride = count == 1 ? 1 : std::max(1, int(std::ceil((metrics.height() + 2) / std::max(pixelsPerCell, 1e-9))));
        for (int i = 0; i < count; i += stride) {
            const QString label = stride == 1 && i < labels.size() ? labels[i] : QString::number(i + 1);
            ticker->addTick(i, metrics.elidedText(label, Qt::ElideRight, 120));
        }
    };
    fill(xAxis, data_.columnLabels, int(data_.values.cols()));
    fill(yAxis, data_.rowLabels, int(data_.values.rows()));
}

void HeatmapView::updateCellTexts(double pixelsPerCell) {
    for (QCPItemText* text : cellTexts_) removeItem(text);
    cellTexts_.clear();
    const int rows = int(data_.values.rows()), columns = int(data_.values.cols());
    QFont font = this->font();
    font.setPointSizeF(std::clamp(pixelsPerCell / 5.0, 6.0, std::max(10.0, this->font().pointSizeF() + 1)));
    const QFontMetrics metrics(font);
    if (rows * columns > 900 || pixelsPerCell < metrics.horizontalAdvance("−0.00") + 4) return;
    QCPColorGradient gradient = map_->gradient(); // colorize() is not const
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const double value = data_.values(r, c);
            auto* text = new QCPItemText(this);
            text->setClipToAxisRect(true);
            text->position->setType(QCPItemPosition::ptPlotCoords);
            text->position->setCoords(c, r);
            text->setText(formatCell(value));
            text->setFont(font);
            const double* one = &value;
            QRgb background;
            gradient.colorize(one, map_->dataRange(), &background, 1);
            text->setColor(textColorOn(QColor(background)));
            cellTexts_.append(text);
        }
}

void HeatmapView::updateHighlight() {
    for (QCPItemRect* rect : highlightRects_) removeItem(rect);
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

void HeatmapView::mouseMoveEvent(QMouseEvent* event) {
    PlotView::mouseMoveEvent(event);
    int row = -1, column = -1;
    const bool onCell = cellAt(event->position(), row, column);
    if (!onCell) row = column = -1;
    if (row != hoverRow_ || column != hoverColumn_) {
        hoverRow_ = row;
        hoverColumn_ = column;
        emit cellHovered(row, column);
    }
    if (event->buttons() == Qt::NoButton && onCell) {
        const double value = data_.values(row, column);
        const QString text = data_.describe ? data_.describe(row, column, value)
                                            : QString("%1, %2: %3").arg(data_.rowLabels.value(row),
                                                                        data_.columnLabels.value(column), formatCell(value));
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    } else if (event->buttons() == Qt::NoButton) {
        QToolTip::hideText();
    }
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
    userZoomed_ = false; // double-click: back to the whole matrix
    replot();
}

void HeatmapView::setMarksVisible(bool visible) {
    marksVisible_ = visible;
    updateHighlight();
}

void HeatmapView::saveCsvInteractively() {
    const QString named = property("fileBaseName").toString(); // the window's: lesson, step, plot, query
    const QString file = QFileDialog::getSaveFileName(this, tr("Save values as CSV"), (named.isEmpty() ? data_.id : named) + ".csv",
                                                      tr("CSV tables (*.csv)"));
    if (file.isEmpty()) return;
    if (const QString error = writeMatrixCsv(data_, file); !error.isEmpty())
        QMessageBox::warning(this, tr("Save values"), error);
}

void HeatmapView::addContextActions(QMenu& menu) {
    menu.addAction(tr("Save values as CSV…"), this, &HeatmapView::saveCsvInteractively);
    menu.addAction(tr("Copy values"), this, [this] { QApplication::clipboard()->setText(matrixCsv(data_)); });
    menu.addSeparator();
    menu.addAction(tr("Show the whole matrix"), this, [this] { userZoomed_ = false; replot(); });
}

} // namespace al
