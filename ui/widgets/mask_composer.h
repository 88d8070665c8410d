#pragma once
// The mask composer: switch on causal, padding (valid length), window (radius) and graph
// masks, edit the graph, and toggle single cells (a custom layer). The masks it describes
// are AND-ed (MATH.md §4); every change is handed on at once.
#include "core/attention/model.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace al {

class GraphEditor;

class MaskComposer : public QWidget {
    Q_OBJECT
public:
    explicit MaskComposer(QWidget* parent = nullptr);

    // Shows `masks` for a sample of these tokens, without signalling. One mask of each kind
    // is shown as such; further ones of a kind, and custom masks, form the custom layer.
    void showMasks(const std::vector<MaskSpec>& masks, const QStringList& tokens);
    std::vector<MaskSpec> masks() const;
    // Flips cell (query, key) of the custom layer, unless another mask (causal, padding,
    // window, graph) forbids the pair anyway: then nothing changes, and the returned
    // message (also shown under the switches) names that mask. "" when flipped.
    QString toggleCell(int query, int key);
    GraphEditor* graphEditor() const { return graph_; }

signals:
    void masksChanged(const std::vector<MaskSpec>& masks);

private:
    void changed();

    int tokens_ = 0;
    QCheckBox* causal_;
    QCheckBox* padding_;
    QSpinBox* validLength_;
    QCheckBox* window_;
    QSpinBox* radius_;
    QCheckBox* graphOn_;
    QCheckBox* directed_;
    GraphEditor* graph_;
    QLabel* customNote_;
    void showCustomNote();

    MaskMatrix custom_; // N × N, all ones when no cell was toggled
    QStringList labels_;
    bool showing_ = false;
};

} // namespace al
