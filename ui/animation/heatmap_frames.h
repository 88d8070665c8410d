#pragma once
// A heatmap over time (α′ of a head while a model trains, a gradient…) as the frames of an
// animation, drawn by the app's own HeatmapView exactly as the window and the exports draw
// it, every frame at one size with a caption under it ("step 340 · loss 0.213"). All frames
// share one colour scale, so a colour means the same value in every frame: α′ keeps its
// 0 … 1, any other matrix gets the span of all frames' values (and 0).
#include "ui/animation/animation_files.h"
#include "ui/page_picture.h" // plotExportSize
#include "ui/widgets/heatmap_data.h"

#include <QSize>
#include <QString>

#include <optional>
#include <vector>

namespace al {

// One moment: the heatmap then, and what the caption says about it.
struct HeatmapMoment {
    HeatmapData heatmap;
    QString caption;
};

struct HeatmapAnimationStyle {
    QSize plotSize = plotExportSize; // the heatmap, in pixels at scale 1; the caption goes under it
    double scale = 1.0;              // pixels per point: 2 for crisp slides
    int delayMs = 400;               // how long each frame shows
    int lastDelayMs = 2000;          // the last frame, held: the result the animation comes to
};

// The frames, one per moment, in order. Needs the GUI thread (it draws with a widget).
std::vector<AnimationFrame> heatmapAnimationFrames(std::vector<HeatmapMoment> moments,
                                                   const HeatmapAnimationStyle& style = {});

// "step 340 · loss 0.213": the caption of a moment of training, the loss to three significant
// digits; "step 0" before the first step, which has no loss yet.
QString trainingCaption(long long step, std::optional<double> loss);

} // namespace al
