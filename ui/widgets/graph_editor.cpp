#include "ui/widgets/graph_editor.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace al {

GraphEditor::GraphEditor(QWidget* parent) : QWidget(parent) {
    setToolTip(tr("Click a token, then another, to add or remove the edge between them"));
    setMouseTracking(false);
}

void GraphEditor::setGraph(const QStringList& labels, std::vector<std::pair<int, int>> edges, bool directed) {
    labels_ = labels;
    edges_ = std::move(edges);
    directed_ = directed;
    pending_ = -1;
    update();
}

void GraphEditor::toggleEdge(int from, int to) {
    auto same = [&](const std::pair<int, int>& e) {
        return (e.first == from && e.second == to) || (!directed_ && e.first == to && e.second == from);
    };
    const auto found = std::find_if(edges_.begin(), edges_.end(), same);
    if (found != edges_.end())
        edges_.erase(std::remove_if(edges_.begin(), edges_.end(), same), edges_.end());
    else
        edges_.emplace_back(from, to);
    update();
    emit edgesChanged(edges_);
}

double GraphEditor::nodeRadius() const {
    const int n = std::max<int>(int(labels_.size()), 1);
    return std::clamp(ringRadius() * 3.0 / n, 3.0, 14.0);
}

bool GraphEditor::labelled() const {
    return labels_.size() <= 24;
}

QString GraphEditor::shownLabel(int node) const {
    // At most a quarter of the width, so long names leave the ring room.
    const int room = std::max(48, width() / 4);
    return fontMetrics().elidedText(labels_.value(node), Qt::ElideRight, room);
}

double GraphEditor::ringRadius() const {
    // The names sit outside the ring, beside their circles: leave them room to the edge.
    int labelWidth = 0;
    if (labelled())
        for (int node = 0; node < labels_.size(); ++node)
            labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(shownLabel(node)));
    const double labelHeight = labelled() ? fontMetrics().height() : 0;
    const double circle = 14.0 + labelGap; // the largest node radius
    const double across = width() / 2.0 - circle - labelWidth - labelGap;
    const double down = height() / 2.0 - circle - labelHeight - labelGap;
    return std::max(std::min(across, down), 10.0);
}

QPointF GraphEditor::nodePosition(int node) const {
    const int n = std::max<int>(int(labels_.size()), 1);
    const double angle = -M_PI / 2 + 2 * M_PI * node / n; // the first token at the top, clockwise
    const double ring = ringRadius();
    return QPointF(width() / 2.0 + ring * std::cos(angle), height() / 2.0 + ring * std::sin(angle));
}

QRectF GraphEditor::labelRect(int node) const {
    // Beside the circle, away from the centre: to the right of nodes on the right half of the
    // ring, to the left of those on the left, above the top ones and below the bottom ones,
    // so a name never covers its circle or the edges inside the ring.
    const QPointF centre = nodePosition(node);
    const double dx = centre.x() - width() / 2.0, dy = centre.y() - height() / 2.0;
    const QSizeF text(fontMetrics().horizontalAdvance(shownLabel(node)) + 2, fontMetrics().height());
    const double reach = nodeRadius() + labelGap;
    QRectF box(QPointF(), text);
    if (std::abs(dx) >= 0.38 * std::hypot(dx, dy)) { // the sides: beside the circle
        box.moveCenter(centre);
        if (dx > 0)
            box.moveLeft(centre.x() + reach);
        else
            box.moveRight(centre.x() - reach);
    } else { // the top and the bottom: above or under it
        box.moveCenter(centre);
        if (dy > 0)
            box.moveTop(centre.y() + reach);
        else
            box.moveBottom(centre.y() - reach);
    }
    return box;
}

int GraphEditor::nodeAt(const QPointF& point) const {
    for (int node = 0; node < labels_.size(); ++node)
        if (QLineF(point, nodePosition(node)).length() <= nodeRadius() + 3) return node;
    return -1;
}

void GraphEditor::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const double radius = nodeRadius();
    painter.setPen(QPen(QColor("#4e79a7"), 1.6));
    for (auto [from, to] : edges_) {
        const QPointF a = nodePosition(from), b = nodePosition(to);
        const QLineF line(a, b);
        if (line.length() < 1) continue; // a self-loop: every node attends to itself anyway
        const QPointF tip = line.pointAt(1 - radius / line.length());
        painter.drawLine(line.pointAt(radius / line.length()), tip);
        if (directed_) { // an arrow head at the key's end
            const double angle = std::atan2(a.y() - b.y(), a.x() - b.x());
            QPainterPath head(tip);
            head.lineTo(tip + QPointF(8 * std::cos(angle + 0.4), 8 * std::sin(angle + 0.4)));
            head.lineTo(tip + QPointF(8 * std::cos(angle - 0.4), 8 * std::sin(angle - 0.4)));
            head.closeSubpath();
            painter.fillPath(head, QColor("#4e79a7"));
        }
    }
    for (int node = 0; node < labels_.size(); ++node) {
        const QPointF centre = nodePosition(node);
        painter.setPen(QPen(Qt::black, node == pending_ ? 2.5 : 1));
        painter.setBrush(node == pending_ ? QColor("#ff7f0e") : QColor("#f0f0f0"));
        painter.drawEllipse(centre, radius, radius);
        if (!labelled()) continue;
        painter.setPen(palette().text().color());
        painter.drawText(labelRect(node), Qt::AlignCenter, shownLabel(node));
    }
}

void GraphEditor::mousePressEvent(QMouseEvent* event) {
    const int node = nodeAt(event->position());
    if (node < 0) {
        pending_ = -1;
    } else if (pending_ < 0) {
        pending_ = node;
    } else {
        if (node != pending_) toggleEdge(pending_, node);
        pending_ = -1;
    }
    update();
}

} // namespace al
