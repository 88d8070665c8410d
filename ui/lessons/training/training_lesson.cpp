#include "ui/lessons/training/training_lesson.h"

#include "core/nn/transformer_backward.h"
#include "ui/lessons/training/training_controls.h"
#include "ui/lessons/training/training_memo.h"
#include "ui/lessons/training/training_plots.h"
#include "ui/lessons/training/training_text.h"
#include "ui/notation.h"

#include <algorithm>

namespace al {

namespace n = notation;

namespace {

// The pass of the chosen example with the weights of `model` (teacher-forced), shared.
std::shared_ptr<const nn::TransformerTrace> passOf(const nn::TransformerModel& model, const nn::Example& example) {
    return std::make_shared<const nn::TransformerTrace>(nn::loss(model, example).trace);
}

// α′ of the chosen example, layer, head and site, at the weights of `model`.
std::optional<HeatmapData> chosenAttention(const TrainingLessonState& state, const nn::TransformerModel& model,
                                           const QString& id, const QString& title,
                                           std::shared_ptr<const nn::TransformerTrace>* pass = nullptr) {
    AttentionMapRequest request;
    request.id = id;
    request.title = title;
    request.trace = passOf(model, chosenExample(state));
    request.model = &model;
    request.site = state.choice.site;
    request.layer = state.choice.layer;
    request.head = state.choice.head;
    if (pass) *pass = request.trace;
    return attentionMap(request);
}

// "α′, layer 1, head 2 (encoder self-attention), step 340"
QString attentionTitle(const TrainingLessonState& state, long long step) {
    return TrainingLesson::tr("α′ at step %1: %2, layer %3, head %4")
        .arg(step)
        .arg(siteName(state.choice.site))
        .arg(state.choice.layer + 1)
        .arg(state.choice.head + 1);
}

PlotContent plot(PlotData data) {
    PlotContent content;
    content.data = std::move(data);
    return content;
}

// How often both sets are evaluated: a whole pass over each, so not at every step.
QString evaluationCadence(const RunProgress& run) {
    if (run.moments.size() < 2)
        return TrainingLesson::tr("Both sets are evaluated now and then (a whole pass over each): the next "
                                  "evaluation comes as training goes on.");
    return TrainingLesson::tr("Both sets are evaluated every %1 steps (a whole pass over each); the batch loss "
                              "above is every step's.")
        .arg(run.moments[1].step - run.moments[0].step);
}

QString noAttentionText() {
    return TrainingLesson::tr("This model has no attention here: it is the feed-forward baseline, which looks at each "
                              "word alone. Tick “self-attention” to give it attention.");
}

} // namespace

LessonControls* TrainingLesson::createControls(AttentionDocument&) const {
    return new TrainingControls;
}

StepContent TrainingLesson::describe(const LessonInput& input, Cancellation& cancellation) const {
    if (!input.own) {
        StepContent content;
        content.explanation =
            tr("<p>Nothing to train yet: choose a bundled dataset above, or open a dataset file.</p>");
        return content;
    }
    return LessonOfSteps::describe(input, cancellation);
}

StepContent TrainingLesson::train(const LessonInput& input, Cancellation& cancellation) const {
    const TrainingLessonState& state = trainingState(input);
    const TrainingProgress& progress = *state.progress;
    const ShownMoment shown = shownMoment(state);
    StepContent content;
    const std::optional<long long> mark =
        state.choice.moment >= 0 ? std::optional<long long>(shown.step) : std::nullopt;
    content.plots.push_back(plot(lossChart(progress, mark)));
    content.plots.push_back(plot(accuracyChart(progress, mark)));
    std::shared_ptr<const nn::TransformerTrace> pass;
    const auto attention = chosenAttention(state, *shown.model, "attention", attentionTitle(state, shown.step), &pass);
    if (attention) content.plots.push_back(plot(*attention));

    QString text = "<p>" + runSentence(progress, shown.step) + ' ' +
                   tr("Each step takes a batch of examples, runs them forward, measures the loss "
                      "L = −(1/P) Σ log p[target] over their P predicted positions, finds its exact gradient ∂L/∂θ "
                      "by the backward pass, and moves every weight against it — W<sup>q</sup>, W<sup>k</sup> and "
                      "W<sup>v</sup> among them. "
                      "Nobody sets them: they are learned.") +
                   "</p>";
    const RunProgress& main = progress.main;
    if (shown.step > 0 && shown.step <= static_cast<long long>(main.history->size()))
        text += "<p>" +
                tr("The loss of step %1's batch: %2.")
                    .arg(shown.step)
                    .arg(n::number((*main.history)[std::size_t(shown.step - 1)], 4)) +
                ' ' + evaluationSentence(lastEvaluated(main, shown.step)) + ' ' + evaluationCadence(main) + "</p>";
    else
        text += "<p>" + evaluationSentence(main.moments.front()) + ' ' +
                tr("Before training the weights are random: the model guesses, and α′ spreads without a pattern.") +
                "</p>";
    if (attention) {
        const Matrix weights = attention->values.toMatrix();
        text += "<p>" +
                tr("Where each query of the example looks most (the largest α′ of its row): %1.")
                    .arg(strongestKeys(weights, queryTokens(*pass, *shown.model, state.choice.site),
                                       keyTokens(*pass, *shown.model, state.choice.site))) +
                "</p>";
        content.figures["largest weight of the first query"] = weights.row(0).maxCoeff();
    } else {
        text += "<p>" + noAttentionText() + "</p>";
    }
    // The examples still wrong at the last evaluation, reviewed once per moment.
    static ModelMemo<std::vector<train::ExampleReview>> reviews;
    const train::Moment& evaluated = lastEvaluated(main, shown.step);
    const auto& examples = progress.setup.data->train;
    const auto reviewed = reviews.get(evaluated.model, [&](const nn::TransformerModel& model) {
        return train::reviewExamples(model, examples, memoCancellation(progress, cancellation));
    });
    text += "<p>" + mistakesSentence(*evaluated.model, examples, *reviewed, evaluated.step) + "</p>";
    content.figures["step"] = qlonglong(shown.step);
    if (!main.history->empty()) content.figures["last loss"] = main.history->back();
    content.explanation = text;
    return content;
}

StepContent TrainingLesson::timeline(const LessonInput& input, Cancellation&) const {
    const TrainingLessonState& state = trainingState(input);
    const TrainingProgress& progress = *state.progress;
    const ShownMoment shown = shownMoment(state);
    const train::Moment& first = progress.main.moments.front();
    StepContent content;
    content.plots.push_back(plot(lossChart(progress, shown.step)));
    const auto before = chosenAttention(state, *first.model, "before", attentionTitle(state, first.step));
    std::shared_ptr<const nn::TransformerTrace> pass;
    const auto after = chosenAttention(state, *shown.model, "after", attentionTitle(state, shown.step), &pass);
    if (before) content.plots.push_back(plot(*before));
    if (after) content.plots.push_back(plot(*after));
    QString text = "<p>" +
                   tr("The timeline keeps the weights at step 0 and at regular steps after it (%n kept; when there "
                      "are too many, every other one is let go, so memory stays bounded however long training "
                      "runs). Drag it back to see any of them; at its right end it follows training.",
                      "", int(progress.main.snapshots.size())) +
                   "</p>";
    if (before && after) {
        const Matrix a = before->values.toMatrix();
        const Matrix b = after->values.toMatrix();
        Eigen::Index row = 0, column = 0;
        const double change = (b - a).cwiseAbs().maxCoeff(&row, &column);
        text += "<p>" +
                tr("Left, α′ with the weights of step 0; right, at step %1. The largest change is α′ of query %2 "
                   "on key %3: from %4 to %5.")
                    .arg(shown.step)
                    .arg(tokenAt(queryTokens(*pass, *shown.model, state.choice.site), int(row)))
                    .arg(tokenAt(keyTokens(*pass, *shown.model, state.choice.site), int(column)))
                    .arg(n::number(a(row, column), 3))
                    .arg(n::number(b(row, column), 3)) +
                "</p>";
        content.figures["largest change"] = change;
        content.sources = [](int plotIndex, int r, int c) {
            std::vector<SourceCell> cells;
            for (int p : {1, 2})
                if (p != plotIndex) cells.push_back({p, r, c});
            return cells;
        };
    } else {
        text += "<p>" + noAttentionText() + "</p>";
    }
    content.explanation = text;
    return content;
}

StepContent TrainingLesson::forming(const LessonInput& input, Cancellation& cancellation) const {
    const TrainingLessonState& state = trainingState(input);
    const TrainingProgress& progress = *state.progress;
    const ShownMoment shown = shownMoment(state);
    const auto& moments = progress.main.snapshots;
    // Four moments from step 0 to the one shown, evenly spread over the timeline's moments.
    std::vector<std::pair<long long, std::shared_ptr<const nn::TransformerModel>>> along;
    std::size_t upTo = 0;
    while (upTo + 1 < moments.size() && moments[upTo + 1].step <= shown.step)
        ++upTo;
    for (int k = 0; k < 3; ++k) {
        const train::Moment& moment = moments[upTo * std::size_t(k) / 3];
        if (along.empty() || along.back().first != moment.step) along.emplace_back(moment.step, moment.model);
    }
    if (along.back().first != shown.step) along.emplace_back(shown.step, shown.model);

    StepContent content;
    content.plots.push_back(plot(lossChart(progress, shown.step)));
    std::optional<HeatmapData> last;
    std::shared_ptr<const nn::TransformerTrace> lastPass;
    const nn::TransformerModel* lastModel = nullptr;
    for (std::size_t k = 0; k < along.size(); ++k) {
        cancellation.check();
        auto map = chosenAttention(state, *along[k].second, QStringLiteral("attention_%1").arg(k + 1),
                                   attentionTitle(state, along[k].first), &lastPass);
        if (!map) break;
        content.plots.push_back(plot(*map));
        last = map;
        lastModel = along[k].second.get();
    }
    QString text = "<p>" +
                   tr("α′ of the same example at moments along training, from step 0 to step %1: the "
                      "pattern that the loss curve's fall comes with.")
                       .arg(shown.step) +
                   "</p>";
    if (last) {
        text += "<p>" +
                tr("At step %1: %2.")
                    .arg(shown.step)
                    .arg(strongestKeys(last->values.toMatrix(), queryTokens(*lastPass, *lastModel, state.choice.site),
                                       keyTokens(*lastPass, *lastModel, state.choice.site), 12)) +
                "</p>";
        if (state.choice.site == AttentionSite::Cross)
            text += "<p>" +
                    tr("Cross-attention (交叉注意力): each output token (a row) looks at the input (the columns). As "
                       "the model learns, each row comes to look at the input word it translates or copies — for "
                       "reversal an anti-diagonal, for number words each numeral on the word it came from.") +
                    "</p>";
    } else {
        text += "<p>" + noAttentionText() + "</p>";
    }
    content.explanation = text;
    return content;
}

} // namespace al
