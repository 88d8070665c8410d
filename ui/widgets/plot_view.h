#pragma once
// What every picture of the app shares: an id (for file names) and a title drawn above it,
// rendering to an image at any scale, and a context menu to save it as PNG or copy it.
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
    bool saveImage(const QString& file, double scale = 1.0, QSize size = {});

    QSize sizeHint() const override { return {420, 380}; }

protected:
    void setIdAndTitle(const QString& id, const QString& title);
    // Actions a kind of plot adds to the context menu, after Save and Copy.
    virtual void addContextActions(QMenu&) {}
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // A smaller font, then an ellipsis, when the title is wider than `width` pixels.
    void fitTitle(int width);
    void saveImageInteractively();

    QString id_;
    QString fullTitle_;
    QCPTextElement* title_;
};

} // namespace al
