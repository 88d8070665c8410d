#include "ui/animation/heatmap_frames.h"

#include "ui/widgets/heatmap_view.h"

#include <QApplication>
#include <QPainter>

namespace al {

namespace {
struct HeatmapAnimation {
    Q_DECLARE_TR_FUNCTIONS(al::HeatmapAnimation)
};

// The caption's font: the app's, larger and bold, to read from the back of a lecture room.
QFont captionFont() {
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    return font;
}

// One colour scale for every frame: the span of all their values, and α′'s fixed 0 … 1
// (shareColorRange). It is marked fixed rather than shared: in the picture no other plot
// shares it, and each frame's colour bar reads "fixed scale".
void fixColourScale(std::vector<HeatmapMoment>& moments) {
    std::vector<HeatmapData*> heatmaps;
    for (HeatmapMoment& moment : moments)
        if (!moment.heatmap.showsMask()) heatmaps.push_back(&moment.heatmap);
    shareColorRange(heatmaps);
    for (HeatmapData* heatmap : heatmaps)
        heatmap->colorRange.shared = false;
}
} // namespace

QString trainingCaption(long long step, std::optional<double> loss) {
    if (!loss) return HeatmapAnimation::tr("step %1").arg(step);
    return HeatmapAnimation::tr("step %1 · loss %2").arg(step).arg(QString::number(*loss, 'g', 3));
}

std::vector<AnimationFrame> heatmapAnimationFrames(std::vector<HeatmapMoment> moments,
                                                   const HeatmapAnimationStyle& style) {
    fixColourScale(moments);
    const QFont font = captionFont();
    const int captionHeight = QFontMetrics(font).height() + 16; // at scale 1
    const QSize frameSize = QSize(style.plotSize.width(), style.plotSize.height() + captionHeight) * style.scale;

    HeatmapView view; // never shown: PlotView::image lays it out at the picture's size
    view.resize(style.plotSize);
    std::vector<AnimationFrame> frames;
    for (std::size_t i = 0; i < moments.size(); ++i) {
        view.setData(std::move(moments[i].heatmap));
        QImage frame(frameSize, QImage::Format_RGB32);
        frame.fill(Qt::white);
        QPainter painter(&frame);
        painter.drawPixmap(0, 0, view.image(style.scale, style.plotSize));
        painter.scale(style.scale, style.scale);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, style.plotSize.height(), style.plotSize.width(), captionHeight - 8), Qt::AlignCenter,
                         moments[i].caption);
        painter.end();
        const bool last = i + 1 == moments.size();
        frames.push_back({std::move(frame), last ? style.lastDelayMs : style.delayMs});
    }
    return frames;
}

} // namespace al
