#include "ui/step_bar.h"

#include "ui/lesson_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace al {

StepBar::StepBar(QWidget* parent) : QWidget(parent), playTimer_(new QTimer(this)) {
    playTimer_->setInterval(2500);
    auto* layout = new QHBoxLayout(this);
    back_ = new QPushButton(tr("◀ Back"), this);
    back_->setToolTip(tr("The previous step (←)"));
    next_ = new QPushButton(tr("Next ▶"), this);
    next_->setToolTip(tr("The next step (→)"));
    play_ = new QPushButton(tr("Play"), this);
    play_->setToolTip(tr("Go through the steps one after another"));
    title_ = new QLabel(this);
    title_->setWordWrap(true);
    count_ = new QLabel(this);
    count_->setToolTip(tr("Where you are in this lesson"));
    query_ = new QSpinBox(this);
    query_->setPrefix(tr("query i = "));
    query_->setRange(1, 1);
    query_->setToolTip(tr("Which output bⁱ to follow (or click a row of a heatmap)"));
    layout->addWidget(back_);
    layout->addWidget(next_);
    layout->addWidget(play_);
    layout->addSpacing(12);
    layout->addWidget(count_);
    layout->addSpacing(12);
    layout->addWidget(title_, 1);
    layout->addWidget(query_);
    connect(back_, &QPushButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(next_, &QPushButton::clicked, this, [this] { emit stepRequested(+1); });
    connect(play_, &QPushButton::clicked, this, [this] {
        if (playTimer_->isActive()) {
            stopPlaying();
            return;
        }
        playTimer_->start();
        if (lastStep_) emit rewind(); // from the first step again
        emit playingChanged();
    });
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (lastStep_)
            stopPlaying();
        else
            emit playStep();
    });
    connect(query_, &QSpinBox::valueChanged, this, [this](int value) { emit queryChanged(value - 1); });
    connect(query_, &QSpinBox::editingFinished, this, [this] {
        if (query_->hasFocus()) emit typingDone();
    });
}

void StepBar::showStep(const LessonPage& page, const LessonPage* previous, const LessonPage* next) {
    title_->setText(page.stepTitle(page.step()));
    lastStep_ = page.step() + 1 >= page.stepCount();
    // Next and Back go on across lessons: only the first and the very last step stop them.
    back_->setEnabled(page.step() > 0 || previous);
    next_->setEnabled(!lastStep_ || next);
    next_->setToolTip(!lastStep_ || !next ? tr("The next step (→)")
                                          : tr("On to the next lesson: %1 (→)").arg(next->title()));
    back_->setToolTip(page.step() > 0 || !previous ? tr("The previous step (←)")
                                                   : tr("Back to the previous lesson: %1 (←)").arg(previous->title()));
    count_->setText(tr("Step %1 of %2").arg(page.step() + 1).arg(page.stepCount()));
    play_->setText(isPlaying() ? tr("Pause") : tr("Play"));
    play_->setEnabled(page.stepCount() > 1);
    query_->setVisible(page.followsQuery());
}

void StepBar::setTokenCount(int tokens) {
    query_->setRange(1, std::max(tokens, 1));
}

int StepBar::query() const {
    return query_->value() - 1;
}

void StepBar::setQuery(int query) {
    query_->setValue(query + 1);
}

void StepBar::stopPlaying() {
    if (!playTimer_->isActive()) return;
    playTimer_->stop();
    play_->setText(tr("Play"));
    emit playingChanged();
}

bool StepBar::isPlaying() const {
    return playTimer_->isActive();
}

void StepBar::setTitleFont(const QFont& font) {
    title_->setFont(font);
}

} // namespace al
