#pragma once
// What every picture of the app shares: an id (for file names) and a title drawn above it,
// rendering to an image at any scale or onto a vector page, and a context menu to save it
// (PNG, SVG, PDF) or copy it.
// HeatmapView, ContributionBars and ChartView are plot views.
#include <qcustomplot.h>

#include <optional>

namespace al {

class PlotView : public QCustomPlot {
    Q_OBJECT
public:
    explicit PlotView(QWidget* parent = nullptr);

    const QString& id() const { return id_; }
    QString title() const { return fullTitle_; }

    // Renders at the widget's size (or `size` when given) times `scale`.
    QPixmap image(double scale = 1.0, QSize size = {});
    // Draws onto an active painter (an SVG or PDF page, a whole lesson page) at `size`,
    // with the painter's origin as the plot's top left.
    void paint(QCPPainter& painter, QSize size);
    // Whether pictures include the passing marks: hover and selection outlines. The
    // context menu's choice, remembered (off until chosen); the plot on screen always shows them.
    static bool marksInPictures();
    static void setMarksInPictures(bool include);

    QSize sizeHint() const override { return {420, 380}; }

protected:
    void setIdAndTitle(const QString& id, const QString& title);
    // Lays the plot out, and while the axis rect is not the one the axes were last fitted to,
    // fits them (fitToLayout) and lays out again. QCustomPlot computes the ticks and the
    // margins before it reports a layout, so axes fitted only after it (on afterLayout) would
    // be drawn with the previous data's ticks and labels until the next replot.
    void updateLayout() override;
    // Sets ranges, tickers and items for the axis rect just laid out (a heatmap: square cells,
    // the labels that fit). Must give the same result for the same axis rect.
    virtual void fitToLayout() {}
    // Called before the first pass of a layout: a plot may forget choices it made in the
    // passes of the last one.
    virtual void startLayout() {}
    // Whether the layout is settling: a fit must then keep the room around the axis rect as it is.
    bool settling() const { return settling_; }
    // Moves the legend out of the axis rect, to the right of it, where it covers no data.
    void placeLegendBeside();
    // Puts the legend inside the axis rect, in the corner `corner` (a curve that leaves that
    // corner empty gets all of the plot's width), or back beside it when nullopt.
    void placeLegendInside(std::optional<Qt::Alignment> corner);
    // Under the title: the axis rect at (0, 0), and what a kind of plot puts beside it.
    QCPLayoutGrid* body() const { return body_; }
    // Actions a kind of plot adds to the context menu, after Save and Copy.
    virtual void addContextActions(QMenu&) {}
    // Shows or hides the hover and selection outlines (for pictures without them).
    virtual void setMarksVisible(bool) {}
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override; // a new font (presentation mode): axes follow

private:
    // A smaller font, then two lines (or more, at the smallest font), when the title is wider
    // than `width` pixels: never cut.
    void fitTitle(int width);
    // Runs `draw` with the plot laid out at `size` (and without the marks when pictures
    // leave them out), then restores the on-screen layout.
    template <typename Draw> void drawAt(QSize size, Draw draw);
    void saveImageInteractively();

    QString id_;
    QString fullTitle_;
    QCPTextElement* title_;
    QCPLayoutGrid* body_;
    QCPLayoutGrid* legendSide_ = nullptr; // where placeLegendBeside put the legend
    bool layingOut_ = false;
    bool settling_ = false;
};

} // namespace al
