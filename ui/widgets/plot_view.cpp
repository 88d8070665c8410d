#include "ui/widgets/plot_view.h"

#include "ui/widgets/plot_files.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTextBoundaryFinder>

namespace al {

namespace {
// Where `text` may be broken across lines: after spaces, and between CJK characters.
QList<int> breakOpportunities(const QString& text) {
    QList<int> positions;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    while (finder.toNextBoundary() > 0)
        if (finder.position() < text.size() && finder.boundaryReasons().testFlag(QTextBoundaryFinder::BreakOpportunity))
            positions << int(finder.position());
    return positions;
}

// `text` in two lines each at most `room` wide, broken where the wider of them is narrowest;
// empty when no break makes both fit.
QStringList twoLines(const QString& text, const QFontMetrics& metrics, int room) {
    QStringList best;
    int bestWidth = room + 1;
    for (int at : breakOpportunities(text)) {
        const QString first = text.left(at).trimmed(), second = text.mid(at).trimmed();
        const int wider = std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (!first.isEmpty() && !second.isEmpty() && wider < bestWidth) {
            best = QStringList{first, second};
            bestWidth = wider;
        }
    }
    return best;
}

// `text` in as many lines as it takes, each filled as far as it fits; a piece wider than
// `room` on its own (no break in it) is the only thing ever elided.
QStringList greedyLines(const QString& text, const QFontMetrics& metrics, int room) {
    QStringList lines;
    int start = 0, lastFit = -1;
    QList<int> breaks = breakOpportunities(text);
    breaks << int(text.size());
    for (int at : breaks) {
        if (metrics.horizontalAdvance(text.mid(start, at - start).trimmed()) <= room) {
            lastFit = at;
            continue;
        }
        const int end = lastFit > start ? lastFit : at; // nothing fitted: this piece alone, elided
        lines << metrics.elidedText(text.mid(start, end - start).trimmed(), Qt::ElideRight, room);
        start = end;
        lastFit = metrics.horizontalAdvance(text.mid(start, at - start).trimmed()) <= room ? at : -1;
    }
    if (start < text.size()) lines << metrics.elidedText(text.mid(start).trimmed(), Qt::ElideRight, room);
    return lines;
}
} // namespace

PlotView::PlotView(QWidget* parent) : QCustomPlot(parent) {
    // Never squeezed to nothing: a plot of zero width cannot be drawn (QCustomPlot warns on
    // every replot), which happens on lesson pages not yet shown, still at their default size.
    setMinimumSize(120, 100);
    // The title across the whole width above the body: the axis rect and what goes beside it.
    QCPAxisRect* rect = axisRect();
    plotLayout()->take(rect);
    plotLayout()->simplify();
    title_ = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    body_ = new QCPLayoutGrid;
    body_->setAutoMargins(QCP::msNone);
    plotLayout()->addElement(0, 0, title_);
    plotLayout()->addElement(1, 0, body_);
    plotLayout()->setRowStretchFactor(0, 0.001);
    body_->addElement(0, 0, rect);
}

void PlotView::setIdAndTitle(const QString& id, const QString& title) {
    id_ = id;
    fullTitle_ = title;
    fitTitle(width());
}

void PlotView::resizeEvent(QResizeEvent* event) {
    fitTitle(event->size().width()); // first: the replot of the new size lays the title out
    QCustomPlot::resizeEvent(event);
}

void PlotView::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() != QEvent::FontChange) return;
    QList<QCPAxis*> axes;
    for (QCPAxisRect* rect : axisRects())
        axes << rect->axes();
    for (QCPLayoutElement* element : plotLayout()->elements(true))
        if (auto* scale = qobject_cast<QCPColorScale*>(element)) axes << scale->axis();
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
    const int base = this->font().pointSize() + 1, smallest = std::max(7, base - 3);
    QFont font(this->font().family(), base, QFont::Bold);
    QStringList lines;
    // One line at the full size or a point smaller; else two balanced lines from the full size
    // down; else as many lines as it takes at the smallest size.
    for (int size = base; size >= std::max(smallest, base - 1) && lines.isEmpty(); --size) {
        font.setPointSize(size);
        if (QFontMetrics(font).horizontalAdvance(fullTitle_) <= room) lines = QStringList{fullTitle_};
    }
    for (int size = base; size >= smallest && lines.isEmpty(); --size) {
        font.setPointSize(size);
        lines = twoLines(fullTitle_, QFontMetrics(font), room);
    }
    if (lines.isEmpty()) {
        font.setPointSize(smallest);
        lines = greedyLines(fullTitle_, QFontMetrics(font), room);
    }
    title_->setFont(font);
    title_->setText(lines.join('\n'));
    QString unbroken = lines.join(' ');
    setToolTip(unbroken.remove(' ') == QString(fullTitle_).remove(' ') ? QString() : fullTitle_);
}

void PlotView::updateLayout() {
    if (layingOut_) return QCustomPlot::updateLayout();
    layingOut_ = true;
    fitTitle(viewport().width()); // the title as the current font and width (or picture's) make it
    startLayout();
    // Each pass computes the ticks and margins from the ranges and tickers the previous fit
    // set; when the axis rect comes out as the one that fit was made for, they agree. A few
    // passes settle it (labels that turn or thin out change the margins once or twice); the
    // last pass always follows a fit, so ticks and labels are the fitted ones in any case.
    constexpr int maxPasses = 5;
    QRect fittedTo;
    settling_ = false;
    for (int pass = 0;; ++pass) {
        QCustomPlot::updateLayout();
        const QRect area = axisRect()->rect();
        if (pass > 0 && area == fittedTo) break;
        // Not settled after a few passes: fit once more to this very layout, changing nothing
        // that moves it (settling()), and lay out once more so the ticks are the fitted ones.
        settling_ = pass >= maxPasses;
        fitToLayout();
        fittedTo = area;
        if (settling_) {
            QCustomPlot::updateLayout();
            break;
        }
    }
    settling_ = false;
    layingOut_ = false;
}

void PlotView::placeLegendBeside() {
    // A column of its own in the body, right of the axis rect, with the width it needs.
    axisRect()->insetLayout()->take(legend);
    auto* side = new QCPLayoutGrid;
    legendSide_ = side;
    body_->addElement(0, body_->columnCount(), side);
    side->addElement(0, 0, legend);
    side->addElement(1, 0, new QCPLayoutElement(this)); // below the legend: empty, takes the rest
    side->setMargins(QMargins(0, 0, 4, 0));
    side->setRowStretchFactor(0, 0.001);
    side->setRowStretchFactor(1, 1);
    body_->setColumnStretchFactor(body_->columnCount() - 1, 0.001);
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    side->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
}

void PlotView::placeLegendInside(std::optional<Qt::Alignment> corner) {
    QCPLayoutInset* inset = axisRect()->insetLayout();
    const bool inside = legend->layout() == inset;
    if (corner) {
        if (!inside) {
            if (legend->layout()) legend->layout()->take(legend);
            inset->addElement(legend, *corner);
        } else {
            inset->setInsetAlignment(inset->elements(false).indexOf(legend), *corner);
        }
    } else if (inside && legendSide_) {
        inset->take(legend);
        legendSide_->addElement(0, 0, legend);
    }
    legend->setBrush(QColor(255, 255, 255, corner ? 215 : 255)); // inside: the curves show through faintly
}

template <typename Draw> void PlotView::drawAt(QSize size, Draw draw) {
    if (!size.isValid()) size = this->size();
    // Lay the plot out at the picture's size first: toPixmap() and toPainter() draw without a
    // layout pass of their own. A page never shown would otherwise draw at its default size.
    const QRect onScreen = viewport();
    const bool marks = marksInPictures();
    if (!marks) setMarksVisible(false);
    fitTitle(size.width()); // the picture has its own width: the title may fit in full there
    setViewport(QRect(QPoint(0, 0), size));
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

bool PlotView::marksInPictures() {
    return QSettings().value("export/includeMarks", false).toBool();
}

void PlotView::setMarksInPictures(bool include) {
    QSettings().setValue("export/includeMarks", include);
}

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
        scale =
            QInputDialog::getDouble(this, tr("Scale"), tr("Scale factor (2 or 3 for slides):"), 2.0, 0.5, 8.0, 1, &ok);
        if (!ok) return;
    }
    if (const QString error = writePlotFile(*this, file, format, scale); !error.isEmpty())
        QMessageBox::warning(this, tr("Save image"), error);
}

} // namespace al
