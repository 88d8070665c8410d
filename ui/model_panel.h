#pragma once
// The controls for the model: heads, d_k, d_v, scoring, normalisation, temperature,
// positional encoding, output projection and the seed, and a line naming the masks that are on
// (they are composed in the Masks lesson). It shows the document's current
// configuration and hands every change to the document, which recomputes.
#include "core/attention/model.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace al {

class AttentionDocument;

class ModelPanel : public QWidget {
    Q_OBJECT
public:
    explicit ModelPanel(AttentionDocument& document, QWidget* parent = nullptr);

signals:
    void editRefused(const QString& reason);

private:
    void showConfig();    // document → controls, without echoing changes back
    void applyControls(); // controls → document
    void temperatureSliderMoved(int position);

    AttentionDocument& document_;
    QSpinBox* heads_;
    QSpinBox* dK_;
    QSpinBox* dV_;
    QComboBox* scoring_;
    QComboBox* normalization_;
    QDoubleSpinBox* temperature_;
    QSlider* temperatureSlider_;
    QComboBox* positional_;
    QCheckBox* projection_;
    QSpinBox* seed_;
    QLabel* masks_; // which masks are on: they change every lesson's α′
    bool showing_ = false;
    // Whether d_k (d_v) is d_model / H and follows H: so when the sample was opened with it,
    // or the user set it so. A sample's own d_k (the animal sentence's 4 with d_model 8)
    // stays when H changes, so that its heads stay what they were.
    bool dKFollowsHeads_ = true;
    bool dVFollowsHeads_ = true;
    void noteWhetherSizesFollowHeads(int heads, int dK, int dV);
};

} // namespace al
