// Step 4 of the training lesson: the feed-forward baseline beside self-attention (note 001
// §3.1). A network applied to each vector alone gives the same word the same output
// wherever it stands, so on "I saw a saw" it cannot label both "saw"s right; attention can.
#include "core/train/review.h"
#include "ui/lessons/training/training_lesson.h"
#include "ui/lessons/training/training_memo.h"
#include "ui/lessons/training/training_plots.h"
#include "ui/lessons/training/training_text.h"
#include "ui/notation.h"

#include <map>

namespace al {

namespace n = notation;

namespace {

using TokenScores = std::map<int, train::TokenScore>;

// Each input word's accuracy under one model's weights (on the training set), once per model.
std::shared_ptr<const TokenScores> scoresOf(const std::shared_ptr<const nn::TransformerModel>& model,
                                            const std::vector<nn::Example>& examples, Cancellation& cancellation) {
    static ModelMemo<TokenScores> memo;
    return memo.get(model, [&](const nn::TransformerModel& weights) {
        return train::accuracyByInputToken(weights, examples, cancellation);
    });
}

// How often the word is right: the fraction, or −1 when it never comes.
double fractionOf(const TokenScores& scores, int token) {
    const auto found = scores.find(token);
    return found == scores.end() || found->second.total == 0 ? -1 : double(found->second.correct) / found->second.total;
}

// What ignoring context can reach at best on the training set: each word always given the
// label it has most often. The words with more than one label are the ambiguous ones.
struct ContextFreeCeiling {
    double accuracy = 0;
    std::vector<int> ambiguous; // input token ids
};
ContextFreeCeiling contextFreeCeiling(const std::vector<nn::Example>& examples) {
    std::map<int, std::map<int, int>> labels; // token → label → count
    int positions = 0;
    for (const nn::Example& example : examples)
        for (std::size_t i = 0; i < example.input.size() && i < example.target.size(); ++i) {
            ++labels[example.input[i]][example.target[i]];
            ++positions;
        }
    ContextFreeCeiling ceiling;
    int best = 0;
    for (const auto& [token, counts] : labels) {
        int most = 0;
        for (const auto& [label, count] : counts)
            most = std::max(most, count);
        best += most;
        if (counts.size() > 1) ceiling.ambiguous.push_back(token);
    }
    ceiling.accuracy = positions > 0 ? double(best) / positions : 0;
    return ceiling;
}

const train::Moment& latestMoment(const RunProgress& run, long long upTo) {
    const train::Moment* last = &run.moments.front();
    for (const train::Moment& moment : run.moments)
        if (moment.step <= upTo) last = &moment;
    return *last;
}

} // namespace

StepContent TrainingLesson::baseline(const LessonInput& input, Cancellation& cancellation) const {
    const TrainingLessonState& state = trainingState(input);
    const TrainingProgress& progress = *state.progress;
    const nn::TransformerModel& model = *progress.setup.model;
    const ShownMoment shown = shownMoment(state);
    StepContent content;
    content.plots.push_back(PlotContent{accuracyChart(progress, state.choice.moment >= 0 ? std::optional(shown.step)
                                                                                           : std::nullopt)});
    if (model.task != nn::Task::Labelling && model.task != nn::Task::Classification) {
        content.explanation = "<p>" +
                              tr("The feed-forward baseline is an encoder without attention: it is for labelling and "
                                 "classification. Choose “I saw a saw” above to compare it with self-attention.") +
                              "</p>";
        return content;
    }
    const auto& examples = progress.setup.data->train;
    const train::Moment& own = latestMoment(progress.main, shown.step);
    QString text;
    if (!progress.baseline) {
        text += "<p>" +
                tr("Tick “baseline alongside” to train the same model without attention beside this one, step "
                   "for step, from the same seed.") +
                "</p>";
    }
    if (model.task == nn::Task::Labelling) {
        const ContextFreeCeiling ceiling = contextFreeCeiling(examples);
        const auto ownScores = scoresOf(own.model, examples, cancellation);
        std::shared_ptr<const TokenScores> baselineScores;
        const train::Moment* theirs = progress.baseline ? &latestMoment(*progress.baseline, shown.step) : nullptr;
        if (theirs) baselineScores = scoresOf(theirs->model, examples, cancellation);

        // Bars: each word's accuracy under both models, the ambiguous words first.
        ChartData bars;
        bars.id = "accuracy_by_word";
        bars.title = tr("Accuracy of each word on the training set (step %1)").arg(own.step);
        bars.xTitle = tr("input word");
        bars.yTitle = tr("accuracy (%)");
        std::vector<int> words = ceiling.ambiguous;
        for (const auto& [token, score] : *ownScores)
            if (std::find(words.begin(), words.end(), token) == words.end()) words.push_back(token);
        ChartSeries attention, feedForward;
        attention.name = progress.baseline ? tr("self-attention") : tr("this model");
        feedForward.name = tr("feed-forward baseline");
        attention.kind = feedForward.kind = ChartSeries::Kind::Bars;
        attention.barWidth = feedForward.barWidth = progress.baseline ? 0.4 : 0.7;
        for (std::size_t w = 0; w < words.size(); ++w) {
            bars.xTickLabels << QString::fromStdString(model.vocabulary[std::size_t(words[w])]);
            attention.x << double(w + 1) - (progress.baseline ? 0.2 : 0);
            attention.y << 100 * std::max(fractionOf(*ownScores, words[w]), 0.0);
            if (baselineScores) {
                feedForward.x << double(w + 1) + 0.2;
                feedForward.y << 100 * std::max(fractionOf(*baselineScores, words[w]), 0.0);
            }
        }
        bars.series.push_back(attention);
        if (baselineScores) bars.series.push_back(feedForward);
        content.plots.push_back(PlotContent{bars});

        QStringList ambiguous;
        for (int token : ceiling.ambiguous) {
            QString word = QStringLiteral("“%1”").arg(QString::fromStdString(model.vocabulary[std::size_t(token)]).toHtmlEscaped());
            if (baselineScores)
                word += tr(" (the baseline gets it right %1 of the time, self-attention %2)")
                            .arg(percent(std::max(fractionOf(*baselineScores, token), 0.0)))
                            .arg(percent(std::max(fractionOf(*ownScores, token), 0.0)));
            ambiguous << word;
        }
        text += "<p>" +
                tr("In the training set, %n word(s) carry more than one label: %1. A network that looks at each word "
                   "alone must give such a word the same label wherever it stands, so ignoring context can reach at "
                   "most %2 of the training set's positions (each word always given its most frequent label).",
                   "", int(ceiling.ambiguous.size()))
                    .arg(ambiguous.join(QStringLiteral(", ")))
                    .arg(percent(ceiling.accuracy)) +
                "</p>";
        content.figures["context-free ceiling"] = ceiling.accuracy;
        if (theirs) {
            text += "<p>" +
                    tr("At step %1 the baseline labels %2 of the training set's positions right — it flattens "
                       "where ignoring context leaves it — and self-attention %3: it looks at the words around, "
                       "so “a saw” makes “saw” a noun.")
                        .arg(theirs->step)
                        .arg(percent(theirs->train.accuracy))
                        .arg(percent(own.train.accuracy)) +
                    "</p>";
            content.figures["baseline accuracy"] = theirs->train.accuracy;
            content.figures["attention accuracy"] = own.train.accuracy;
        }
    } else if (progress.baseline) {
        const train::Moment& theirs = latestMoment(*progress.baseline, shown.step);
        text += "<p>" +
                tr("At step %1, the baseline classifies %2 of the training set right and self-attention %3. The "
                   "baseline's mean pooling of words each seen alone knows which words occur, not in which order.")
                    .arg(theirs.step)
                    .arg(percent(theirs.train.accuracy))
                    .arg(percent(own.train.accuracy)) +
                "</p>";
        content.figures["baseline accuracy"] = theirs.train.accuracy;
        content.figures["attention accuracy"] = own.train.accuracy;
    }
    content.explanation = text;
    return content;
}

} // namespace al
