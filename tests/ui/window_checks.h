#pragma once
// What a student must be able to trust in the live window, after any change: each check
// returns findings, one human-readable line each ("" when all is well is an empty list), so
// a failing test names the plot and what was wrong with it.
//
// The checks read what was drawn by the last replot (tick vectors, the title element, the
// cell texts), never the widgets' intentions: a plot that computed its ticks before it took
// its new data shows the previous plot's labels, and that is what must be caught.
#include <QStringList>

class QListWidget;

namespace al {
class HeatmapView;
class MainWindow;
class PlotView;
} // namespace al

namespace al::test {

// Every plot of the lesson page on screen (every visible PlotView child of the current
// lesson), each finding prefixed with the plot's id and title.
QStringList checkEveryVisiblePlot(MainWindow& window);

// A heatmap of R rows × C columns: ticks only at cells 0 … C−1 (0 … R−1), none left far
// from a tick, labelled with the data's own labels there (or 1-based positions when the
// labels are thinned, and thinned only when the cells are too small for every label), the
// axis titles the data's, and the whole matrix in view.
QStringList checkHeatmapAxes(const HeatmapView& view);
// The title drawn is the whole title (on one line or several), not elided with "…", and it
// fits inside the area it is drawn in and inside the plot.
QStringList checkTitle(const PlotView& plot);
// No "nan" in a cell text or a tick label; an α′ shown as a heatmap is finite everywhere.
QStringList checkNoNaN(const PlotView& plot);

// The lesson list, when it is on screen, is wide enough for its longest title.
QStringList checkLessonList(MainWindow& window);
// A list's every item fits its width.
QStringList checkListShowsItems(const QListWidget& list);

} // namespace al::test
