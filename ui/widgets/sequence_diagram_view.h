#pragma once
// How a layer turns the inputs a¹ … a^N into its outputs, drawn as the notes draw it
// (SequenceDiagramData): an RNN's chain h¹ → h² → …, each state waiting for the one before,
// or self-attention's lines from every input to every output. The outputs computed so far
// are filled, the rest hollow; the frame's current output and its arrows stand out; a path
// from one input to one output is drawn over everything, its hops numbered. Hover names a
// box or an arrow.
//
// Drawn by a layer of its own in a bare axis rect (no axes), so the screen, image() and the
// SVG and PDF pages are one drawing, laid out anew for each size (sequence_diagram_layout.h).
#include "ui/widgets/plot_view.h"
#include "ui/widgets/sequence_diagram_data.h"
#include "ui/widgets/sequence_diagram_layout.h"

namespace al {

class SequenceDiagramLayer;

class SequenceDiagramView : public PlotView {
    Q_OBJECT
public:
    explicit SequenceDiagramView(QWidget* parent = nullptr);

    void setData(const SequenceDiagramData& data);
    const SequenceDiagramData& data() const { return data_; }

    // The layout of the diagram as drawn on screen now.
    SequenceDiagramLayout currentLayout() const;
    // What the box or arrow under `position` (widget pixels) is, in words; empty over nothing.
    QString describeAt(const QPointF& position) const;

    // Wide and short: a row of inputs, a row of outputs and the arrows between them.
    QSize sizeHint() const override { return {640, 260}; }

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QString describeBox(bool output, int index) const;
    QString describeEdge(const DiagramEdge& edge) const;

    SequenceDiagramData data_;
    SequenceDiagramLayer* layer_;
    bool tipShown_ = false; // hover text of ours is up (the title's own tooltip is left alone) // owned by the plot, as
                            // every layerable
};

} // namespace al
