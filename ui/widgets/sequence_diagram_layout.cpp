#include "ui/widgets/sequence_diagram_layout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace al {

namespace {
constexpr double padding = 6;         // pixels around the diagram
constexpr double textPad = 4;         // pixels between a box's edge and its label
constexpr double labelGap = 4;        // pixels between neighbouring labels
constexpr double turnedRoom = 96;     // pixels at 9 pt: a longer turned token is elided
constexpr double shortestArrows = 28; // pixels at 9 pt between the rows, before anything else gives way

// 1, 2, 5, 10, 20, …: the smallest at least `minimum`, so thinned labels fall on round positions.
int roundStride(double minimum) {
    for (int step = 1; step < 100000; step *= 10)
        for (int factor : {1, 2, 5})
            if (factor * step >= minimum) return factor * step;
    return 100000;
}

QFont sized(const QFont& font, double points, bool bold = false) {
    QFont result = font;
    result.setPointSizeF(points);
    result.setBold(bold);
    return result;
}

double widest(const QStringList& labels, const QFont& font) {
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const QString& label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return widest;
}

// Positions 1, 1 + k, 1 + 2k, … (0-based indices) whose labels, `width` wide, fit `pitch` apart.
std::vector<int> thinnedPositions(int count, double width, double pitch) {
    const int stride = roundStride((width + labelGap) / std::max(pitch, 1e-9));
    std::vector<int> positions;
    for (int i = 0; i < count; i += stride)
        positions.push_back(i);
    return positions;
}

// How the inputs' tokens are written: upright in the boxes, turned by 90° in tall narrow
// boxes, or (no room for a line of text per column) as positions under small boxes, thinned.
enum class InputLabels { Upright, Turned, Positions };
} // namespace

bool sequencePathExists(const SequenceDiagramData& data) {
    const int n = int(data.outputLabels.size());
    const int s = data.pathFrom, t = data.pathTo;
    if (s < 0 || t < 0 || s >= n || t >= n) return false;
    if (data.kind == SequenceDiagramData::Kind::Recurrent) return s <= t;
    return data.links.size() == 0 || (t < data.links.rows() && s < data.links.cols() && data.links(t, s) > 0);
}

SequenceDiagramLayout layOutSequenceDiagram(const SequenceDiagramData& data, const QRectF& area, const QFont& font,
                                            const QString& inputName, const QString& outputName) {
    SequenceDiagramLayout layout;
    layout.area = area;
    const int n = int(std::max(data.inputLabels.size(), data.outputLabels.size()));
    const bool recurrent = data.kind == SequenceDiagramData::Kind::Recurrent;
    const double base = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    const double smallest = std::max(6.5, base * 0.7);
    const double scale = base / 9.0;
    layout.nameFont = sized(font, base);
    layout.captionFont = sized(font, base);
    layout.badgeFont = sized(font, std::max(smallest, base - 1), true);

    // The row names at the left, unless they would take more than a quarter of the width.
    double namesWidth = widest({inputName, outputName}, layout.nameFont) + 10;
    if (namesWidth > area.width() / 4) namesWidth = 0;
    const double left = area.left() + padding + namesWidth, right = area.right() - padding;
    const double pitch = std::max(right - left, 1.0) / std::max(n, 1);
    auto centreOf = [&](int t) { return left + pitch * (t + 0.5); };

    // Inputs: the largest size at which every token fits upright in its box, a little smaller
    // than the base at most; else turned by 90° (a line of text per column, at a size that
    // reads better than upright type in its smallest); else positions.
    InputLabels inputMode = InputLabels::Positions;
    double inputPoints = smallest;
    const double smallestUpright = std::max(smallest, base * 0.85);
    for (double points = base; points >= smallestUpright - 1e-9 && inputMode == InputLabels::Positions; points -= 0.5)
        if (widest(data.inputLabels, sized(font, points)) + 2 * textPad <= pitch * 0.9) {
            inputMode = InputLabels::Upright;
            inputPoints = points;
        }
    for (double points = base; points >= smallest - 1e-9 && inputMode == InputLabels::Positions; points -= 0.5)
        if (QFontMetricsF(sized(font, points)).height() + 2 <= pitch * 0.9) {
            inputMode = InputLabels::Turned;
            inputPoints = points;
        }
    layout.inputFont = sized(font, inputPoints);
    const QFontMetricsF inputMetrics(layout.inputFont);

    // Outputs: upright in their boxes at the largest size that fits; else above them, thinned.
    // A recurrent row keeps room between its boxes for the arrows hᵗ⁻¹ → hᵗ.
    const double outputShare = recurrent ? 0.68 : 0.8;
    bool outputsInside = false;
    double outputPoints = smallest;
    for (double points = base; points >= smallest - 1e-9 && !outputsInside; points -= 0.5)
        if (widest(data.outputLabels, sized(font, points)) + 2 * textPad <= pitch * outputShare) {
            outputsInside = true;
            outputPoints = points;
        }
    layout.outputFont = sized(font, outputPoints);
    const QFontMetricsF outputMetrics(layout.outputFont);

    // Box sizes: as large as their labels need (never wider than their share of a column).
    const double boxHeight = outputMetrics.height() + 2 * textPad;
    const double outputWidth =
        outputsInside ? std::min(pitch * outputShare,
                                 std::max(widest(data.outputLabels, layout.outputFont) + 2 * textPad, boxHeight * 1.3))
                      : std::max(pitch * outputShare, 2.0);
    const double outputHeight = outputsInside ? boxHeight : std::clamp(outputWidth, 6.0, boxHeight);
    double inputWidth = 0, inputHeight = 0;
    const double widestToken = widest(data.inputLabels, layout.inputFont);
    switch (inputMode) {
    case InputLabels::Upright:
        inputWidth = std::min(pitch * 0.9, std::max(widestToken + 2 * textPad, boxHeight * 1.3));
        inputHeight = inputMetrics.height() + 2 * textPad;
        break;
    case InputLabels::Turned:
        inputWidth = std::min(pitch * 0.9, inputMetrics.height() + 4);
        inputHeight = std::min(widestToken, turnedRoom * scale) + 2 * textPad; // shortened below when tight
        break;
    case InputLabels::Positions:
        inputWidth = std::max(pitch * 0.8, 2.0);
        inputHeight = std::clamp(inputWidth, 6.0, boxHeight);
        break;
    }

    // Heights from the top: labels above the outputs (thinned), the outputs, the arrows, the
    // inputs, positions under them, the caption. The arrows get what is left, up to a limit
    // beyond which the whole diagram is centred instead (long arrows say no more).
    const double labelsAbove = outputsInside ? 0 : outputMetrics.height() + 2;
    const double positionsBelow = inputMode == InputLabels::Positions ? inputMetrics.height() + 2 : 0;
    const QFontMetricsF captionMetrics(layout.captionFont);
    const QRectF captionRoom(area.left() + padding, 0, std::max(area.width() - 2 * padding, 1.0), 1e6);
    QString caption = data.caption;
    double captionHeight =
        caption.isEmpty()
            ? 0
            : captionMetrics.boundingRect(captionRoom, Qt::TextWordWrap | Qt::AlignHCenter, caption).height() + 6;
    // Short of height, the turned tokens are shortened (to two lines' worth at least), then the
    // caption is one line, elided.
    const double available = area.height() - 2 * padding, wanted = shortestArrows * scale;
    auto spare = [&] { return available - labelsAbove - outputHeight - inputHeight - positionsBelow - captionHeight; };
    if (inputMode == InputLabels::Turned && spare() < wanted)
        inputHeight = std::max(2 * inputMetrics.height() + 2 * textPad, inputHeight - (wanted - spare()));
    if (!caption.isEmpty() && spare() < wanted) {
        caption = captionMetrics.elidedText(caption, Qt::ElideRight, captionRoom.width());
        captionHeight = captionMetrics.height() + 6;
    }
    const double fixed = labelsAbove + outputHeight + inputHeight + positionsBelow + captionHeight;
    const double longest = (recurrent ? 110 : 200) * scale;
    double arrows = area.height() - 2 * padding - fixed;
    double top = area.top() + padding;
    if (arrows > longest) {
        top += (arrows - longest) / 2;
        arrows = longest;
    }
    arrows = std::max(arrows, 12.0);

    const double outputTop = top + labelsAbove, outputBottom = outputTop + outputHeight;
    const double inputTop = outputBottom + arrows, inputBottom = inputTop + inputHeight;
    for (int t = 0; t < n; ++t) {
        layout.outputs.emplace_back(centreOf(t) - outputWidth / 2, outputTop, outputWidth, outputHeight);
        layout.inputs.emplace_back(centreOf(t) - inputWidth / 2, inputTop, inputWidth, inputHeight);
    }

    // Labels.
    for (int t = 0; t < n && outputsInside; ++t)
        layout.outputTexts.push_back({layout.outputs[std::size_t(t)], data.outputLabels.value(t), false, t, true});
    if (!outputsInside)
        for (int t : thinnedPositions(n, widest(data.outputLabels, layout.outputFont), pitch)) {
            const double width = outputMetrics.horizontalAdvance(data.outputLabels.value(t)) + 2;
            layout.outputTexts.push_back(
                {QRectF(centreOf(t) - width / 2, top, width, labelsAbove), data.outputLabels.value(t), false, t});
        }
    switch (inputMode) {
    case InputLabels::Upright:
        for (int t = 0; t < n; ++t)
            layout.inputTexts.push_back({layout.inputs[std::size_t(t)], data.inputLabels.value(t), false, t, true});
        break;
    case InputLabels::Turned:
        for (int t = 0; t < n; ++t) {
            const QString token =
                inputMetrics.elidedText(data.inputLabels.value(t), Qt::ElideRight, inputHeight - 2 * textPad);
            layout.inputTexts.push_back({layout.inputs[std::size_t(t)], token, true, t, true});
        }
        break;
    case InputLabels::Positions: {
        const double width = inputMetrics.horizontalAdvance(QString::number(n));
        for (int t : thinnedPositions(n, width, pitch)) {
            const double room = width + labelGap;
            layout.inputTexts.push_back({QRectF(centreOf(t) - room / 2, inputBottom + 1, room, positionsBelow),
                                         QString::number(t + 1), false, t});
        }
        break;
    }
    }
    if (namesWidth > 0 && n > 0) {
        const double nameLeft = area.left() + padding;
        // Centred on their rows, and at least a line high (the rows of tiny boxes are lower).
        const double line = QFontMetricsF(layout.nameFont).height();
        auto beside = [&](double top, double height) {
            const double middle = top + height / 2, tall = std::max(height, line);
            return QRectF(nameLeft, middle - tall / 2, namesWidth - 8, tall);
        };
        layout.outputName = {beside(outputTop, outputHeight), outputName, false};
        layout.inputName = {beside(inputTop, inputHeight), inputName, false};
    }
    if (!caption.isEmpty())
        layout.caption = {
            QRectF(captionRoom.left(), inputBottom + positionsBelow + 6, captionRoom.width(), captionHeight - 6),
            caption, false};

    // Arrows. An input's arrows leave the top of its box, an output's arrive at the bottom of
    // its box; a recurrent chain runs between the output boxes at their middle height.
    layout.arrowHead = std::clamp(std::min(arrows * 0.16, pitch * 0.4), 3.0, 9.0 * scale);
    layout.chainArrowHead = std::clamp((pitch - outputWidth) * 0.55, 2.5, 8.0 * scale);
    auto inputToOutput = [&](int s, int t, double strength) {
        return DiagramEdge{DiagramEdge::Kind::InputToOutput, s, t,
                           QLineF(centreOf(s), inputTop, centreOf(t), outputBottom), strength};
    };
    auto chain = [&](int t) { // hᵗ⁻¹ → hᵗ (0-based t ≥ 1)
        const double y = outputTop + outputHeight / 2;
        return DiagramEdge{
            DiagramEdge::Kind::OutputToOutput, t - 1, t,
            QLineF(layout.outputs[std::size_t(t - 1)].right(), y, layout.outputs[std::size_t(t)].left(), y), 1.0};
    };
    if (recurrent) {
        for (int t = 0; t < n; ++t)
            layout.edges.push_back(inputToOutput(t, t, 1));
        for (int t = 1; t < n; ++t)
            layout.edges.push_back(chain(t));
    } else {
        const bool given = data.links.rows() == n && data.links.cols() == n;
        for (int t = 0; t < n; ++t)
            for (int s = 0; s < n; ++s) {
                const double strength = given ? std::clamp(data.links(t, s), 0.0, 1.0) : 1.0;
                if (strength > 0) layout.edges.push_back(inputToOutput(s, t, strength));
            }
        std::stable_sort(layout.edges.begin(), layout.edges.end(),
                         [](const DiagramEdge& a, const DiagramEdge& b) { return a.strength < b.strength; });
    }

    // The path and its hops: a recurrent one climbs from aˢ to hˢ and walks the chain to hᵗ,
    // |t − s| hops, numbered just under the output row (thinned out when the columns are too
    // narrow for a badge each, the last always shown: it is the path's length); a
    // self-attention one is the single hop aˢ → bᵗ, numbered at its middle.
    if (!sequencePathExists(data)) return layout;
    const int s = data.pathFrom, t = data.pathTo;
    // Badges no taller than half the room between the rows.
    for (double points = layout.badgeFont.pointSizeF(); points > smallest; points -= 0.5) {
        if (QFontMetricsF(layout.badgeFont).height() + 2 <= arrows * 0.5) break;
        layout.badgeFont.setPointSizeF(points - 0.5);
    }
    layout.badgeRadius = QFontMetricsF(layout.badgeFont).height() / 2 + 1;
    if (recurrent) {
        layout.path.push_back(inputToOutput(s, s, 1));
        for (int hop = s + 1; hop <= t; ++hop)
            layout.path.push_back(chain(hop));
        const int hops = t - s;
        const double widestNumber = QFontMetricsF(layout.badgeFont).horizontalAdvance(QString::number(hops));
        const double diameter = std::max(2 * layout.badgeRadius, widestNumber + 4);
        const int stride = roundStride((diameter + 2) / pitch);
        // On each hop's arrow when the gap between the boxes holds a badge beside the arrowhead;
        // else under the arrowheads arriving at the outputs. With no room for badges between
        // the rows (a tiny plot in large type), the last one alone still says the path's length.
        const double gap = pitch - outputWidth;
        const bool onArrows = gap >= diameter + 2 * layout.chainArrowHead + 4;
        const double y = onArrows ? outputTop + outputHeight / 2
                                  : outputBottom + std::min(layout.arrowHead + layout.badgeRadius + 2, arrows / 2);
        const bool onlyLast = !onArrows && 2 * layout.badgeRadius > arrows * 0.6;
        for (int hop = 1; hop <= hops; ++hop) {
            const bool shown = hop == hops || (!onlyLast && (hop - 1) % stride == 0 && hops - hop >= stride);
            if (!shown) continue;
            // the middle of the gap, a little back from the arrowhead when on the arrow
            const double x =
                (centreOf(s + hop - 1) + centreOf(s + hop)) / 2 - (onArrows ? layout.chainArrowHead / 2 : 0);
            layout.badges.push_back({QPointF(x, y), hop});
        }
    } else {
        const DiagramEdge edge = inputToOutput(s, t, 1);
        layout.path.push_back(edge);
        layout.badges.push_back({edge.line.center(), 1});
    }
    return layout;
}

} // namespace al
