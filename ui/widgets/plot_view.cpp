#include "ui/widgets/plot_view.h"

#include "ui/widgets/plot_files.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

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

void PlotView::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() != QEvent::FontChange) return;
    QList<QCPAxis*> axes;
    for (QCPAxisRect* rect : axisRects()) axes << rect->axes();
    for (int i = 0; i < plotLayout()->elementCount(); ++i)
        if (auto* scale = qobject_cast<QCPColorScale*>(plotLayout()->elementAt(i))) axes << scale->axis();
    for (QCPAxis* axis : axes) {
        axis->setTickLabelFont(font());
        axis->setLabelFont(font());
    }
    if (legend) legend->setFont(font());
    fitTitle(width());
    replot(rpQueuedReplot);
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

template <typename Draw> void PlotView::drawAt(QSize size, Draw draw) {
    if (!size.isValid()) size = this->size();
    // Lay the plot out at the picture's size first: toPixmap() and toPainter() draw without a
    // layout pass of their own, and a heatmap fits its cells and labels after each layout
    // (twice: the labels change the margins). A page never shown would otherwise draw at its
    // default size.
    const QRect onScreen = viewport();
    const bool marks = marksInPictures();
    if (!marks) setMarksVisible(false);
    fitTitle(size.width()); // the picture has its own width: the title may fit in full there
    setViewport(QRect(QPoint(0, 0), size));
    updateLayout();
    updateLayout();
    draw(size);
    setViewport(onScreen);
    if (!marks) setMarksVisible(true);
    updateLayout();
    fitTitle(width());
}

QPixmap PlotView::image(double scale, QSize size) {
    QPixmap picture;
    drawAt(size, [&](QSize at) { picture = toPixmap(at.width(), at.height(), scale); });
    return picture;
}

void PlotView::paint(QCPPainter& painter, QSize size) {
    drawAt(size, [&](QSize at) {
        painter.save();
        painter.setClipRect(QRect(QPoint(0, 0), at));
        toPainter(&painter, at.width(), at.height());
        painter.restore();
    });
}

bool PlotView::marksInPictures() { return QSettings().value("export/includeMarks", true).toBool(); }

void PlotView::setMarksInPictures(bool include) { QSettings().setValue("export/includeMarks", include); }

void PlotView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Save image…"), this, &PlotView::saveImageInteractively);
    menu.addAction(tr("Copy image"), this, [this] { QApplication::clipboard()->setPixmap(image(2.0)); });
    QAction* marks = menu.addAction(tr("Include hover and selection in pictures"));
    marks->setCheckable(true);
    marks->setChecked(marksInPictures());
    connect(marks, &QAction::toggled, this, &PlotView::setMarksInPictures);
    addContextActions(menu);
    menu.exec(event->globalPos());
}

void PlotView::saveImageInteractively() {
    QString filter;
    const QString named = property("fileBaseName").toString(); // the window's: lesson, step, plot, query
    QString file = QFileDialog::getSaveFileName(this, tr("Save image"), (named.isEmpty() ? id_ : named) + ".png",
                                                imageFileFilters(), &filter);
    if (file.isEmpty()) return;
    const ExportFormat format = chosenImageFormat(file, filter);
    double scale = 1.0;
    if (format == ExportFormat::Png) {
        bool ok = false;
        scale = QInputDialog::getDouble(this, tr("Scale"), tr("Scale factor (2 or 3 for slides):"), 2.0, 0.5, 8.0, 1, &ok);
        if (!ok) return;
    }
    if (const QString error = writePlotFile(*this, file, format, scale); !error.isEmpty())
        QMessageBox::warning(this, tr("Save image"), error);
}

} // namespace al
