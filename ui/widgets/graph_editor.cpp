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
    if (found != edges_.end()) edges_.erase(std::remove_if(edges_.begin(), edges_.end(), same), edges_.end());
    else edges_.emplace_back(from, to);
    update();
    emit edgesChanged(edges_);
}

double GraphEditor::nodeRadius() const {
    const int n = std::max<int>(int(labels_.size()), 1);
    const double ring = 0.38 * std::min(width(), height());
    return std::clamp(ring * 3.0 / n, 3.0, 14.0);
}

QPointF GraphEditor::nodePosition(int node) const {
    const int n = std::max<int>(int(labels_.size()), 1);
    const double angle = -M_PI / 2 + 2 * M_PI * node / n; // the first token at the top, clockwise
    const double ring = 0.38 * std::min(width(), height());
    return QPointF(width() / 2.0 + ring * std::cos(angle), height() / 2.0 + ring * std::sin(angle));
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
    const bool labelled = labels_.size() <= 24;
    for (int node = 0; node < labels_.size(); ++node) {
        const QPointF centre = nodePosition(node);
        painter.setPen(QPen(Qt::black, node == pending_ ? 2.5 : 1));
        painter.setBrush(node == pending_ ? QColor("#ff7f0e") : QColor("#f0f0f0"));
        painter.drawEllipse(centre, radius, radius);
        if (!labelled) continue;
        const QPointF outward = (centre - QPointF(width() / 2.0, height() / 2.0)) * 0.14;
        painter.setPen(palette().text().color());
        painter.drawText(QRectF(centre + outward - QPointF(40, 9), QSizeF(80, 18)), Qt::AlignCenter, labels_[node]);
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
