#pragma once
// The heatmaps' colours. QCustomPlot 2.1 has no viridis preset, so the gradients are
// defined from colour stops: viridis (sequential, for weights ≥ 0, colour-blind safe) and
// a blue–white–red diverging scale (for signed numbers, white at zero).
#include <qcustomplot.h>

namespace al {

enum class ColorScheme { Sequential, Diverging };

QCPColorGradient gradientFor(ColorScheme scheme);

// Distinct colours for the series of a chart (Tableau 10), repeating after ten.
QColor seriesColour(int index);

// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor& background);

} // namespace al
