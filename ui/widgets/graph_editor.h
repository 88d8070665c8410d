#pragma once
// A graph mask as a node–link diagram: the tokens on a circle, the edges as lines (arrows
// when directed). Click one node, then another, to add or remove the edge between them.
#include <QWidget>

#include <utility>
#include <vector>

namespace al {

class GraphEditor : public QWidget {
    Q_OBJECT
public:
    explicit GraphEditor(QWidget* parent = nullptr);

    void setGraph(const QStringList& labels, std::vector<std::pair<int, int>> edges, bool directed);
    const std::vector<std::pair<int, int>>& edges() const { return edges_; }
    void setDirected(bool directed) {
        directed_ = directed;
        update();
    }
    // Adds the edge (from, to), or removes it when present (either way round if undirected).
    void toggleEdge(int from, int to);

    // Where node `node` is drawn: its centre, the radius of its circle, and the box of its
    // name (outside the circle, away from the centre, inside the widget).
    QPointF nodePosition(int node) const;
    double nodeRadius() const;
    QRectF labelRect(int node) const;

    QSize sizeHint() const override { return {260, 260}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

signals:
    void edgesChanged(const std::vector<std::pair<int, int>>& edges);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    double ringRadius() const;          // the circle the nodes sit on, leaving room for their names
    bool labelled() const;              // names are drawn for up to 24 nodes
    QString shownLabel(int node) const; // the name, elided to a quarter of the width

    static constexpr double labelGap = 4;
    int nodeAt(const QPointF& point) const; // −1 for none

    QStringList labels_;
    std::vector<std::pair<int, int>> edges_;
    bool directed_ = false;
    int pending_ = -1; // the first node of an edge being drawn
};

} // namespace al
