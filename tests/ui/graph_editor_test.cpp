// The graph editor's names: beside their circles, never over a circle, never past the edge.
#include "ui/widgets/graph_editor.h"

#include <catch2/catch.hpp>

#include <QLineF>

namespace {

// Whether the box and the circle overlap.
bool overlaps(const QRectF& box, const QPointF& centre, double radius) {
    const QPointF nearest(std::clamp(centre.x(), box.left(), box.right()),
                          std::clamp(centre.y(), box.top(), box.bottom()));
    return QLineF(nearest, centre).length() < radius;
}

} // namespace

TEST_CASE(
    "graph editor: every name outside its circle and inside the widget, and clear of the others when there is room",
    "[graph]") {
    const QStringList names{"海内", "存",     "知己",  "a much longer token name", "tired", "it", "animal", "C", "H",
                            "O",    "people", "street"};
    for (const QSize size : {QSize(260, 260), QSize(160, 160), QSize(420, 220), QSize(220, 420), QSize(360, 360)}) {
        for (const int count : {2, 5, 9, 12}) {
            al::GraphEditor editor;
            editor.resize(size);
            editor.setGraph(names.mid(0, count), {{0, 1}}, false);
            for (int node = 0; node < count; ++node) {
                const QRectF box = editor.labelRect(node);
                INFO("size " << size.width() << "×" << size.height() << ", " << count << " nodes, node " << node);
                CHECK(QRectF(editor.rect()).contains(box));
                CHECK_FALSE(overlaps(box, editor.nodePosition(node), editor.nodeRadius()));
                // Room enough: the masks lesson's editor is at least 260 pixels each way, and names of
                // up to 12 tokens clear every circle from 360 pixels on.
                const int side = std::min(size.width(), size.height());
                if (side < 260 || (count > 9 && side < 360)) continue;
                for (int other = 0; other < count; ++other)
                    CHECK_FALSE(overlaps(box, editor.nodePosition(other), editor.nodeRadius()));
            }
        }
    }
}
