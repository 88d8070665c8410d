#pragma once
// What a heatmap shows: a matrix with named axes and labels, and how to describe a cell.
// Lessons build these from a Trace; the widget only draws them.
#include "core/matrix.h"
#include "ui/widgets/color_schemes.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace al {

struct HeatmapData {
    QString id;              // file-name-safe and unique within a lesson, e.g. "scores"
    QString title;           // e.g. "α′ = softmax(α): attention weights"
    Matrix values;           // rows × columns
    QStringList rowLabels;   // one per row
    QStringList columnLabels;
    QString rowAxisTitle;    // what the rows are: "query", "key", "token", "dimension"…
    QString columnAxisTitle;
    ColorScheme scheme = ColorScheme::Sequential;
    // Hover text for a cell, e.g. "α′₁,₃ = 0.42: how much 'animal' attends to 'street'".
    std::function<QString(int row, int column, double value)> describe;
};

} // namespace al
