#include "ui/widgets/color_schemes.h"

namespace al {

namespace {
Palette current = Palette::Standard;

void setStops(QCPColorGradient& gradient, std::initializer_list<const char*> colours) {
    const int last = int(colours.size()) - 1;
    int i = 0;
    for (const char* colour : colours)
        gradient.setColorStopAt(double(i++) / last, QColor(colour));
}
} // namespace

void setHeatmapPalette(Palette palette) {
    current = palette;
}
Palette heatmapPalette() {
    return current;
}
QString paletteName(Palette palette) {
    return palette == Palette::HighContrast ? "high_contrast" : "standard";
}

std::optional<Palette> paletteNamed(const QString& name) {
    if (name == "standard") return Palette::Standard;
    if (name == "high_contrast") return Palette::HighContrast;
    return std::nullopt;
}

QColor allowedColour() {
    return QColor(current == Palette::HighContrast ? "#08306b" : "#3a6ea5");
}
QColor maskedColour() {
    return QColor("#d9d9d9");
}

QCPColorGradient gradientFor(ColorScheme scheme) {
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(maskedColour());
    if (scheme == ColorScheme::Mask) {
        // Two levels, no blend: over the range 0 … 1 (maskColorRange) the entry 0 takes the
        // first (masked), 1 the second (allowed); the colour bar is the two levels stretched,
        // each half in one colour. (QCustomPlot picks a level by truncating, not rounding.)
        gradient.setColorStopAt(0, maskedColour());
        gradient.setColorStopAt(1, allowedColour());
        gradient.setLevelCount(2);
        return gradient;
    }
    const bool sequential = scheme != ColorScheme::Diverging;
    if (current == Palette::HighContrast && sequential) {
        setStops(gradient, {"#000004", "#320a5e", "#781c6d", "#bb3754", "#ed6925", "#fbb61a", "#fcffa4"}); // inferno
    } else if (current == Palette::HighContrast) {
        setStops(gradient, {"#2d004b", "#8073ac", "#d8daeb", "#ffffff", "#fee0b6", "#e08214", "#7f3b08"}); // PuOr
    } else if (sequential) {
        // viridis, sampled at eight points (matplotlib's table)
        const QColor stops[] = {"#440154", "#46327e", "#365c8d", "#277f8e", "#1fa187", "#4ac16d", "#a0da39", "#fde725"};
        for (int i = 0; i < 8; ++i)
            gradient.setColorStopAt(i / 7.0, stops[i]);
    } else {
        // ColorBrewer RdBu, reversed: negative blue, zero white, positive red
        const QColor stops[] = {"#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b"};
        for (int i = 0; i < 7; ++i)
            gradient.setColorStopAt(i / 6.0, stops[i]);
    }
    gradient.setLevelCount(256);
    return gradient;
}

QColor seriesColour(int index) {
    // Tableau 10, then ten more that differ from all of those (from Tableau 20 and beyond)
    static const char* const colours[seriesColourCount] = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
        "#1f3a5f", "#ffbe7d", "#8cd17d", "#b6992d", "#499894", "#79706e", "#d37295", "#a0cbe8", "#7b3f00", "#d4a6c8"};
    return QColor(colours[index % seriesColourCount]);
}

QColor textColorOn(const QColor& background) {
    // relative luminance (sRGB weights), with a threshold a little below the middle
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? Qt::black : Qt::white;
}

} // namespace al
