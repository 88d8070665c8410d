#pragma once
// What every picture of the app shares: an id (for file names) and a title drawn above it,
// rendering to an image at any scale or onto a vector page, and a context menu to save it
// (PNG, SVG, PDF) or copy it.
// HeatmapView, ContributionBars and ChartView are plot views.
#include <qcustomplot.h>

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
    // context menu's choice, remembered; the plot on screen always shows them.
    static bool marksInPictures();
    static void setMarksInPictures(bool include);

    QSize sizeHint() const override { return {420, 380}; }

protected:
    void setIdAndTitle(const QString& id, const QString& title);
    // Actions a kind of plot adds to the context menu, after Save and Copy.
    virtual void addContextActions(QMenu&) {}
    // Shows or hides the hover and selection outlines (for pictures without them).
    virtual void setMarksVisible(bool) {}
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override; // a new font (presentation mode): axes follow

private:
    // A smaller font, then an ellipsis, when the title is wider than `width` pixels.
    void fitTitle(int width);
    // Runs `draw` with the plot laid out at `size` (and without the marks when pictures
    // leave them out), then restores the on-screen layout.
    template <typename Draw> void drawAt(QSize size, Draw draw);
    void saveImageInteractively();

    QString id_;
    QString fullTitle_;
    QCPTextElement* title_;
};

} // namespace al
