#pragma once
// Widgets side by side that wrap onto the next line when the width runs out, as words do: a
// row of controls that stays within a narrow window and within presentation mode's larger
// type, instead of widening the window. (Qt's Flow Layout example, kept to what we use.)
#include <QLayout>
#include <QList>

namespace al {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(items_.size()); }
    QLayoutItem* itemAt(int index) const override { return items_.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool place) const; // the height used; places the items when asked

    QList<QLayoutItem*> items_;
    int spacing_;
};

} // namespace al
