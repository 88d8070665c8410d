#include "ui/lessons/training/training_animation.h"

#include "core/nn/transformer_backward.h"
#include "ui/lessons/training/training_plots.h"
#include "ui/worker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

namespace al {

std::vector<HeatmapMoment> attentionMoments(const TrainingProgress& progress, const TrainingChoice& choice,
                                            int maxFrames, Cancellation& cancellation) {
    const auto& kept = progress.main.snapshots;
    const auto& examples = progress.setup.data->train;
    const nn::Example& example = examples[std::size_t(std::clamp(choice.example, 0, int(examples.size()) - 1))];
    // The moments kept and now, at most maxFrames spread evenly.
    std::vector<std::pair<long long, std::shared_ptr<const nn::TransformerModel>>> moments;
    for (const train::Moment& moment : kept)
        moments.emplace_back(moment.step, moment.model);
    if (moments.empty() || moments.back().first != progress.main.steps)
        moments.emplace_back(progress.main.steps, progress.main.model);
    std::vector<std::size_t> chosen;
    const std::size_t count = std::min(moments.size(), std::size_t(std::max(maxFrames, 2)));
    for (std::size_t f = 0; f < count; ++f)
        chosen.push_back(count == 1 ? 0 : f * (moments.size() - 1) / (count - 1));

    const std::vector<double>& history = *progress.main.history;
    std::vector<HeatmapMoment> frames;
    for (std::size_t index : chosen) {
        cancellation.check();
        const auto& [step, model] = moments[index];
        AttentionMapRequest request;
        request.id = QStringLiteral("attention");
        request.title = QCoreApplication::translate("al::TrainingLesson", "α′: %1, layer %2, head %3")
                            .arg(siteName(choice.site))
                            .arg(choice.layer + 1)
                            .arg(choice.head + 1);
        request.trace = std::make_shared<const nn::TransformerTrace>(nn::loss(*model, example).trace);
        request.model = model.get();
        request.site = choice.site;
        request.layer = choice.layer;
        request.head = choice.head;
        auto map = attentionMap(request);
        if (!map) return {};
        const std::optional<double> loss = step > 0 && step <= static_cast<long long>(history.size())
                                               ? std::optional(history[std::size_t(step - 1)])
                                               : std::nullopt;
        frames.push_back({*map, trainingCaption(step, loss)});
    }
    return frames;
}

TrainingAnimation::TrainingAnimation(QObject* parent) : QObject(parent), files_(new Worker(this)) {
    connect(files_, &Worker::failed, this, [this](const QString& why) {
        busy_ = false;
        emit finished(why);
    });
}

void TrainingAnimation::start(std::shared_ptr<const TrainingProgress> progress, const TrainingChoice& choice,
                              const QString& path) {
    busy_ = true;
    path_ = path;
    frames_.clear();
    files_->start([progress, choice, this](Cancellation& cancellation) -> Worker::Delivery {
        auto moments = std::make_shared<std::vector<HeatmapMoment>>(
            attentionMoments(*progress, choice, maxFrames, cancellation)); // worker thread
        return [this, moments] {                                           // GUI thread
            if (moments->empty()) {
                busy_ = false;
                emit finished(tr("This model has no attention there to animate (the feed-forward baseline)."));
                return;
            }
            moments_ = std::move(*moments);
            drawNext();
        };
    });
}

void TrainingAnimation::drawNext() {
    const std::size_t next = frames_.size();
    if (next == moments_.size()) {
        write();
        return;
    }
    HeatmapAnimationStyle style;
    style.scale = 2; // crisp on slides
    AnimationFrame frame = heatmapAnimationFrames({moments_[next]}, style).front();
    frame.delayMs = next + 1 == moments_.size() ? style.lastDelayMs : style.delayMs;
    frames_.push_back(std::move(frame));
    QTimer::singleShot(0, this, &TrainingAnimation::drawNext);
}

void TrainingAnimation::write() {
    auto frames = std::make_shared<std::vector<AnimationFrame>>(std::move(frames_));
    frames_.clear();
    moments_.clear();
    files_->start([frames, path = path_, this](Cancellation&) -> Worker::Delivery {
        const QFileInfo file(path); // worker thread
        const QString problem = file.suffix().compare("gif", Qt::CaseInsensitive) == 0
                                    ? writeGif(path, *frames)
                                    : writePngFrames(file.absolutePath(), file.completeBaseName(), *frames);
        return [this, problem] { // GUI thread
            busy_ = false;
            emit finished(problem);
        };
    });
}

} // namespace al
