#include "ui/widgets/matrix_color_map.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace al {

namespace {
// The cells first … last (of count) that the axis range shows, if any: cell i spans
// i − ½ … i + ½.
bool visibleCells(const QCPRange& range, int count, int& first, int& last) {
    if (count == 0 || range.upper < -0.5 || range.lower > count - 0.5) return false;
    first = std::clamp(int(std::floor(range.lower + 0.5)), 0, count - 1);
    last = std::clamp(int(std::ceil(range.upper - 0.5)), 0, count - 1);
    return first <= last;
}

// For each of `pixels` pixels from left (or top) to right (bottom), the cell under its
// centre, among cells first … last laid out forward or backward on screen.
std::vector<int> cellsUnderPixels(int pixels, int first, int last, bool forward) {
    const int cells = last - first + 1;
    std::vector<int> index(static_cast<std::size_t>(pixels), 0);
    for (int p = 0; p < pixels; ++p) {
        const int offset = std::min(cells - 1, int((p + 0.5) * cells / pixels));
        index[std::size_t(p)] = forward ? first + offset : last - offset;
    }
    return index;
}
} // namespace

void MatrixColorMap::draw(QCPPainter* painter) {
    if (!values_ || values_->size() == 0 || !mKeyAxis || !mValueAxis) return;
    const SharedMatrix& values = *values_;
    int firstColumn = 0, lastColumn = 0, firstRow = 0, lastRow = 0;
    if (!visibleCells(mKeyAxis->range(), int(values.cols()), firstColumn, lastColumn) ||
        !visibleCells(mValueAxis->range(), int(values.rows()), firstRow, lastRow))
        return;
    // Where the visible cells go, in the painter's coordinates, and in device pixels.
    const QPointF start(mKeyAxis->coordToPixel(firstColumn - 0.5), mValueAxis->coordToPixel(firstRow - 0.5));
    const QPointF end(mKeyAxis->coordToPixel(lastColumn + 0.5), mValueAxis->coordToPixel(lastRow + 0.5));
    const QRectF target = QRectF(start, end).normalized();
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QRectF device = painter->transform().mapRect(target);
    const int columns = lastColumn - firstColumn + 1, rows = lastRow - firstRow + 1;
    const bool vector = painter->modes().testFlag(QCPPainter::pmVectorized);
    const int width = vector ? columns : std::clamp(int(std::ceil(device.width() * ratio)), 1, columns);
    const int height = vector ? rows : std::clamp(int(std::ceil(device.height() * ratio)), 1, rows);

    const std::vector<int> columnAt = cellsUnderPixels(width, firstColumn, lastColumn, start.x() <= end.x());
    const std::vector<int> rowAt = cellsUnderPixels(height, firstRow, lastRow, start.y() <= end.y());
    QImage picture(width, height, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> line(static_cast<std::size_t>(width));
    const bool logarithmic = mDataScaleType == QCPAxis::stLogarithmic;
    const Matrix* stored = values.plain(); // row-major, read directly when there is no mask to apply
    for (int y = 0; y < height; ++y) {
        const Eigen::Index r = rowAt[std::size_t(y)];
        if (!stored)
            for (int x = 0; x < width; ++x)
                line[std::size_t(x)] = values(r, columnAt[std::size_t(x)]);
        else if (values.isTransposed()) // row r of the shown matrix is column r of the stored one
            for (int x = 0; x < width; ++x)
                line[std::size_t(x)] = (*stored)(columnAt[std::size_t(x)], r);
        else
            for (int x = 0; x < width; ++x)
                line[std::size_t(x)] = (*stored)(r, columnAt[std::size_t(x)]);
        if (readAsMask_)
            for (double& value : line)
                value = maskAllows(value) ? 1.0 : 0.0;
        bool overflowNaN = false;
        for (int x = 0; x < width && !readAsMask_; ++x) {
            double& value = line[std::size_t(x)];
            if (std::isinf(value))
                value = value > 0 ? mDataRange.upper : mDataRange.lower; // its end of the scale
            else if (std::isnan(value) && !values.isMasked(r, columnAt[std::size_t(x)]))
                overflowNaN = true;
        }
        auto* pixels = reinterpret_cast<QRgb*>(picture.scanLine(y));
        mGradient.colorize(line.data(), mDataRange, pixels, width, 1, logarithmic);
        if (overflowNaN) // not a masked entry: not the masked grey
            for (int x = 0; x < width; ++x)
                if (std::isnan(line[std::size_t(x)]) && !values.isMasked(r, columnAt[std::size_t(x)]))
                    pixels[x] = overflowColour().rgb();
    }
    const bool smooth = painter->renderHints().testFlag(QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false); // cells stay sharp squares
    painter->drawImage(target, picture);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
}

} // namespace al
