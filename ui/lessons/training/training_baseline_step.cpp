// Step 4 of the training lesson: the feed-forward baseline beside self-attention (note 001
// §3.1). A network applied to each vector alone gives the same word the same output
// wherever it stands, so on "I saw a saw" it cannot label both "saw"s right; attention can.
#include "core/train/review.h"
#include "ui/lessons/training/training_lesson.h"
#include "ui/lessons/training/training_memo.h"
#include "ui/lessons/training/training_plots.h"
#include "ui/lessons/training/training_text.h"
#include "ui/notation.h"

#include <algorithm>
#include <map>
#include <set>

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

// How often the word is right (0 when it never comes).
double fractionOf(const TokenScores& scores, int token) {
    const auto found = scores.find(token);
    return found == scores.end() || found->second.total == 0 ? 0 : double(found->second.correct) / found->second.total;
}

// What ignoring context can reach at best on the training set: each word (with its position,
// when the model reads positions) always given the label it has most often. The words with
// more than one label are the ambiguous ones.
struct ContextFreeCeiling {
    double accuracy = 0;
    std::vector<int> ambiguous; // input token ids
};
ContextFreeCeiling contextFreeCeiling(const std::vector<nn::Example>& examples, bool withPositions) {
    std::map<std::pair<int, int>, std::map<int, int>> labels; // (token, position or 0) → label → count
    std::map<int, std::set<int>> labelsOfWord;                // token → its labels
    int positions = 0;
    for (const nn::Example& example : examples)
        for (std::size_t i = 0; i < example.input.size() && i < example.target.size(); ++i) {
            ++labels[{example.input[i], withPositions ? int(i) : 0}][example.target[i]];
            labelsOfWord[example.input[i]].insert(example.target[i]);
            ++positions;
        }
    ContextFreeCeiling ceiling;
    int best = 0;
    for (const auto& [seen, counts] : labels) {
        int most = 0;
        for (const auto& [label, count] : counts)
            most = std::max(most, count);
        best += most;
    }
    for (const auto& [token, kinds] : labelsOfWord)
        if (kinds.size() > 1) ceiling.ambiguous.push_back(token);
    ceiling.accuracy = positions > 0 ? double(best) / positions : 0;
    return ceiling;
}

// The scores of every word not in `words`, added up.
train::TokenScore othersOf(const TokenScores& scores, const std::vector<int>& words) {
    train::TokenScore others;
    for (const auto& [token, score] : scores)
        if (std::find(words.begin(), words.end(), token) == words.end()) {
            others.correct += score.correct;
            others.total += score.total;
        }
    return others;
}

double fractionOf(const train::TokenScore& score) {
    return score.total > 0 ? double(score.correct) / score.total : 0;
}

} // namespace

StepContent TrainingLesson::baseline(const LessonInput& input, Cancellation& cancellation) const {
    const TrainingLessonState& state = trainingState(input);
    const TrainingProgress& progress = *state.progress;
    const nn::TransformerModel& model = *progress.setup.model;
    const ShownMoment shown = shownMoment(state);
    StepContent content;
    content.plots.push_back(
        PlotContent{accuracyChart(progress, state.choice.moment >= 0 ? std::optional(shown.step) : std::nullopt)});
    if (model.task != nn::Task::Labelling && model.task != nn::Task::Classification) {
        content.explanation = "<p>" +
                              tr("The feed-forward baseline is an encoder without attention: it is for labelling and "
                                 "classification. Choose “I saw a saw” above to compare it with self-attention.") +
                              "</p>";
        return content;
    }
    const auto& examples = progress.setup.data->train;
    const train::Moment& own = lastEvaluated(progress.main, shown.step);
    QString text;
    if (!progress.baseline && !model.architecture.attention) {
        text += "<p>" +
                tr("This model is the feed-forward baseline itself. Choose “I saw a saw: self-attention” above: "
                   "the baseline then trains beside self-attention, step for step.") +
                "</p>";
    } else if (!progress.baseline) {
        text += "<p>" +
                tr("Tick “baseline alongside” to train the same model without attention beside this one, step "
                   "for step, from the same seed.") +
                "</p>";
    }
    if (model.task == nn::Task::Labelling) {
        // The model that ignores context: the baseline beside this one, or this one without attention.
        const nn::TransformerModel& contextFree = progress.baseline ? *progress.baseline->model : model;
        const ContextFreeCeiling ceiling =
            contextFreeCeiling(examples, contextFree.architecture.positional != PositionalEncoding::None);
        const auto ownScores = scoresOf(own.model, examples, memoCancellation(progress, cancellation));
        std::shared_ptr<const TokenScores> baselineScores;
        const train::Moment* theirs = progress.baseline ? &lastEvaluated(*progress.baseline, shown.step) : nullptr;
        if (theirs) baselineScores = scoresOf(theirs->model, examples, memoCancellation(progress, cancellation));

        // Bars: each ambiguous word's accuracy under both models, then every other word together.
        ChartData bars;
        bars.id = "accuracy_by_word";
        bars.title = tr("Accuracy of the ambiguous words on the training set (step %1)").arg(own.step);
        bars.xTitle = tr("input word");
        bars.yTitle = tr("accuracy (%)");
        ChartSeries attention, feedForward;
        attention.name = progress.baseline ? tr("self-attention") : tr("this model");
        feedForward.name = tr("feed-forward baseline");
        attention.kind = feedForward.kind = ChartSeries::Kind::Bars;
        attention.barWidth = feedForward.barWidth = progress.baseline ? 0.4 : 0.7;
        const double shift = progress.baseline ? 0.2 : 0;
        const auto addBar = [&](const QString& label, double own, std::optional<double> theirs) {
            bars.xTickLabels << label;
            attention.x << double(bars.xTickLabels.size()) - shift;
            attention.y << 100 * own;
            if (theirs) {
                feedForward.x << double(bars.xTickLabels.size()) + shift;
                feedForward.y << 100 * *theirs;
            }
        };
        for (int token : ceiling.ambiguous)
            addBar(QString::fromStdString(model.vocabulary[std::size_t(token)]), fractionOf(*ownScores, token),
                   baselineScores ? std::optional(fractionOf(*baselineScores, token)) : std::nullopt);
        addBar(tr("every other word"), fractionOf(othersOf(*ownScores, ceiling.ambiguous)),
               baselineScores ? std::optional(fractionOf(othersOf(*baselineScores, ceiling.ambiguous))) : std::nullopt);
        bars.series.push_back(attention);
        if (baselineScores) bars.series.push_back(feedForward);
        content.plots.push_back(PlotContent{bars});

        QStringList ambiguous;
        for (int token : ceiling.ambiguous) {
            QString word = QStringLiteral("“%1”").arg(
                QString::fromStdString(model.vocabulary[std::size_t(token)]).toHtmlEscaped());
            if (baselineScores)
                word += tr(" (the baseline gets it right %1 of the time, self-attention %2)")
                            .arg(percent(fractionOf(*baselineScores, token)))
                            .arg(percent(fractionOf(*ownScores, token)));
            ambiguous << word;
        }
        const bool positional = contextFree.architecture.positional != PositionalEncoding::None;
        text +=
            "<p>" +
            (positional ? tr("In the training set, %n word(s) carry more than one label: %1. A network that looks at "
                             "each word alone, knowing only its position, must give such a word the same label at the "
                             "same position, so ignoring context can reach at most %2 of the training set's positions "
                             "(each word at each position given its most frequent label).",
                             "", int(ceiling.ambiguous.size()))
                        : tr("In the training set, %n word(s) carry more than one label: %1. A network that looks at "
                             "each word alone must give such a word the same label wherever it stands, so ignoring "
                             "context can reach at most %2 of the training set's positions (each word always given its "
                             "most frequent label).",
                             "", int(ceiling.ambiguous.size())))
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
        const train::Moment& theirs = lastEvaluated(*progress.baseline, shown.step);
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
