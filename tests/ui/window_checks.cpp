#include "window_checks.h"

#include "ui/lesson_page.h"
#include "ui/main_window.h"
#include "ui/widgets/heatmap_view.h"

#include <QFontMetrics>
#include <QListWidget>
#include <QRegularExpression>
#include <QStyle>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace al::test {

namespace {
constexpr int listedAtMost = 6; // ticks or cells quoted in one finding

QString quoted(const QString& text) {
    return "“" + text + "”";
}

// A tick label showing a data label: the label, or the label cut short with "…" (long token
// names are, in tick labels; titles never are).
bool showsLabel(const QString& drawn, const QString& label) {
    if (drawn == label) return true;
    return drawn.size() > 1 && drawn.endsWith(QChar(0x2026)) && label.startsWith(drawn.chopped(1));
}

// "1 “The”, 2 “animal”, … 11 “tired”": the drawn ticks, 1-based, as a student reads them.
QString describeTicks(const QVector<double>& ticks, const QVector<QString>& labels) {
    QStringList parts;
    for (int k = 0; k < ticks.size(); ++k) {
        if (ticks.size() > listedAtMost && k == listedAtMost - 1) {
            parts << "…";
            k = int(ticks.size()) - 1;
        }
        parts << QString("%1 %2").arg(ticks[k] + 1).arg(quoted(labels.value(k)));
    }
    return parts.join(", ");
}

QVector<double> everyCell(int count) {
    QVector<double> positions;
    for (int i = 0; i < count; ++i)
        positions << i;
    return positions;
}

// One axis of a heatmap against the `count` rows or columns of its data.
void checkAxis(QStringList& findings, QCPAxis* axis, const QString& name, const QString& cells, int count,
               const QStringList& labels, const QString& axisTitle) {
    if (axis->label() != axisTitle)
        findings << QString("%1 titled %2, the data's axis is %3").arg(name, quoted(axis->label()), quoted(axisTitle));
    const QCPRange range = axis->range();
    constexpr double slack = 1e-6;
    if (range.lower > -0.5 + slack || range.upper < count - 0.5 - slack)
        findings << QString("%1 shows %2 … %3, not all %4 %5 (−0.5 … %6)")
                        .arg(name)
                        .arg(range.lower)
                        .arg(range.upper)
                        .arg(count)
                        .arg(cells)
                        .arg(count - 0.5);

    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> drawn = axis->tickVectorLabels();
    const QString expected = QString("the data's %1 %2 are %3")
                                 .arg(count)
                                 .arg(cells)
                                 .arg(describeTicks(everyCell(count), labels.toVector()));
    if (ticks.isEmpty()) {
        findings << QString("%1 has no ticks; %2").arg(name, expected);
        return;
    }
    int gap = 1;
    bool offCells = false;
    for (int k = 0; k < ticks.size(); ++k) {
        if (ticks[k] != std::round(ticks[k]) || ticks[k] < 0 || ticks[k] > count - 1) offCells = true;
        if (k > 0) gap = std::max(gap, int(std::lround(ticks[k] - ticks[k - 1])));
    }
    const QString shown = describeTicks(ticks, drawn);
    if (offCells) {
        findings << QString("%1 ticked at %2 — outside the %3 %4; %5").arg(name, shown).arg(count).arg(cells, expected);
        return;
    }
    const int first = int(ticks.first()), last = int(ticks.last());
    if (first >= gap || count - 1 - last >= gap) {
        const int from = first >= gap ? 1 : last + 2, to = first >= gap ? first : count; // 1-based
        findings << QString("%1 ticked only at %2, leaving %3 without a tick near them; %4")
                        .arg(name, shown,
                             from == to ? QString("%1 %2").arg(cells.chopped(1)).arg(from)
                                        : QString("%1 %2 … %3").arg(cells).arg(from).arg(to),
                             expected);
    }

    // A cell is labelled with its own label, or with its 1-based position where the labels
    // do not fit (positions are narrower than token names); below, positions are accepted only
    // where a label would not have fitted.
    QStringList wrong;
    bool positionsForLabels = false;
    for (int k = 0; k < ticks.size(); ++k) {
        const int position = int(ticks[k]);
        const QString label = labels.value(position), text = drawn.value(k);
        const bool numbered = text == QString::number(position + 1);
        positionsForLabels = positionsForLabels || (numbered && !showsLabel(text, label));
        if (!showsLabel(text, label) && !numbered)
            wrong << QString("%1 drawn %2, the data's label is %3").arg(position + 1).arg(quoted(text), quoted(label));
    }
    if (!wrong.isEmpty())
        findings << QString("%1 mislabelled: %2%3 (drawn: %4)")
                        .arg(name, wrong.mid(0, listedAtMost / 2).join("; "),
                             wrong.size() > listedAtMost / 2 ? "; …" : "", shown);

    // Thinned labels (every k-th cell) only when a label per cell would not fit: a cell twice
    // the room a label takes along the axis (a line on the y axis and for upright labels on
    // the x axis, the label's width for level ones) has room for every label.
    const double perCell = std::abs(axis->coordToPixel(1) - axis->coordToPixel(0));
    const QFontMetrics metrics(axis->tickLabelFont());
    double room = metrics.height();
    if (axis->orientation() == Qt::Horizontal) {
        const double sine = std::abs(std::sin(qDegreesToRadians(axis->tickLabelRotation())));
        if (sine > 0.1) {
            room /= sine;
        } else {
            room = 0;
            for (const QString& label : labels)
                room = std::max(room, double(metrics.horizontalAdvance(label)));
        }
    }
    if (gap == 1 && positionsForLabels) {
        double widest = 0; // a level label's width: with that much room per cell every name fits
        for (const QString& label : labels)
            widest = std::max(widest, double(metrics.horizontalAdvance(label)));
        const bool level = axis->orientation() == Qt::Horizontal;
        if (perCell >= 2 * (level ? widest : metrics.height()))
            findings << QString("%1 shows positions instead of its labels although each of its %2 %3 is %4 px, "
                                "room for a %5 px label")
                            .arg(name)
                            .arg(count)
                            .arg(cells)
                            .arg(perCell, 0, 'f', 0)
                            .arg(level ? widest : metrics.height(), 0, 'f', 0);
    }
    if (gap > 1 && perCell >= 2 * room)
        findings << QString("%1 labels only one in %2 of its %3 %4 although each is %5 px, room "
                            "for a %6 px label")
                        .arg(name)
                        .arg(gap)
                        .arg(count)
                        .arg(cells)
                        .arg(perCell, 0, 'f', 0)
                        .arg(room, 0, 'f', 0);
}

// "nan", "NaN", "-nan" as a number is printed — not inside a word ("banana").
bool showsNaN(const QString& text) {
    static const QRegularExpression nan("(^|[^\\p{L}])[-−+]?nan($|[^\\p{L}])",
                                        QRegularExpression::CaseInsensitiveOption);
    return nan.match(text).hasMatch();
}

// The heatmaps showing α′ (or A′), by the ids the lessons give them.
bool showsWeights(const HeatmapView& view) {
    const QString& id = view.data().id;
    return id.contains("weights") || id == "A_prime" || id == "attention_field";
}

QList<QCPAxis*> everyAxis(const PlotView& plot) {
    QList<QCPAxis*> axes;
    for (QCPAxisRect* rect : plot.axisRects())
        axes << rect->axes();
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i)
        if (auto* scale = qobject_cast<QCPColorScale*>(plot.plotLayout()->elementAt(i))) axes << scale->axis();
    return axes;
}
} // namespace

QStringList checkHeatmapAxes(const HeatmapView& view) {
    const HeatmapData& data = view.data();
    const int rows = int(data.values.rows()), columns = int(data.values.cols());
    if (rows == 0 || columns == 0) return {QStringLiteral("shown on screen without data")};
    QStringList findings;
    checkAxis(findings, view.xAxis, "x axis", "columns", columns, data.columnLabels, data.columnAxisTitle);
    checkAxis(findings, view.yAxis, "y axis", "rows", rows, data.rowLabels, data.rowAxisTitle);
    return findings;
}

QStringList checkTitle(const PlotView& plot) {
    const QString title = plot.title();
    if (title.isEmpty()) return {};
    auto* element = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
    if (!element || !element->visible()) return {QString("the title %1 is not drawn").arg(quoted(title))};
    QStringList findings;
    const QString drawn = element->text();
    const bool whole = drawn.simplified() == title.simplified() || QString(drawn).remove('\n') == title;
    if (!whole) findings << QString("title drawn as %1, the full title is %2").arg(quoted(drawn), quoted(title));

    // QCPTextElement draws with QPainter::drawText(rect, flags), which clips to its rect
    // unless told not to; either way nothing is drawn outside the plot.
    const QRect area = element->rect();
    const QRect needed = QFontMetrics(element->font()).boundingRect(area, element->textFlags(), drawn);
    const QRect room = element->textFlags() & Qt::TextDontClip ? plot.rect() : area.intersected(plot.rect());
    if (!room.adjusted(-1, -1, 1, 1).contains(needed))
        findings << QString("title %1 needs %2 × %3 px at (%4, %5) but is drawn in %6 × %7 px at "
                            "(%8, %9): cut off")
                        .arg(quoted(drawn))
                        .arg(needed.width())
                        .arg(needed.height())
                        .arg(needed.x())
                        .arg(needed.y())
                        .arg(room.width())
                        .arg(room.height())
                        .arg(room.x())
                        .arg(room.y());
    return findings;
}

QStringList checkNoNaN(const PlotView& plot) {
    QStringList findings;
    QStringList cells;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)); text && text->visible() && showsNaN(text->text()))
            cells << QString("%1 at (%2, %3)")
                         .arg(quoted(text->text()))
                         .arg(text->position->key() + 1)
                         .arg(text->position->value() + 1);
    if (!cells.isEmpty())
        findings << QString("%1 cell(s) drawn as NaN: %2").arg(cells.size()).arg(cells.mid(0, listedAtMost).join(", "));
    for (QCPAxis* axis : everyAxis(plot))
        for (const QString& label : axis->tickVectorLabels())
            if (showsNaN(label)) findings << QString("a tick label drawn as %1").arg(quoted(label));

    const auto* heatmap = qobject_cast<const HeatmapView*>(&plot);
    if (heatmap && showsWeights(*heatmap)) {
        const SharedMatrix& values = heatmap->data().values;
        int notFinite = 0;
        QString firstBad;
        for (Eigen::Index r = 0; r < values.rows(); ++r)
            for (Eigen::Index c = 0; c < values.cols(); ++c)
                if (!std::isfinite(values(r, c)) && notFinite++ == 0)
                    firstBad = QString("(%1, %2) = %3").arg(r + 1).arg(c + 1).arg(values(r, c));
        if (notFinite > 0)
            findings << QString("the weights α′ shown have %1 entries that are not finite, first %2")
                            .arg(notFinite)
                            .arg(firstBad);
    }
    return findings;
}

QStringList checkEveryVisiblePlot(MainWindow& window) {
    QStringList findings;
    for (PlotView* plot : window.currentLesson()->findChildren<PlotView*>()) {
        if (!plot->isVisible()) continue;
        QStringList own = checkTitle(*plot) + checkNoNaN(*plot);
        if (const auto* heatmap = qobject_cast<const HeatmapView*>(plot)) own += checkHeatmapAxes(*heatmap);
        for (const QString& finding : own)
            findings << QString("plot %1 (%2, %3 × %4 px): %5")
                            .arg(plot->id(), quoted(plot->title()))
                            .arg(plot->width())
                            .arg(plot->height())
                            .arg(finding);
    }
    return findings;
}

QStringList checkLessonList(MainWindow& window) {
    const auto* list = window.findChild<QListWidget*>();
    if (!list || !list->isVisible()) return {};
    QStringList findings;
    for (const QString& finding : checkListShowsItems(*list))
        findings << "lesson " + finding;
    return findings;
}

QStringList checkListShowsItems(const QListWidget& list) {
    // An item view's text margin, as QCommonStyle lays out an item's text.
    const int margin = list.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &list) + 1;
    const int room = list.viewport()->width();
    QStringList findings;
    for (int i = 0; i < list.count(); ++i) {
        const QListWidgetItem* item = list.item(i);
        const QFont font = item->data(Qt::FontRole).isValid() ? item->font() : list.font();
        const int needed = QFontMetrics(font).horizontalAdvance(item->text()) + 2 * margin;
        if (needed > room)
            findings << QString("the list is %1 px wide inside (%2 px in all), its item %3 needs %4 px")
                            .arg(room)
                            .arg(list.width())
                            .arg(quoted(item->text()))
                            .arg(needed);
    }
    return findings;
}

} // namespace al::test
