#pragma once
// A matrix as a heatmap (QCustomPlot's colour map): labelled axes ("query", "key"…), each with
// its own sequence of labels, a colour scale (fixed, shared or the data's own, and saying
// which), square cells with their values printed when they fit, hover text telling what a
// cell means, highlighted rows and columns, click to select, wheel zoom and drag pan (kept
// while new data of the same shape arrives), and a context menu to save or copy the picture.
// A mask is drawn as a mask: allowed and masked cells in two colours, 1 and 0 in the cells.
#include "ui/widgets/heatmap_color_range.h" // shareColorRange, for the lessons
#include "ui/widgets/heatmap_data.h"
#include "ui/widgets/plot_view.h"

namespace al {

class MatrixColorMap;

class HeatmapView : public PlotView {
    Q_OBJECT
public:
    explicit HeatmapView(QWidget* parent = nullptr);

    void setData(HeatmapData data);
    // Lets go of the matrix and the hover text, which may hold a whole trace, until the next
    // setData: for a view that is not on screen.
    void releaseData();
    const HeatmapData& data() const { return data_; }
    // The value drawn in a cell (row, column), and the text printed in it (for a mask 1 or 0).
    double cellValue(int row, int column) const;
    QString cellText(int row, int column) const;
    // The hover text of a cell (HTML): the data's description, or what a masked or overflowed
    // entry is, or what a mask's entry allows.
    QString describeCell(int row, int column) const;
    // The values the colour scale spans.
    QCPRange colorRange() const;
    // Whether the colours span this plot's data rather than the data's fixed or shared scale
    // (the context menu's "Fit colours to this plot's data"; kept for the next data).
    bool colorsFollowData() const;
    void setFitColorsToData(bool fit);

    // Outlines rows and columns (−1 for none), e.g. the query and key a step is about.
    void setHighlight(int row, int column);
    // A passing outline drawn instead, while the pointer is over a cell elsewhere that this
    // row or column produced; clearing it brings back the step's own outline.
    void setSourceHighlight(int row, int column);
    void clearSourceHighlight();
    // Outlines a block of cells (rows top…bottom, columns left…right), e.g. a convolution's
    // receptive field; an empty QRect removes it.
    void setRegion(const QRect& cells);
    int highlightedRow() const { return hasSource_ ? sourceRow_ : highlightRow_; }
    int highlightedColumn() const { return hasSource_ ? sourceColumn_ : highlightColumn_; }
    // Whether the values are printed in the cells (they are when the cells are big enough).
    bool showsCellValues() const { return !cellTexts_.isEmpty(); }

    // Whether the user zoomed or panned (wheel, drag): the visible ranges are then kept while
    // new data of the same shape arrives (an edit, another head); other data shows it whole.
    bool isZoomed() const { return userZoomed_; }
    // Back to the whole matrix (double-click, or the context menu).
    void showWholeMatrix();

    // The room around the cells (title, labels, colour bar), for a layout that sizes the
    // plot to its matrix's shape.
    QSize aroundCells() const;

signals:
    void cellClicked(int row, int column);
    void cellHovered(int row, int column); // (−1, −1) when the pointer leaves the cells

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void addContextActions(QMenu& menu) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void setMarksVisible(bool visible) override;
    void fitToLayout() override; // square cells filling the axis rect, the labels that fit
    void startLayout() override;

private:
    bool cellAt(const QPointF& position, int& row, int& column) const;
    void applyColorRange(); // and the colour bar: a scale of numbers (fixed, shared…) or a mask's two colours
    void forgetScaleMargins();
    void updateTickLabels(double pixelsPerCell);
    void updateCellTexts(double pixelsPerCell);
    void updateHighlight();
    void saveCsvInteractively();

    HeatmapData data_;
    MatrixColorMap* map_;
    QCPColorScale* scale_;
    QList<QCPItemText*> cellTexts_;
    QList<QCPItemRect*> highlightRects_;
    int highlightRow_ = -1, highlightColumn_ = -1;
    bool hasSource_ = false;
    int sourceRow_ = -1, sourceColumn_ = -1;
    QRect region_;
    bool marksVisible_ = true; // false only while a picture without them is drawn
    bool userZoomed_ = false;
    QSize shape_; // columns × rows of the data last set (kept by releaseData), for keeping a zoom
    bool fitColorsToData_ = false;
    // How the labels are drawn, in the passes of one layout only ever more compact: the
    // labels change the margins and so the cells' size, which could otherwise flip them
    // back and forth.
    enum class Labels { AllUpright, AllTurned, Thinned };
    Labels columnLabels_ = Labels::AllUpright;
    bool rowsThinned_ = false;
    QPoint pressPosition_;
    int hoverRow_ = -1, hoverColumn_ = -1;
};

} // namespace al
