#include "ui/widgets/plot_view.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace al {

PlotView::PlotView(QWidget* parent) : QCustomPlot(parent) {
    // Never squeezed to nothing: a plot of zero width cannot be drawn (QCustomPlot warns on
    // every replot), which happens on lesson pages not yet shown, still at their default size.
    setMinimumSize(120, 100);
    plotLayout()->insertRow(0);
    title_ = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    plotLayout()->addElement(0, 0, title_);
}

void PlotView::setIdAndTitle(const QString& id, const QString& title) {
    id_ = id;
    fullTitle_ = title;
    fitTitle(width());
}

void PlotView::resizeEvent(QResizeEvent* event) {
    QCustomPlot::resizeEvent(event);
    fitTitle(width());
}

void PlotView::fitTitle(int width) {
    const int room = std::max(width - 12, 40);
    QFont font(this->font().family(), this->font().pointSize() + 1, QFont::Bold);
    while (QFontMetrics(font).horizontalAdvance(fullTitle_) > room && font.pointSize() > 7)
        font.setPointSize(font.pointSize() - 1);
    title_->setFont(font);
    title_->setText(QFontMetrics(font).elidedText(fullTitle_, Qt::ElideRight, room));
    setToolTip(title_->text() == fullTitle_ ? QString() : fullTitle_);
}

QPixmap PlotView::image(double scale, QSize size) {
    if (!size.isValid()) size = this->size();
    // Lay the plot out at the picture's size first: toPixmap() draws without a layout pass of
    // its own, and a heatmap fits its cells and labels after each layout (twice: the labels
    // change the margins). A page never shown would otherwise draw at its default size.
    const QRect onScreen = viewport();
    fitTitle(size.width()); // the picture has its own width: the title may fit in full there
    setViewport(QRect(QPoint(0, 0), size));
    updateLayout();
    updateLayout();
    const QPixmap picture = toPixmap(size.width(), size.height(), scale);
    setViewport(onScreen);
    updateLayout();
    fitTitle(width());
    return picture;
}

bool PlotView::saveImage(const QString& file, double scale, QSize size) {
    return image(scale, size).save(file, "PNG");
}

void PlotView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Save image…"), this, &PlotView::saveImageInteractively);
    menu.addAction(tr("Copy image"), this, [this] { QApplication::clipboard()->setPixmap(image(2.0)); });
    addContextActions(menu);
    menu.exec(event->globalPos());
}

void PlotView::saveImageInteractively() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Save image as PNG"), id_ + ".png", tr("PNG images (*.png)"));
    if (file.isEmpty()) return;
    bool ok = false;
    const double scale = QInputDialog::getDouble(this, tr("Scale"), tr("Scale factor (2 or 3 for slides):"), 2.0, 0.5, 8.0,
                                                 1, &ok);
    if (ok && !saveImage(file, scale)) QMessageBox::warning(this, tr("Save image"), tr("Could not write %1.").arg(file));
}

} // namespace al
