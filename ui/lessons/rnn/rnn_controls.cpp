#include "ui/lessons/rnn/rnn_controls.h"

#include "ui/attention_document.h"
#include "ui/notation.h"
#include "ui/widgets/flow_layout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace al {

namespace {
// The steps each group of controls changes (0-based, as RnnLesson's steps).
constexpr int stepOfAnimation = 0, stepOfDistance = 1, stepOfMemory = 2, stepOfPath = 3;

QHBoxLayout* row(QWidget* box) {
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    return layout;
}
} // namespace

RnnControls::RnnControls(AttentionDocument& document, QWidget* parent)
    : LessonControls(parent), document_(document), timer_(new QTimer(this)) {
    timer_->setInterval(interval);
    connect(timer_, &QTimer::timeout, this, &RnnControls::advance);
    build();
    follow(document.trace());
    connect(&document, &AttentionDocument::traceChanged, this, &RnnControls::follow);
}

void RnnControls::build() {
    auto* groups = new FlowLayout(this, 14);
    groups->setContentsMargins(4, 2, 4, 2);

    animation_ = new QWidget(this);
    auto* animationRow = row(animation_);
    playButton_ = new QPushButton(animation_);
    playButton_->setObjectName("play");
    playButton_->setToolTip(tr("Step through time: the RNN computes one hᵗ per step, self-attention all bᵗ in its "
                               "one step"));
    frameSlider_ = new QSlider(Qt::Horizontal, animation_);
    frameSlider_->setObjectName("frame");
    frameSlider_->setMinimumWidth(160);
    frameSlider_->setToolTip(tr("The time step shown: 0 is before the first"));
    frameLabel_ = new QLabel(animation_);
    animationRow->addWidget(playButton_);
    animationRow->addWidget(new QLabel(tr("time step"), animation_));
    animationRow->addWidget(frameSlider_);
    animationRow->addWidget(frameLabel_);
    connect(playButton_, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(frameSlider_, &QSlider::valueChanged, this, [this](int frame) {
        pause();
        setFrame(frame);
    });

    path_ = new QWidget(this);
    auto* pathRow = row(path_);
    inputs_ = new QComboBox(path_);
    inputs_->setObjectName("inputs"); // the sentence's own tokens (content, not translated)
    inputs_->setToolTip(tr("The input aˢ the path starts from; the window's query chooses the output t"));
    pathRow->addWidget(new QLabel(tr("path from input"), path_));
    pathRow->addWidget(inputs_);
    connect(inputs_, &QComboBox::activated, this, [this](int index) { setPathFrom(index - 1); });

    memoryGroup_ = new QWidget(this);
    auto* memoryRow = row(memoryGroup_);
    memorySlider_ = new QSlider(Qt::Horizontal, memoryGroup_);
    memorySlider_->setObjectName("memory");
    memorySlider_->setRange(0, int(std::lround(3.0 / memoryResolution)));
    memorySlider_->setMinimumWidth(180);
    memorySlider_->setToolTip(tr("γ, the factor W_h is multiplied by: how strongly hᵗ⁻¹ carries into hᵗ"));
    memoryLabel_ = new QLabel(memoryGroup_);
    memoryRow->addWidget(new QLabel(tr("memory's strength"), memoryGroup_));
    memoryRow->addWidget(memorySlider_);
    memoryRow->addWidget(memoryLabel_);
    connect(memorySlider_, &QSlider::valueChanged, this, [this](int value) { setMemory(value * memoryResolution); });

    scale_ = new QWidget(this);
    auto* scaleRow = row(scale_);
    logarithmicBox_ = new QCheckBox(tr("log scale"), scale_);
    logarithmicBox_->setObjectName("logarithmic");
    logarithmicBox_->setToolTip(tr("Influence on a log₁₀ scale: small values apart, zeros as gaps"));
    scaleRow->addWidget(logarithmicBox_);
    connect(logarithmicBox_, &QCheckBox::toggled, this, &RnnControls::setLogarithmic);

    for (QWidget* group : {animation_, path_, memoryGroup_, scale_})
        groups->addWidget(group);
    showFrame();
    showMemory();
}

void RnnControls::follow(const std::shared_ptr<const Trace>& trace) {
    if (!trace) return;
    QStringList tokens = notation::tokenLabels(trace->tokens);
    if (tokens == tokens_) return;
    tokens_ = std::move(tokens);
    const int count = int(tokens_.size());
    {
        const QSignalBlocker blocker(inputs_);
        inputs_->clear();
        inputs_->addItem(tr("the one bᵗ reads most"));
        inputs_->addItems(tokens_);
    }
    if (pathFrom_ >= count) pathFrom_ = -1;
    inputs_->setCurrentIndex(pathFrom_ + 1);
    frame_ = std::min(frame_, count);
    showFrame();
}

std::shared_ptr<const void> RnnControls::state() const {
    auto state = std::make_shared<RnnLessonState>();
    state->block = document_.sample().rnn;
    state->memory = memory_;
    state->frame = frame_;
    state->pathFrom = pathFrom_;
    state->logarithmic = logarithmic_;
    return state;
}

bool RnnControls::shownAt(int step) const {
    animation_->setVisible(step == stepOfAnimation);
    path_->setVisible(step == stepOfPath);
    memoryGroup_->setVisible(step == stepOfMemory);
    scale_->setVisible(step == stepOfDistance || step == stepOfMemory);
    return true;
}

void RnnControls::cellClicked(const QString& plotId, int, int column) {
    if (plotId == QLatin1String("rnn_influence") || plotId == QLatin1String("attention_influence")) setPathFrom(column);
}

void RnnControls::takeOver(const std::shared_ptr<const void>& state) {
    const auto* settings = static_cast<const RnnLessonState*>(state.get());
    if (!settings) return;
    setLogarithmic(settings->logarithmic);
    setMemory(settings->memory);
    setPathFrom(settings->pathFrom);
    setFrame(settings->frame);
}

bool RnnControls::presentSpace(int step) {
    if (step != stepOfAnimation) return false;
    isPlaying() ? pause() : play();
    return true;
}

bool RnnControls::presentNext(int step) {
    if (step != stepOfAnimation || frame_ >= tokens_.size()) return false;
    pause();
    setFrame(frame_ + 1);
    return true;
}

void RnnControls::play() {
    if (frame_ >= tokens_.size()) setFrame(0); // from the start again
    timer_->start();
    showFrame();
}

void RnnControls::pause() {
    timer_->stop();
    showFrame();
}

bool RnnControls::isPlaying() const {
    return timer_->isActive();
}

void RnnControls::advance() {
    if (frame_ >= tokens_.size()) {
        pause();
        return;
    }
    setFrame(frame_ + 1);
    if (frame_ >= tokens_.size()) pause();
}

void RnnControls::setFrame(int frame) {
    frame = std::clamp(frame, 0, int(tokens_.size()));
    const bool moved = frame != frame_;
    frame_ = frame;
    showFrame();
    if (moved) emit changed();
}

void RnnControls::setPathFrom(int input) {
    input = input < 0 || input >= tokens_.size() ? -1 : input;
    if (input == pathFrom_) return;
    pathFrom_ = input;
    const QSignalBlocker blocker(inputs_);
    inputs_->setCurrentIndex(pathFrom_ + 1);
    emit changed();
}

void RnnControls::setMemory(double memory) {
    const int position = std::clamp(int(std::lround(memory / memoryResolution)), 0, memorySlider_->maximum());
    memory = position * memoryResolution;
    if (memory == memory_) return;
    memory_ = memory;
    showMemory();
    emit changed();
}

void RnnControls::setLogarithmic(bool logarithmic) {
    if (logarithmic == logarithmic_) return;
    logarithmic_ = logarithmic;
    const QSignalBlocker blocker(logarithmicBox_);
    logarithmicBox_->setChecked(logarithmic);
    emit changed();
}

void RnnControls::showFrame() {
    const QSignalBlocker blocker(frameSlider_);
    frameSlider_->setRange(0, int(tokens_.size()));
    frameSlider_->setValue(frame_);
    frameLabel_->setText(tr("%1 of %2").arg(frame_).arg(tokens_.size()));
    playButton_->setText(isPlaying() ? tr("❚❚ Pause") : tr("▶ Animate"));
}

void RnnControls::showMemory() {
    const QSignalBlocker blocker(memorySlider_);
    memorySlider_->setValue(int(std::lround(memory_ / memoryResolution)));
    memoryLabel_->setText(tr("W_h × %1").arg(notation::number(memory_, 2)));
}

} // namespace al
