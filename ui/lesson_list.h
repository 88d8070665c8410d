#pragma once
// The list of lessons on the left of the window. It is never narrower than its longest
// title in the current language and font, so no title is ever cut ("Convolutio"): the
// splitter beside it cannot squeeze it, and a saved layout cannot shrink it.
#include <QListWidget>

namespace al {

class LessonList : public QListWidget {
    Q_OBJECT
public:
    explicit LessonList(QWidget* parent = nullptr);

    void setTitles(const QStringList& titles);
    // The width that shows every title whole: the longest title, the item's margins, the
    // frame and, when the list is too low for its titles, a vertical scroll bar.
    int neededWidth() const;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override; // a new font (presentation mode, language)
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitWidth();
};

} // namespace al
