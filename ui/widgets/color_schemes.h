#pragma once
// The heatmaps' colours. QCustomPlot 2.1 has no viridis preset, so the gradients are
// defined from colour stops: viridis (sequential, for weights ≥ 0, colour-blind safe) and
// a blue–white–red diverging scale (for signed numbers, white at zero).
#include <qcustomplot.h>

#include <optional>

namespace al {

// Weights: attention weights α′, sequential colours on the fixed scale 0 … 1 (so that weights
// read the same in every plot; "fit colours to data" is a choice in the plot's menu).
// Mask: a mask M, read as a mask rather than as numbers: a non-zero entry allows the pair
// (allowedColour), a zero masks it (maskedColour); the colour bar reads "allowed" / "masked".
enum class ColorScheme { Sequential, Diverging, Weights, Mask };

// Standard: viridis and blue–white–red. High contrast, for projectors: inferno (black to
// pale yellow, the widest lightness range) and purple–white–orange; all four stay
// readable with the common colour-vision deficiencies.
enum class Palette { Standard, HighContrast };
void setHeatmapPalette(Palette palette); // for every heatmap drawn afterwards
Palette heatmapPalette();
QString paletteName(Palette palette); // "standard", "high_contrast"
std::optional<Palette> paletteNamed(const QString& name);

QCPColorGradient gradientFor(ColorScheme scheme);
// The colour range a mask is drawn on (its entries read as 0 and 1), for gradientFor(Mask):
// on the colour bar masked is the lower half (named at ¼), allowed the upper (named at ¾).
inline QCPRange maskColorRange() {
    return QCPRange(0, 1);
}

// A mask's two colours in the current palette. Masked is the grey of a masked score (−∞)
// everywhere; allowed is a blue (a darker one in high contrast, apart from inferno's black), so the two differ
// in lightness as well as hue and stay apart with any colour-vision deficiency.
QColor allowedColour();
QColor maskedColour();

// Distinct colours for the series of a chart (Tableau 10 first), repeating after
// seriesColourCount: a chart with more series groups them.
inline constexpr int seriesColourCount = 20;
QColor seriesColour(int index);

// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor& background);

} // namespace al
