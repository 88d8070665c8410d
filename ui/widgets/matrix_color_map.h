#pragma once
// A matrix drawn as coloured cells at the resolution it is shown at. QCPColorMap first
// paints a picture with one pixel per cell from its own copy of the cells (for a 4096 × 4096
// matrix: 128 MB of cells and a 64 MB picture) and then scales it down. This one colours,
// for each pixel of the visible cells, the cell under the pixel's centre — the same
// nearest-cell picture — straight from the matrix: nothing is copied or kept, and a
// 1024 × 1024 map on a 500-pixel screen colours 0.25 M pixels instead of 1 M cells.
// In vector output (PDF, SVG) the picture has one pixel per visible cell, for zooming.
#include "ui/widgets/heatmap_data.h"

#include <qcustomplot.h>

namespace al {

class MatrixColorMap : public QCPColorMap {
public:
    MatrixColorMap(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPColorMap(keyAxis, valueAxis) {}
    // Cell (row r, column c) sits at key c and value r, each cell one unit wide. The matrix
    // is not owned and must outlive its drawing (the view keeps it).
    void setMatrix(const SharedMatrix* values) { values_ = values; }
    // Whether the entries are a mask's: each drawn as 1 (allowed) or 0 (masked), see maskAllows.
    void setReadAsMask(bool mask) { readAsMask_ = mask; }
    // A value that overflowed to NaN (∞ − ∞) is drawn in this colour, on no scale; a masked
    // entry in the gradient's NaN colour (grey); an overflowed ±∞ in its end of the scale.
    static QColor overflowColour() { return QColor("#ff00ff"); }

protected:
    void draw(QCPPainter* painter) override;

private:
    const SharedMatrix* values_ = nullptr;
    bool readAsMask_ = false;
};

} // namespace al
