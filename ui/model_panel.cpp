#include "ui/model_panel.h"

#include "core/attention/limits.h"
#include "ui/attention_document.h"
#include "ui/mask_notice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace al {

namespace {
// The temperature slider is logarithmic: position p ∈ [−100, 100] ↦ τ = 10^(p/50), 0.01 … 100.
int sliderPosition(double temperature) {
    return int(std::lround(50 * std::log10(temperature)));
}
} // namespace

ModelPanel::ModelPanel(AttentionDocument& document, QWidget* parent) : QWidget(parent), document_(document) {
    auto* form = new QFormLayout(this);
    heads_ = new QSpinBox(this);
    heads_->setRange(1, 16);
    heads_->setToolTip(tr("H, the number of heads. Each head attends with its own segment of q, k and v."));
    dK_ = new QSpinBox(this);
    dK_->setRange(1, limits::maxHeadDim);
    dK_->setToolTip(tr("d_k, the size of each head's queries and keys"));
    dV_ = new QSpinBox(this);
    dV_->setRange(1, limits::maxHeadDim);
    dV_->setToolTip(tr("d_v, the size of each head's values"));
    scoring_ = new QComboBox(this);
    scoring_->addItem(tr("dot product  q·k"), int(Scoring::Dot));
    scoring_->addItem(tr("scaled dot product  q·k / √d_k"), int(Scoring::ScaledDot));
    scoring_->addItem(tr("additive  w·tanh(q + k)"), int(Scoring::Additive));
    scoring_->setToolTip(tr("How a query and a key are turned into a score α"));
    normalization_ = new QComboBox(this);
    normalization_->addItem(tr("softmax"), int(Normalization::Softmax));
    normalization_->addItem(tr("ReLU"), int(Normalization::Relu));
    normalization_->setToolTip(tr("How the scores α become the weights α′"));
    temperature_ = new QDoubleSpinBox(this);
    temperature_->setRange(0.01, 100);
    temperature_->setDecimals(2);
    temperature_->setSingleStep(0.1);
    temperature_->setToolTip(tr("τ divides every score: below 1 sharpens the weights, above 1 flattens them"));
    temperatureSlider_ = new QSlider(Qt::Horizontal, this);
    temperatureSlider_->setRange(-100, 100);
    temperatureSlider_->setToolTip(temperature_->toolTip());
    positional_ = new QComboBox(this);
    positional_->addItem(tr("none"), int(PositionalEncoding::None));
    positional_->addItem(tr("sinusoidal"), int(PositionalEncoding::Sinusoidal));
    positional_->addItem(tr("learned"), int(PositionalEncoding::Learned));
    positional_->setToolTip(tr("The positional vectors eⁱ added to the inputs"));
    projection_ = new QCheckBox(tr("apply W^o to the concatenated heads"), this);
    projection_->setToolTip(tr("The output projection b = W^o c"));
    seed_ = new QSpinBox(this);
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setToolTip(tr("The seed of every weight the sample does not give"));
    auto* reseed = new QPushButton(tr("New random weights"), this);
    reseed->setToolTip(tr("Draw new weights from a new seed"));

    masks_ = new QLabel(this);
    masks_->setWordWrap(true);
    masks_->setToolTip(tr("The masks say which keys each query may attend to; every lesson's α′ goes through them"));

    auto* temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(temperature_);
    temperatureRow->addWidget(temperatureSlider_, 1);
    form->addRow(tr("Heads"), heads_);
    form->addRow(tr("d_k"), dK_);
    form->addRow(tr("d_v"), dV_);
    form->addRow(tr("Scores"), scoring_);
    form->addRow(tr("Normalisation"), normalization_);
    form->addRow(tr("Temperature τ"), temperatureRow);
    form->addRow(tr("Positions"), positional_);
    form->addRow(tr("Output"), projection_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(QString(), reseed);
    form->addRow(tr("Masks"), masks_);

    connect(&document_, &AttentionDocument::traceChanged, this, &ModelPanel::showConfig);
    connect(heads_, &QSpinBox::valueChanged, this, [this](int heads) {
        // d_k = d_model / H keeps following H (when it divides): q then keeps its size and
        // every weight its value, split anew into heads. A d_k of the sample's own stays: its
        // heads keep their rows of W^q, W^k, W^v and new heads get new ones (core/attention/reconfigure.h).
        const int dModel = document_.sample().model.config.dModel;
        if (!showing_ && dModel % heads == 0) {
            const QSignalBlocker a(dK_), b(dV_);
            if (dKFollowsHeads_) dK_->setValue(dModel / heads);
            if (dVFollowsHeads_) dV_->setValue(dModel / heads);
        }
        applyControls();
    });
    auto sizesOfDocument = [this] {
        const ModelConfig& c = document_.sample().model.config;
        noteWhetherSizesFollowHeads(c.heads, c.dK, c.dV);
    };
    connect(&document_, &AttentionDocument::sampleReplaced, this, sizesOfDocument);
    sizesOfDocument();
    for (QSpinBox* box : {dK_, dV_}) // the user's own d_k or d_v
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!showing_) noteWhetherSizesFollowHeads(heads_->value(), dK_->value(), dV_->value());
        });
    for (QSpinBox* box : {dK_, dV_, seed_})
        connect(box, &QSpinBox::valueChanged, this, &ModelPanel::applyControls);
    for (QComboBox* box : {scoring_, normalization_, positional_})
        connect(box, &QComboBox::currentIndexChanged, this, &ModelPanel::applyControls);
    connect(temperature_, &QDoubleSpinBox::valueChanged, this, &ModelPanel::applyControls);
    connect(temperatureSlider_, &QSlider::valueChanged, this, &ModelPanel::temperatureSliderMoved);
    connect(projection_, &QCheckBox::toggled, this, &ModelPanel::applyControls);
    connect(reseed, &QPushButton::clicked, this,
            [this] { seed_->setValue(int(QRandomGenerator::global()->bounded(1, 1000000))); });
}

void ModelPanel::showConfig() {
    const ModelConfig& c = document_.sample().model.config;
    showing_ = true;
    const QSignalBlocker blockers[] = {QSignalBlocker(heads_),
                                       QSignalBlocker(dK_),
                                       QSignalBlocker(dV_),
                                       QSignalBlocker(scoring_),
                                       QSignalBlocker(normalization_),
                                       QSignalBlocker(temperature_),
                                       QSignalBlocker(temperatureSlider_),
                                       QSignalBlocker(positional_),
                                       QSignalBlocker(projection_),
                                       QSignalBlocker(seed_)};
    heads_->setValue(c.heads);
    dK_->setValue(c.dK);
    dV_->setValue(c.dV);
    scoring_->setCurrentIndex(scoring_->findData(int(c.scoring)));
    normalization_->setCurrentIndex(normalization_->findData(int(c.normalization)));
    temperature_->setValue(c.temperature);
    temperatureSlider_->setValue(sliderPosition(std::clamp(c.temperature, 0.01, 100.0)));
    positional_->setCurrentIndex(positional_->findData(int(c.positional)));
    projection_->setChecked(c.outputProjection);
    seed_->setValue(int(std::min<std::uint64_t>(c.seed, std::uint64_t(std::numeric_limits<int>::max()))));
    const QString masks = maskSummary(document_.sample().model.masks);
    masks_->setText(masks.isEmpty() ? tr("none — compose them in the Masks lesson")
                                    : tr("%1 — edit them in the Masks lesson").arg(masks));
    showing_ = false;
}

void ModelPanel::noteWhetherSizesFollowHeads(int heads, int dK, int dV) {
    const int dModel = document_.sample().model.config.dModel;
    dKFollowsHeads_ = dK * heads == dModel;
    dVFollowsHeads_ = dV * heads == dModel;
}

void ModelPanel::temperatureSliderMoved(int position) {
    const QSignalBlocker blocker(temperature_);
    temperature_->setValue(std::pow(10.0, position / 50.0));
    applyControls();
}

void ModelPanel::applyControls() {
    if (showing_) return;
    ModelConfig next = document_.sample().model.config;
    next.heads = heads_->value();
    next.dK = dK_->value();
    next.dV = dV_->value();
    next.scoring = Scoring(scoring_->currentData().toInt());
    next.normalization = Normalization(normalization_->currentData().toInt());
    next.temperature = temperature_->value();
    next.positional = PositionalEncoding(positional_->currentData().toInt());
    next.outputProjection = projection_->isChecked();
    next.seed = std::uint64_t(seed_->value());
    const QString refusal = document_.setConfig(next);
    if (!refusal.isEmpty()) {
        emit editRefused(refusal);
        showConfig(); // back to what the document holds
    }
}

} // namespace al
