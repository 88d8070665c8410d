#include "ui/page_picture.h"

#include "ui/lesson_page.h"
#include "ui/widgets/plot_view.h"

#include <QFontMetrics>
#include <QTextDocument>

namespace al {

namespace {
constexpr int lowestTitle = 56, margin = 20;

int columnsFor(int plots) {
    return plots <= 3 ? std::max(plots, 1) : plots == 4 ? 2 : std::min((plots + 1) / 2, 4);
}

QFont titleFont(const LessonPage& lesson) {
    QFont font = lesson.font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    return font;
}

// The title's band: one line, or as many as the title needs at the page's width (it wraps,
// never cut).
QRect titleRect(const LessonPage& lesson, int width) {
    const QRect room(margin, 0, width - 2 * margin, 10000);
    const QRect needed = QFontMetrics(titleFont(lesson)).boundingRect(room, Qt::TextWordWrap, lessonPageTitle(lesson));
    return {margin, 0, room.width(), std::max(lowestTitle, needed.height() + margin)};
}

// The explanation laid out at the page's width, in the window's explanation font.
void layOutExplanation(QTextDocument& text, const LessonPage& lesson, int width) {
    QFont font = lesson.font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    text.setDefaultFont(font);
    text.setHtml(lesson.explanation());
    text.setTextWidth(width - 2 * margin);
}
} // namespace

QString lessonPageTitle(const LessonPage& lesson) {
    return QObject::tr("%1 — %2").arg(lesson.pageTitle(), lesson.stepTitle(lesson.step()));
}

QSize lessonPageSize(const LessonPage& lesson) {
    const int plots = int(lesson.visiblePlots().size()), columns = columnsFor(plots);
    const int rows = plots == 0 ? 0 : (plots + columns - 1) / columns;
    const int width = columns * plotExportSize.width();
    QTextDocument text;
    layOutExplanation(text, lesson, width);
    const int titleHeight = titleRect(lesson, width).height();
    return {width, titleHeight + rows * plotExportSize.height() + int(text.size().height()) + 2 * margin};
}

void paintLessonPage(QCPPainter& painter, LessonPage& lesson) {
    const QSize page = lessonPageSize(lesson);
    painter.fillRect(QRect(QPoint(0, 0), page), Qt::white);
    painter.setPen(Qt::black);
    painter.setFont(titleFont(lesson));
    const QRect title = titleRect(lesson, page.width());
    const int titleHeight = title.height();
    painter.drawText(title, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, lessonPageTitle(lesson));

    const QList<PlotView*> plots = lesson.visiblePlots();
    const int columns = columnsFor(int(plots.size()));
    for (int p = 0; p < plots.size(); ++p) {
        painter.save();
        painter.translate((p % columns) * plotExportSize.width(),
                          titleHeight + (p / columns) * plotExportSize.height());
        plots[p]->paint(painter, plotExportSize);
        painter.restore();
    }
    const int rows = plots.isEmpty() ? 0 : int((plots.size() + columns - 1) / columns);
    QTextDocument text;
    layOutExplanation(text, lesson, page.width());
    painter.save();
    painter.translate(margin, titleHeight + rows * plotExportSize.height() + margin);
    text.drawContents(&painter);
    painter.restore();
}

} // namespace al
