#pragma once
// What one step of a lesson shows, by value and without a widget: its plots (heatmaps,
// charts, stacked bars, sequence diagrams) with their outlines, how a click or a hover relates them, and the
// explanation. A lesson makes it on a worker thread (Lesson::describe); the lesson page
// draws it on the GUI thread.
#include "ui/widgets/chart_data.h"
#include "ui/widgets/contribution_data.h"
#include "ui/widgets/heatmap_data.h"
#include "ui/widgets/sequence_diagram_data.h"

#include <QRect>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <variant>
#include <vector>

namespace al {

// Any kind of plot a step shows.
using PlotData = std::variant<HeatmapData, ChartData, ContributionData, SequenceDiagramData>;

struct PlotContent {
    PlotData data;
    // The step's own outline on a heatmap (−1 for none): the query's row, a key's column…
    int outlineRow = -1, outlineColumn = -1;
    QRect region = {}; // a block of cells outlined (a receptive field); empty for none
    // Which index of a heatmap is the query: a click there follows that query.
    enum class Clicks { Ignored, RowIsQuery, ColumnIsQuery };
    Clicks clicks = Clicks::Ignored;
    const QString& id() const {
        return std::visit([](const auto& d) -> const QString& { return d.id; }, data);
    }
};

// A cell of another plot of the step: `plot` indexes StepContent::plots; a row or column of
// −1 outlines the whole column or row.
struct SourceCell {
    int plot = 0, row = -1, column = -1;
};

struct StepContent {
    std::vector<PlotContent> plots; // in reading order
    QString explanation;            // HTML, in the lecture's notation with the actual numbers
    // The cells of the other plots that produced cell (row, column) of plot `plot`, outlined
    // while the pointer is over it; empty when nothing is traced.
    std::function<std::vector<SourceCell>(int plot, int row, int column)> sources;
    // Figures the explanation quotes, by name, for whoever checks them (the tests): e.g.
    // the permutation demo's largest difference.
    QVariantMap figures;
};

} // namespace al
