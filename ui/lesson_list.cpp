#include "ui/lesson_list.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace al {

LessonList::LessonList(QWidget* parent) : QListWidget(parent) {
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void LessonList::setTitles(const QStringList& titles) {
    clear();
    addItems(titles);
    fitWidth();
}

int LessonList::neededWidth() const {
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    // The item's text margins both sides: the focus frame's, and one pixel (as QListView lays
    // out an item's text).
    const int itemMargins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    // A scroll bar takes room only when the titles are taller than the list (a very low window).
    int rows = 0;
    for (int row = 0; row < count(); ++row) rows += sizeHintForRow(row);
    const bool scrolls = isVisible() && count() > 0 && rows > height() - 2 * frameWidth(); // not laid out yet: no
    const int scrollBar = scrolls ? style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) : 0;
    return widest + itemMargins + 2 * frameWidth() + scrollBar;
}

QSize LessonList::sizeHint() const { return {neededWidth(), QListWidget::sizeHint().height()}; }

void LessonList::changeEvent(QEvent* event) {
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) fitWidth();
}

void LessonList::resizeEvent(QResizeEvent* event) {
    QListWidget::resizeEvent(event);
    if (minimumWidth() != neededWidth()) fitWidth(); // a scroll bar came or went
}

void LessonList::fitWidth() {
    const int needed = neededWidth();
    setMinimumWidth(needed);
    // It may be dragged a little wider, never so wide that it takes the pictures' room.
    setMaximumWidth(needed * 2);
    updateGeometry();
}

} // namespace al
