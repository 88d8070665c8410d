#pragma once
// A lesson step's plots laid out so that the matrices' cells get the most room: in one row,
// one column, or rows of k plots — whichever gives the largest cells — with every heatmap as
// wide and as tall as its matrix's shape asks at that one cell size (so maps of the same
// shape line up) and what is left shared out evenly. A row vector gets the width, a square
// matrix a square. Other widgets (charts, sequence diagrams, tables) get the size they ask
// for. Hidden widgets take no room.
#include <QLayout>
#include <QList>

namespace al {

class PlotGridLayout : public QLayout {
public:
    explicit PlotGridLayout(QWidget* parent = nullptr);
    ~PlotGridLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(items_.size()); }
    QLayoutItem* itemAt(int index) const override { return items_.value(index); }
    QLayoutItem* takeAt(int index) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal | Qt::Vertical; }
    void setGeometry(const QRect& rect) override;

    // How many plots a row holds in the current arrangement (after a layout).
    int columnsInUse() const { return columns_; }

private:
    QSize gridSize(QSize (QLayoutItem::*size)() const) const;

    QList<QLayoutItem*> items_;
    int columns_ = 1;
};

} // namespace al
