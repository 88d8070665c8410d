#pragma once
// α′ of the example shown as training went, for slides: the heatmap at the moments the
// timeline kept (at most `maxFrames` of them, spread evenly, the first and the last always),
// written as an animated GIF or as numbered PNG frames. The heatmaps are worked out on the
// worker, drawn one frame per turn of the event loop (a frame needs a widget, so the GUI
// thread, and the window must answer meanwhile), and the file is written on the worker.
#include "ui/animation/heatmap_frames.h"
#include "ui/lessons/training/training_state.h"

#include <QObject>

#include <memory>
#include <vector>

namespace al {

class Worker;

// The moments' heatmaps of α′ (worker thread); empty when the model has no attention there.
std::vector<HeatmapMoment> attentionMoments(const TrainingProgress& progress, const TrainingChoice& choice,
                                            int maxFrames, Cancellation& cancellation);

class TrainingAnimation : public QObject {
    Q_OBJECT
public:
    explicit TrainingAnimation(QObject* parent = nullptr);

    // `path` ending in .gif: an animated GIF; in .png: frames path-001.png, path-002.png …
    void start(std::shared_ptr<const TrainingProgress> progress, const TrainingChoice& choice, const QString& path);
    bool isBusy() const { return busy_; }
    Worker& worker() const { return *files_; }

    static constexpr int maxFrames = 60;

signals:
    void finished(const QString& problem); // "" once written

private:
    void drawNext(); // one frame, then the next turn of the event loop
    void write();

    Worker* files_; // its own: a dataset read meanwhile does not stop it
    bool busy_ = false;
    QString path_;
    std::vector<HeatmapMoment> moments_;
    std::vector<AnimationFrame> frames_;
};

} // namespace al
