#pragma once
// Where each part of a sequence diagram goes in a rectangle of pixels: the two rows of boxes,
// their labels, the arrows between them, the highlighted path with its numbered hops, the
// row names at the left and the caption under it. Drawing and hover read the same layout.
// It is worked out anew from the rectangle and the font alone (never from a previous one),
// so a picture of any size is laid out as the screen is.
//
//   outputs   [h¹]──▶[h²]──▶[h³]      labels inside the boxes, or above them thinned out
//              ▲      ▲ ①    ▲        (hop numbers sit just under the output row)
//   inputs   [The] [animal] [ran]     tokens upright in the boxes, turned by 90° in tall
//                                     narrow boxes, or thinned out to positions under them
//                caption
#include "ui/widgets/sequence_diagram_data.h"

#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>

#include <vector>

namespace al {

struct DiagramText {
    QRectF rect; // the text is centred in it; a turned text reads bottom to top within it
    QString text;
    bool turned = false;
    int index = -1;     // the box it names (0-based), −1 for a row name or the caption
    bool inBox = false; // drawn inside its box, on the box's colour
};

// An arrow of the diagram: from input `from` to output `to`, or (Recurrent) from output
// `from` to output `to` = from + 1.
struct DiagramEdge {
    enum class Kind { InputToOutput, OutputToOutput };
    Kind kind = Kind::InputToOutput;
    int from = 0, to = 0;
    QLineF line;
    double strength = 1; // a self-attention link's 0 … 1 (1 when links are not given)
};

struct HopBadge {
    QPointF centre;
    int number = 1;
};

struct SequenceDiagramLayout {
    QRectF area;
    QFont inputFont, outputFont, nameFont, captionFont, badgeFont;
    std::vector<QRectF> inputs, outputs;              // box t, N each
    std::vector<DiagramText> inputTexts, outputTexts; // the labels shown (thinned-out ones absent)
    DiagramText inputName, outputName;                // empty text when there is no room for them
    DiagramText caption;                              // word-wrapped
    std::vector<DiagramEdge> edges;                   // weakest first: the strong ones drawn on top
    std::vector<DiagramEdge> path;                    // the highlighted path, from its input on
    std::vector<HopBadge> badges;                     // numbered hops of the path (some thinned out)
    double arrowHead = 6;                             // length of an input → output arrowhead, pixels
    double chainArrowHead = 6;                        // of an output → output arrowhead
    double badgeRadius = 7;
};

// The layout of `data` in `area` with `font` as the base size (presentation mode's larger
// font gives larger type); `inputName`, `outputName` name the rows at the left.
SequenceDiagramLayout layOutSequenceDiagram(const SequenceDiagramData& data, const QRectF& area, const QFont& font,
                                            const QString& inputName, const QString& outputName);

// Whether the path from input `from` to output `to` exists: a recurrent output sees only the
// inputs up to it (s ≤ t), a self-attention output every input its links do not mask.
bool sequencePathExists(const SequenceDiagramData& data);

} // namespace al
