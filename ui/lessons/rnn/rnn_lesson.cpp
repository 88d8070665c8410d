#include "ui/lessons/rnn/rnn_lesson.h"

#include "core/attention/attention_influence.h"
#include "ui/lessons/rnn/rnn_controls.h"
#include "ui/lessons/rnn/rnn_plots.h"
#include "ui/lessons/rnn/rnn_text.h"
#include "ui/notation.h"

#include <algorithm>

namespace al {

namespace n = notation;

namespace {
const RnnLessonState& stateOf(const LessonInput& input) {
    static const RnnLessonState defaults;
    const auto* state = static_cast<const RnnLessonState*>(input.own.get());
    return state ? *state : defaults;
}

PlotContent plot(SequenceDiagramData data) {
    PlotContent content;
    content.data = std::move(data);
    return content;
}

PlotContent plot(ChartData data) {
    PlotContent content;
    content.data = std::move(data);
    return content;
}

// The output t the steps follow (the window's query) and the input s of its path.
struct Pair {
    int output = 0, input = 0;
};
Pair pairOf(const LessonInput& input, const RnnComparison& comparison) {
    const int count = int(comparison.attention.rows());
    Pair pair;
    pair.output = std::clamp(input.query, 0, count - 1);
    const int chosen = stateOf(input).pathFrom;
    pair.input = chosen >= 0 && chosen < count ? chosen : strongestInput(comparison.attention, pair.output);
    return pair;
}

// The two influence maps side by side on one colour scale.
void addInfluenceMaps(StepContent& content, const RnnComparison& comparison, const QStringList& tokens,
                      bool logarithmic, int output) {
    const QString scale = logarithmic ? RnnLesson::tr(" (log₁₀)") : QString();
    content.plots.push_back(influenceMap(Layer::Recurrent, comparison.rnn, tokens, logarithmic,
                                         RnnLesson::tr("RNN: ‖∂hᵗ/∂aˢ‖%1").arg(scale)));
    content.plots.push_back(influenceMap(Layer::SelfAttention, comparison.attention, tokens, logarithmic,
                                         RnnLesson::tr("Self-attention: ‖∂bᵗ/∂aˢ‖%1").arg(scale)));
    const std::size_t first = content.plots.size() - 2;
    std::vector<HeatmapData*> maps;
    for (std::size_t p = first; p < content.plots.size(); ++p) {
        content.plots[p].outlineRow = output;
        maps.push_back(&std::get<HeatmapData>(content.plots[p].data));
    }
    shareColorRange(maps);
}

} // namespace

LessonControls* RnnLesson::createControls(AttentionDocument& document) const {
    return new RnnControls(document);
}

StepContent RnnLesson::describe(const LessonInput& input, Cancellation& cancellation) const {
    if (input.trace->tokenCount() > maxInfluenceTokens) {
        StepContent content;
        content.explanation = tooLong(input.trace->tokenCount(), maxInfluenceTokens);
        return content;
    }
    return LessonOfSteps::describe(input, cancellation);
}

StepContent RnnLesson::sequence(const LessonInput& input, Cancellation& cancellation) const {
    const RnnLessonState& state = stateOf(input);
    const auto comparison = compareLayers(input.trace, state, memo_, cancellation);
    const QStringList tokens = n::tokenLabels(input.trace->tokens);
    const int count = int(tokens.size()), frame = std::clamp(state.frame, 0, count);
    StepContent content;
    content.plots.push_back(plot(
        layerDiagram(Layer::Recurrent, *comparison, tokens, frame, frame - 1, -1, -1, recurrentCaption(frame, count))));
    content.plots.push_back(plot(layerDiagram(Layer::SelfAttention, *comparison, tokens, frame > 0 ? count : 0, -1, -1,
                                              -1, attentionCaption(frame, count))));
    content.explanation = sequenceText(frame, count);
    content.figures["rnn_sequential_steps"] = count;
    content.figures["attention_sequential_steps"] = 1;
    return content;
}

StepContent RnnLesson::reach(const LessonInput& input, Cancellation& cancellation) const {
    const RnnLessonState& state = stateOf(input);
    const auto comparison = compareLayers(input.trace, state, memo_, cancellation);
    const QStringList tokens = n::tokenLabels(input.trace->tokens);
    const Pair pair = pairOf(input, *comparison);
    StepContent content;
    addInfluenceMaps(content, *comparison, tokens, state.logarithmic, pair.output);
    content.plots.push_back(plot(distanceChart(*comparison, state.logarithmic)));
    const ReachFigures figures = reachFigures(*comparison);
    content.explanation = reachText(*input.trace, *comparison, figures, pair.output);
    content.figures["rnn_mean_nearest"] = figures.rnnNearest;
    content.figures["rnn_mean_farthest"] = figures.rnnFarthest;
    content.figures["attention_mean_nearest"] = figures.attentionNearest;
    content.figures["attention_mean_farthest"] = figures.attentionFarthest;
    content.figures["farthest_distance"] = figures.farthest;
    content.figures["attention_peak_distance"] = figures.attentionPeak;
    content.figures["attention_peak_mean"] = figures.attentionPeakMean;
    content.figures["rnn_mean_at_attention_peak"] = figures.rnnAtAttentionPeak;
    return content;
}

StepContent RnnLesson::memory(const LessonInput& input, Cancellation& cancellation) const {
    const RnnLessonState& state = stateOf(input);
    const auto comparison = compareLayers(input.trace, state, memo_, cancellation);
    const QStringList tokens = n::tokenLabels(input.trace->tokens);
    const Pair pair = pairOf(input, *comparison);
    StepContent content;
    const QString scale = state.logarithmic ? tr(" (log₁₀)") : QString();
    PlotContent map = influenceMap(Layer::Recurrent, comparison->rnn, tokens, state.logarithmic,
                                   tr("RNN with W_h × %1: ‖∂hᵗ/∂aˢ‖%2").arg(n::number(state.memory, 2), scale));
    map.outlineRow = pair.output;
    content.plots.push_back(std::move(map));
    // The same RNN at γ = 1 beside, unless that is the one shown: what the slider changed.
    std::shared_ptr<const RnnComparison> reference;
    if (state.memory != 1.0) {
        RnnLessonState original = state;
        original.memory = 1.0;
        reference = compareLayers(input.trace, original, memo_, cancellation);
    }
    content.plots.push_back(plot(memoryChart(*comparison, reference.get())));
    const MemoryFigures figures = memoryFigures(*comparison);
    content.explanation = memoryText(*comparison, figures);
    content.figures["spectral_radius"] = figures.spectralRadius;
    content.figures["tanh_slope"] = figures.tanhSlope;
    content.figures["rnn_mean_nearest"] = figures.nearest;
    content.figures["rnn_mean_farthest"] = figures.farthest;
    return content;
}

StepContent RnnLesson::paths(const LessonInput& input, Cancellation& cancellation) const {
    const RnnLessonState& state = stateOf(input);
    const auto comparison = compareLayers(input.trace, state, memo_, cancellation);
    const QStringList tokens = n::tokenLabels(input.trace->tokens);
    const int count = int(tokens.size());
    const Pair pair = pairOf(input, *comparison);
    const bool rnnReaches = pair.input <= pair.output;
    const bool attentionReaches = comparison->attentionPairs(pair.output, pair.input) != 0;
    StepContent content;
    content.plots.push_back(plot(layerDiagram(Layer::Recurrent, *comparison, tokens, count, -1,
                                              rnnReaches ? pair.input : -1, rnnReaches ? pair.output : -1,
                                              pathCaption(Layer::Recurrent, rnnReaches, pair.output - pair.input))));
    content.plots.push_back(plot(layerDiagram(Layer::SelfAttention, *comparison, tokens, count, -1,
                                              attentionReaches ? pair.input : -1, attentionReaches ? pair.output : -1,
                                              pathCaption(Layer::SelfAttention, attentionReaches, 1))));
    content.explanation = pathText(*input.trace, *comparison, pair.output, pair.input);
    content.figures["rnn_path_length"] = rnnReaches ? pair.output - pair.input : -1;
    content.figures["attention_path_length"] = attentionReaches ? 1 : -1;
    content.figures["path_from"] = pair.input;
    content.figures["path_to"] = pair.output;
    return content;
}

} // namespace al
