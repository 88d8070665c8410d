#pragma once
// The pictures the training lesson's steps share: the loss and accuracy curves of a run (and
// of the baseline beside it), and an attention map α′ of one example at one moment — the
// model's weights as they were then, run forward on the example (teacher-forced).
#include "ui/lessons/lesson.h"
#include "ui/lessons/training/training_state.h"

#include <optional>

namespace al {

// The moment the controls chose (clamped; the latest for "now"), as step count and weights.
struct ShownMoment {
    long long step = 0;
    std::shared_ptr<const nn::TransformerModel> model;
};
ShownMoment shownMoment(const TrainingLessonState& state);

// The last moment of the run evaluated at or before step `upTo` (step 0 is always evaluated).
const train::Moment& lastEvaluated(const RunProgress& run, long long upTo);

// The example the controls chose (clamped), from the training set.
const nn::Example& chosenExample(const TrainingLessonState& state);

// The attention sublayer `site` of layer `layer` (clamped) in a pass, or null when the model
// has none there (the feed-forward baseline). `layer` is set to the clamped value.
const nn::SublayerTrace* attentionSublayer(const nn::TransformerTrace& trace, AttentionSite site, int& layer);

// What a site is called: "encoder self-attention"…
QString siteName(AttentionSite site);

// α′ of head `head` of that sublayer, rows the queries and columns the keys with the tokens of
// each side; nullopt when the model has no attention there.
struct AttentionMapRequest {
    QString id, title;
    std::shared_ptr<const nn::TransformerTrace> trace;
    const nn::TransformerModel* model = nullptr;
    AttentionSite site = AttentionSite::EncoderSelf;
    int layer = 0, head = 0;
};
std::optional<HeatmapData> attentionMap(const AttentionMapRequest& request);

// The tokens of the queries' and the keys' side of a site in a pass.
QStringList queryTokens(const nn::TransformerTrace& trace, const nn::TransformerModel& model, AttentionSite site);
QStringList keyTokens(const nn::TransformerTrace& trace, const nn::TransformerModel& model, AttentionSite site);

// Each step's batch loss, and both sets' loss at the timeline's moments; with `mark`, a
// vertical line at that step (the moment shown).
ChartData lossChart(const TrainingProgress& progress, std::optional<long long> mark);
// Both sets' accuracy at the moments, in percent (the baseline's too when it trains).
ChartData accuracyChart(const TrainingProgress& progress, std::optional<long long> mark);

} // namespace al
