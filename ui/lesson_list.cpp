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
    // The widest item as the list's own delegate lays it out: the title and its margins.
    const int widest = count() > 0 ? sizeHintForColumn(0) : 0;
    // A scroll bar takes room only when the titles are taller than the list (a very low
    // window); before the list is laid out there is none.
    int rows = 0;
    for (int row = 0; row < count(); ++row)
        rows += sizeHintForRow(row);
    const bool scrolls = isVisible() && count() > 0 && rows > height() - 2 * frameWidth();
    const int scrollBar = scrolls ? style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) : 0;
    return widest + 2 * frameWidth() + scrollBar;
}

QSize LessonList::sizeHint() const {
    // The width fitWidth() found (it follows the titles, the font, the style and the scroll
    // bar): measuring every title again at each layout of the window cost a fifth of a frame
    // while a lesson redraws thirty times a second.
    return {minimumWidth() > 0 ? minimumWidth() : neededWidth(), QListWidget::sizeHint().height()};
}

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
