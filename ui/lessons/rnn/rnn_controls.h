#pragma once
// The RNN-versus-self-attention lesson's controls: the animation of step 1 (▶ Play and the
// time step), the input s of the path (step 4), the memory's strength γ that scales W_h, and
// the log scale for influence. Each shows on the steps it changes; the steps read all of it
// by value (RnnLessonState).
#include "ui/lessons/lesson_controls.h"
#include "ui/lessons/rnn/rnn_state.h"

#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace al {

class AttentionDocument;
struct Trace;

class RnnControls : public LessonControls {
    Q_OBJECT
public:
    explicit RnnControls(AttentionDocument& document, QWidget* parent = nullptr);

    std::shared_ptr<const void> state() const override; // an RnnLessonState
    bool shownAt(int step) const override;
    // A click on an input's column of an influence map draws the path from that input.
    void cellClicked(const QString& plotId, int row, int column) override;
    // In front of a class, on the animation's step: Space plays or pauses, → shows the next
    // time step (and, at the last, goes on to the next step).
    bool presentSpace(int step) override;
    bool presentNext(int step) override;
    void takeOver(const std::shared_ptr<const void>& state) override; // an RnnLessonState

    // The animation: one time step every `interval` ms from h¹ to h^N, then it stops.
    void play();
    void pause();
    bool isPlaying() const;
    void setFrame(int frame);      // clamped to 0 … N
    void setPathFrom(int input);   // −1: the input self-attention reads most
    void setMemory(double memory); // γ, clamped to the slider's 0 … 3
    void setLogarithmic(bool logarithmic);
    int frame() const { return frame_; }
    double memory() const { return memory_; }

    static constexpr int interval = 700;             // ms per time step
    static constexpr double memoryResolution = 0.05; // the slider's step in γ

private:
    void build();
    void follow(const std::shared_ptr<const Trace>& trace); // another sentence: tokens and N
    void showFrame();
    void showMemory();
    void advance();

    AttentionDocument& document_;
    QStringList tokens_;
    int frame_ = 1;
    int pathFrom_ = -1;
    double memory_ = 1.0;
    bool logarithmic_ = false;
    QTimer* timer_ = nullptr;
    QWidget* animation_ = nullptr; // the groups shown per step
    QWidget* path_ = nullptr;
    QWidget* memoryGroup_ = nullptr;
    QWidget* scale_ = nullptr;
    QPushButton* playButton_ = nullptr;
    QSlider* frameSlider_ = nullptr;
    QLabel* frameLabel_ = nullptr;
    QComboBox* inputs_ = nullptr;
    QSlider* memorySlider_ = nullptr;
    QLabel* memoryLabel_ = nullptr;
    QCheckBox* logarithmicBox_ = nullptr;
};

} // namespace al
