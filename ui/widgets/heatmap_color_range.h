#pragma once
// What a heatmap's colours span: the data's own range and 0; a fixed range (α′'s 0 … 1 too),
// widened only to take in data beyond it, so no cell is coloured as something it is not;
// or one range for plots a step compares side by side.
#include "ui/widgets/heatmap_data.h"

#include <qcustomplot.h>

#include <optional>
#include <utility>
#include <vector>

namespace al {

// The smallest and largest finite entry (+∞ and −∞ when there is none).
std::pair<double, double> finiteRange(const SharedMatrix& values);

// What a colour range fixes, if anything: its own bounds (when both are numbers), or α′'s 0 … 1.
std::optional<QCPRange> fixedSpan(const ColorRange& range, ColorScheme scheme);

// The colours' span for `range` over data whose finite entries span low … high: the fixed
// span widened to take in the data, or (none, or `fitToData`) the data's own and 0; symmetric
// about 0 for the diverging scale.
QCPRange colourSpan(const ColorRange& range, bool fitToData, ColorScheme scheme, double low, double high);

// Puts `plots` on one colour scale (fixed, marked shared): the span of all their data, so
// that a lesson's side-by-side pictures compare by colour.
void shareColorRange(const std::vector<HeatmapData*>& plots);

} // namespace al
