#include "ui/widgets/sequence_diagram_view.h"

#include "ui/notation.h"
#include "ui/widgets/color_schemes.h"

#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace al {

namespace {
// The app's palette (color_schemes.h): the series blue for what is computed, its orange for
// the frame's current output, red for the path, greys for what is not computed yet.
const QColor ink("#333333");
const QColor inputFill("#eef3f8"), inputBorder("#7f9cbf");
const QColor computedFill = seriesColour(0), computedBorder("#3b5f86");
const QColor pendingBorder("#b4b4b4"), pendingText("#9a9a9a"), pendingArrow("#cfcfcf");
const QColor currentFill = seriesColour(1), currentBorder("#c4670f");
const QColor pathColour("#d62728");

// A filled arrowhead of length `size` at the end of `line`.
void drawArrowHead(QCPPainter& painter, const QLineF& line, double size, const QColor& colour) {
    if (line.length() < 1e-6 || size <= 0) return;
    const QPointF tip = line.p2();
    const QPointF back = (line.p1() - tip) / line.length() * size;
    const QPointF side(-back.y() * 0.5, back.x() * 0.5);
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip + back + side);
    head.lineTo(tip + back - side);
    head.closeSubpath();
    painter.fillPath(head, colour);
}

// The line shortened at its end by `by` pixels, so that a wide pen stops at the arrowhead's base.
QLineF shortened(const QLineF& line, double by) {
    if (line.length() <= by) return QLineF(line.p1(), line.p1());
    QLineF result = line;
    result.setLength(line.length() - by);
    return result;
}

void drawText(QCPPainter& painter, const DiagramText& text, int flags = Qt::AlignCenter) {
    if (text.text.isEmpty()) return;
    if (!text.turned) {
        painter.drawText(text.rect, flags, text.text);
        return;
    }
    painter.save();
    painter.translate(text.rect.center());
    painter.rotate(-90);
    painter.drawText(QRectF(-text.rect.height() / 2, -text.rect.width() / 2, text.rect.height(), text.rect.width()),
                     flags, text.text);
    painter.restore();
}

// A box with rounded corners, never so round that a small box becomes a disc.
void drawBox(QCPPainter& painter, const QRectF& box, double scale) {
    const double radius = std::min(3 * scale, std::min(box.width(), box.height()) / 4);
    painter.drawRoundedRect(box, radius, radius);
}

double distanceTo(const QLineF& line, const QPointF& point) {
    const QPointF d = line.p2() - line.p1();
    const double length2 = QPointF::dotProduct(d, d);
    const double along = length2 > 0 ? std::clamp(QPointF::dotProduct(point - line.p1(), d) / length2, 0.0, 1.0) : 0;
    const QPointF nearest = line.p1() + along * d;
    return std::hypot(point.x() - nearest.x(), point.y() - nearest.y());
}
} // namespace

// Draws the diagram into the axis rect: on screen, into image() and onto vector pages alike.
class SequenceDiagramLayer : public QCPLayerable {
public:
    explicit SequenceDiagramLayer(SequenceDiagramView* view) : QCPLayerable(view), view_(view) {}

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override { painter->setAntialiasing(true); }
    void draw(QCPPainter* painter) override;

private:
    void drawEdges(QCPPainter& painter, const SequenceDiagramLayout& layout) const;
    void drawBoxes(QCPPainter& painter, const SequenceDiagramLayout& layout) const;
    void drawPath(QCPPainter& painter, const SequenceDiagramLayout& layout) const;
    SequenceDiagramView* view_;
};

void SequenceDiagramLayer::draw(QCPPainter* painter) {
    const SequenceDiagramLayout layout = view_->currentLayout();
    painter->save();
    painter->setClipRect(layout.area);
    drawEdges(*painter, layout);
    drawBoxes(*painter, layout);
    drawPath(*painter, layout);
    painter->setPen(ink);
    painter->setFont(layout.nameFont);
    drawText(*painter, layout.outputName, Qt::AlignLeft | Qt::AlignVCenter);
    drawText(*painter, layout.inputName, Qt::AlignLeft | Qt::AlignVCenter);
    painter->setFont(layout.captionFont);
    drawText(*painter, layout.caption, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap);
    painter->restore();
}

void SequenceDiagramLayer::drawEdges(QCPPainter& painter, const SequenceDiagramLayout& layout) const {
    const SequenceDiagramData& data = view_->data();
    const bool recurrent = data.kind == SequenceDiagramData::Kind::Recurrent;
    const double scale = layout.nameFont.pointSizeF() / 9.0;
    const int n = int(layout.outputs.size());
    const bool linksGiven = data.links.rows() == n && data.links.cols() == n;
    // Many lines would be a solid block: the more there are, the fainter each.
    const int uniformAlpha = std::clamp(int(255 * 3.0 / std::max(n, 1)), 45, 200);
    const double crowding = std::clamp(8.0 / std::max(n, 1), 0.3, 1.0);
    std::vector<const DiagramEdge*> current;
    for (const DiagramEdge& edge : layout.edges) {
        if (edge.to == data.current) {
            current.push_back(&edge); // drawn last, on top
            continue;
        }
        const bool computed = edge.to < data.computed;
        QColor colour = computed ? computedFill : pendingArrow;
        double width = 1.4 * scale;
        if (!recurrent) {
            // Squared: the few strong links stand out of the many weak ones.
            const double emphasis = edge.strength * edge.strength;
            colour.setAlpha(linksGiven ? int((25 + 230 * emphasis) * crowding) : uniformAlpha);
            width = (linksGiven ? 0.5 + 2.5 * emphasis : 1.0) * scale;
        }
        painter.setPen(QPen(colour, width, computed ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap));
        const bool head = recurrent || n <= 4;
        const double size = edge.kind == DiagramEdge::Kind::OutputToOutput ? layout.chainArrowHead : layout.arrowHead;
        painter.drawLine(head ? shortened(edge.line, size * 0.8) : edge.line);
        if (head) drawArrowHead(painter, edge.line, size, colour);
    }
    for (const DiagramEdge* edge : current) {
        QColor colour = currentFill;
        if (!recurrent && linksGiven) colour.setAlpha(int(90 + 165 * edge->strength));
        const double width = (recurrent || !linksGiven ? 2.6 : 1.0 + 2.6 * edge->strength) * scale;
        const double size = edge->kind == DiagramEdge::Kind::OutputToOutput ? layout.chainArrowHead : layout.arrowHead;
        painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(shortened(edge->line, size * 0.8));
        drawArrowHead(painter, edge->line, size, colour);
    }
}

void SequenceDiagramLayer::drawBoxes(QCPPainter& painter, const SequenceDiagramLayout& layout) const {
    const SequenceDiagramData& data = view_->data();
    const double scale = layout.nameFont.pointSizeF() / 9.0;
    for (const QRectF& box : layout.inputs) {
        painter.setPen(QPen(inputBorder, 1.2 * scale));
        painter.setBrush(inputFill);
        drawBox(painter, box, scale);
    }
    for (std::size_t t = 0; t < layout.outputs.size(); ++t) {
        const bool computed = int(t) < data.computed, current = int(t) == data.current;
        if (current) {
            painter.setPen(QPen(currentBorder, 2.2 * scale));
            painter.setBrush(currentFill);
        } else if (computed) {
            painter.setPen(QPen(computedBorder, 1.2 * scale));
            painter.setBrush(computedFill);
        } else {
            painter.setPen(QPen(pendingBorder, 1.2 * scale, Qt::DashLine));
            painter.setBrush(Qt::white);
        }
        drawBox(painter, layout.outputs[t], scale);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(ink);
    painter.setFont(layout.inputFont);
    for (const DiagramText& text : layout.inputTexts)
        drawText(painter, text);
    painter.setFont(layout.outputFont);
    for (const DiagramText& text : layout.outputTexts) {
        QColor colour = ink; // above the boxes, on white
        if (text.inBox && text.index == data.current)
            colour = textColorOn(currentFill);
        else if (text.inBox && text.index < data.computed)
            colour = textColorOn(computedFill);
        else if (text.inBox)
            colour = pendingText;
        painter.setPen(colour);
        drawText(painter, text);
    }
}

void SequenceDiagramLayer::drawPath(QCPPainter& painter, const SequenceDiagramLayout& layout) const {
    if (layout.path.empty()) return;
    const double scale = layout.nameFont.pointSizeF() / 9.0;
    const SequenceDiagramData& data = view_->data();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(pathColour, 2.4 * scale));
    drawBox(painter, layout.inputs[std::size_t(data.pathFrom)], scale);
    for (const DiagramEdge& edge : layout.path)
        drawBox(painter, layout.outputs[std::size_t(edge.to)], scale);
    for (const DiagramEdge& edge : layout.path) {
        const double size = edge.kind == DiagramEdge::Kind::OutputToOutput ? layout.chainArrowHead : layout.arrowHead;
        painter.setPen(QPen(pathColour, 3.2 * scale, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(shortened(edge.line, size * 0.8));
        drawArrowHead(painter, edge.line, size * 1.15, pathColour);
    }
    painter.setFont(layout.badgeFont);
    for (const HopBadge& badge : layout.badges) {
        const QString number = QString::number(badge.number);
        const double width =
            std::max(2 * layout.badgeRadius, QFontMetricsF(layout.badgeFont).horizontalAdvance(number) + 6);
        const QRectF disc(badge.centre.x() - width / 2, badge.centre.y() - layout.badgeRadius, width,
                          2 * layout.badgeRadius);
        painter.setPen(QPen(Qt::white, 1.2 * scale));
        painter.setBrush(pathColour);
        painter.drawRoundedRect(disc, layout.badgeRadius, layout.badgeRadius);
        painter.setPen(Qt::white);
        painter.drawText(disc, Qt::AlignCenter, number);
    }
}

SequenceDiagramView::SequenceDiagramView(QWidget* parent) : PlotView(parent) {
    setMouseTracking(true);
    // A bare axis rect: no axes, no margins; the layer draws the whole diagram in it.
    for (QCPAxis* axis : axisRect()->axes()) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    axisRect()->setAutoMargins(QCP::msNone);
    axisRect()->setMargins(QMargins(0, 0, 0, 0));
    layer_ = new SequenceDiagramLayer(this);
}

void SequenceDiagramView::setData(const SequenceDiagramData& data) {
    data_ = data;
    setIdAndTitle(data_.id, data_.title);
    replot(rpQueuedReplot);
}

SequenceDiagramLayout SequenceDiagramView::currentLayout() const {
    const bool recurrent = data_.kind == SequenceDiagramData::Kind::Recurrent;
    return layOutSequenceDiagram(data_, QRectF(axisRect()->rect()), font(), tr("inputs a"),
                                 recurrent ? tr("states h") : tr("outputs b"));
}

QString SequenceDiagramView::describeBox(bool output, int index) const {
    const QString input = notation::plainSup("a", index);
    if (!output) return tr("input %1: %2").arg(input, data_.inputLabels.value(index).toHtmlEscaped());
    const QString name = data_.outputLabels.value(index).toHtmlEscaped();
    const QString state = index == data_.current   ? tr("computed in this step")
                          : index < data_.computed ? tr("computed")
                                                   : tr("not computed yet");
    if (data_.kind == SequenceDiagramData::Kind::SelfAttention)
        return tr("%1 reads every input at once (%2)").arg(name, state);
    if (index == 0) return tr("%1 reads %2 only: the first state (%3)").arg(name, input, state);
    return tr("%1 reads %2 and waits for %3 (%4)")
        .arg(name, input, data_.outputLabels.value(index - 1).toHtmlEscaped(), state);
}

QString SequenceDiagramView::describeEdge(const DiagramEdge& edge) const {
    const QString to = data_.outputLabels.value(edge.to).toHtmlEscaped();
    if (edge.kind == DiagramEdge::Kind::OutputToOutput)
        return tr("%1 waits for %2").arg(to, data_.outputLabels.value(edge.from).toHtmlEscaped());
    const QString from = notation::plainSup("a", edge.from);
    const QString token = data_.inputLabels.value(edge.from).toHtmlEscaped();
    const int n = int(data_.outputLabels.size());
    if (data_.kind == SequenceDiagramData::Kind::SelfAttention && data_.links.rows() == n && data_.links.cols() == n)
        return tr("%1 reads %2 (%3), link strength %4").arg(to, from, token, notation::number(edge.strength));
    return tr("%1 reads %2 (%3)").arg(to, from, token);
}

QString SequenceDiagramView::describeAt(const QPointF& position) const {
    const SequenceDiagramLayout layout = currentLayout();
    for (std::size_t t = 0; t < layout.outputs.size(); ++t) {
        if (layout.outputs[t].adjusted(-2, -2, 2, 2).contains(position)) return describeBox(true, int(t));
        if (layout.inputs[t].adjusted(-2, -2, 2, 2).contains(position)) return describeBox(false, int(t));
    }
    // The nearest arrow within a few pixels; the strongest wins a tie (drawn on top).
    const DiagramEdge* nearest = nullptr;
    double best = 4.5;
    for (const DiagramEdge& edge : layout.edges)
        if (const double distance = distanceTo(edge.line, position); distance <= best) {
            best = distance;
            nearest = &edge;
        }
    return nearest ? describeEdge(*nearest) : QString();
}

void SequenceDiagramView::mouseMoveEvent(QMouseEvent* event) {
    PlotView::mouseMoveEvent(event);
    const QString text = event->buttons() == Qt::NoButton ? describeAt(event->position()) : QString();
    if (!text.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), "<qt>" + text + "</qt>", this);
    else if (tipShown_)
        QToolTip::hideText();
    tipShown_ = !text.isEmpty();
}

void SequenceDiagramView::leaveEvent(QEvent* event) {
    PlotView::leaveEvent(event);
    if (tipShown_) QToolTip::hideText();
    tipShown_ = false;
}

} // namespace al
