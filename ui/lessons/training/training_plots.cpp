#include "ui/lessons/training/training_plots.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace al {
namespace {

struct TrainingPlots {
    Q_DECLARE_TR_FUNCTIONS(al::TrainingPlots)
};

QStringList names(const std::vector<int>& ids, const std::vector<std::string>& spelled) {
    QStringList tokens;
    for (int id : ids)
        tokens << QString::fromStdString(spelled.at(std::size_t(id)));
    return tokens;
}

// The vocabulary a stack's ids index: a seq2seq decoder reads the output vocabulary.
const std::vector<std::string>& decoderNames(const nn::TransformerModel& model) {
    return model.task == nn::Task::Seq2Seq ? model.outputs : model.vocabulary;
}

// The largest number of points a curve is drawn with: beyond it, every k-th step (the
// values drawn are steps' own, not averages).
constexpr int maxCurvePoints = 3000;

ChartSeries momentSeries(const QString& name, const std::vector<train::Moment>& moments, bool test, bool accuracy) {
    ChartSeries series;
    series.name = name;
    series.kind = ChartSeries::Kind::LineWithMarkers;
    for (const train::Moment& moment : moments) {
        const train::Evaluation* evaluation = test ? (moment.test ? &*moment.test : nullptr) : &moment.train;
        if (!evaluation) continue;
        const double value = accuracy ? 100 * evaluation->accuracy : evaluation->loss;
        if (!std::isfinite(value)) continue; // weights about to diverge: no point to draw
        series.x << double(moment.step);
        series.y << value;
    }
    return series;
}

ChartSeries markAt(long long step, double low, double high) {
    ChartSeries line;
    line.name = TrainingPlots::tr("step %1").arg(step);
    line.x = {double(step), double(step)};
    line.y = {low, high};
    return line;
}

} // namespace

ShownMoment shownMoment(const TrainingLessonState& state) {
    const RunProgress& run = state.progress->main;
    const int moment = state.choice.moment;
    if (moment < 0 || moment >= int(run.snapshots.size())) return {run.steps, run.model};
    const train::Moment& kept = run.snapshots[std::size_t(moment)];
    return {kept.step, kept.model};
}

const train::Moment& lastEvaluated(const RunProgress& run, long long upTo) {
    const train::Moment* last = &run.moments.front();
    for (const train::Moment& moment : run.moments)
        if (moment.step <= upTo) last = &moment;
    return *last;
}

const nn::Example& chosenExample(const TrainingLessonState& state) {
    const auto& examples = state.progress->setup.data->train;
    return examples[std::size_t(std::clamp(state.choice.example, 0, int(examples.size()) - 1))];
}

QString siteName(AttentionSite site) {
    switch (site) {
    case AttentionSite::EncoderSelf:
        return TrainingPlots::tr("encoder self-attention");
    case AttentionSite::DecoderSelf:
        return TrainingPlots::tr("masked self-attention");
    case AttentionSite::Cross:
        return TrainingPlots::tr("cross-attention");
    }
    return {};
}

const nn::SublayerTrace* attentionSublayer(const nn::TransformerTrace& trace, AttentionSite site, int& layer) {
    const std::optional<nn::StackTrace>& stack = site == AttentionSite::EncoderSelf ? trace.encoder : trace.decoder;
    if (!stack || stack->layers.empty()) return nullptr;
    layer = std::clamp(layer, 0, int(stack->layers.size()) - 1);
    const nn::SublayerKind kind =
        site == AttentionSite::Cross ? nn::SublayerKind::CrossAttention : nn::SublayerKind::SelfAttention;
    for (const nn::SublayerTrace& sublayer : stack->layers[std::size_t(layer)].sublayers)
        if (sublayer.kind == kind) return &sublayer;
    return nullptr;
}

QStringList queryTokens(const nn::TransformerTrace& trace, const nn::TransformerModel& model, AttentionSite site) {
    if (site == AttentionSite::EncoderSelf)
        return trace.encoder ? names(trace.encoder->tokens, model.vocabulary) : QStringList();
    return trace.decoder ? names(trace.decoder->tokens, decoderNames(model)) : QStringList();
}

QStringList keyTokens(const nn::TransformerTrace& trace, const nn::TransformerModel& model, AttentionSite site) {
    if (site == AttentionSite::Cross)
        return trace.encoder ? names(trace.encoder->tokens, model.vocabulary) : QStringList();
    return queryTokens(trace, model, site);
}

std::optional<HeatmapData> attentionMap(const AttentionMapRequest& request) {
    int layer = request.layer;
    const nn::SublayerTrace* sublayer = attentionSublayer(*request.trace, request.site, layer);
    if (!sublayer || sublayer->heads.empty()) return std::nullopt;
    const int head = std::clamp(request.head, 0, int(sublayer->heads.size()) - 1);
    const Matrix& weights = sublayer->heads[std::size_t(head)].weights;
    // Numbered labels: a word that comes twice ("saw") is two positions.
    const auto numbered = [](const QStringList& tokens) {
        QStringList labels;
        for (int i = 0; i < tokens.size(); ++i)
            labels << QStringLiteral("%1 %2").arg(i + 1).arg(tokens[i]);
        return labels;
    };
    return attentionWeightsMap(request.id, request.title,
                               SharedMatrix(std::shared_ptr<const Matrix>(request.trace, &weights)),
                               numbered(queryTokens(*request.trace, *request.model, request.site)),
                               numbered(keyTokens(*request.trace, *request.model, request.site)));
}

ChartData lossChart(const TrainingProgress& progress, std::optional<long long> mark) {
    ChartData chart;
    chart.id = "loss";
    chart.title = TrainingPlots::tr("Loss L: each batch, and both sets");
    chart.xTitle = TrainingPlots::tr("step");
    chart.yTitle = TrainingPlots::tr("loss (cross-entropy)");
    // Both sets first, in the accuracy chart's order and colours; each step's batch last.
    const bool test = progress.setup.data && !progress.setup.data->test.empty();
    chart.series.push_back(momentSeries(TrainingPlots::tr("training"), progress.main.moments, false, false));
    if (test) chart.series.push_back(momentSeries(TrainingPlots::tr("test"), progress.main.moments, true, false));
    if (progress.baseline) {
        chart.series.push_back(
            momentSeries(TrainingPlots::tr("baseline training"), progress.baseline->moments, false, false));
        if (test)
            chart.series.push_back(
                momentSeries(TrainingPlots::tr("baseline test"), progress.baseline->moments, true, false));
    }
    const std::vector<double>& history = *progress.main.history;
    ChartSeries batch;
    batch.name = TrainingPlots::tr("batch");
    const std::size_t stride = std::max<std::size_t>(1, (history.size() + maxCurvePoints - 1) / maxCurvePoints);
    for (std::size_t s = 0; s < history.size(); s += stride) {
        batch.x << double(s + 1);
        batch.y << history[s];
    }
    if (!history.empty() && (history.size() - 1) % stride != 0) {
        batch.x << double(history.size());
        batch.y << history.back();
    }
    chart.series.push_back(batch);
    chart.legendCorner = Qt::AlignTop | Qt::AlignRight; // the loss falls away from it
    double low = HUGE_VAL, high = 0;
    for (const ChartSeries& series : chart.series)
        for (double y : series.y) {
            low = std::min(low, y);
            high = std::max(high, y);
        }
    chart.logarithmicY = low > 0 && high / low > 20;
    chart.xRange = std::pair(0.0, double(std::max<long long>(progress.main.steps, 1)));
    if (mark && high > 0) chart.series.push_back(markAt(*mark, chart.logarithmicY ? low : 0, high));
    return chart;
}

ChartData accuracyChart(const TrainingProgress& progress, std::optional<long long> mark) {
    ChartData chart;
    chart.id = "accuracy";
    chart.title = TrainingPlots::tr("Accuracy as training goes");
    chart.xTitle = TrainingPlots::tr("step");
    chart.yTitle = TrainingPlots::tr("accuracy (%)");
    const bool test = progress.setup.data && !progress.setup.data->test.empty();
    chart.series.push_back(momentSeries(TrainingPlots::tr("training"), progress.main.moments, false, true));
    if (test) chart.series.push_back(momentSeries(TrainingPlots::tr("test"), progress.main.moments, true, true));
    if (progress.baseline) {
        chart.series.push_back(
            momentSeries(TrainingPlots::tr("baseline training"), progress.baseline->moments, false, true));
        if (test)
            chart.series.push_back(
                momentSeries(TrainingPlots::tr("baseline test"), progress.baseline->moments, true, true));
    }
    if (mark) chart.series.push_back(markAt(*mark, 0, 100));
    chart.yRange = std::pair(0.0, 100.0);
    chart.legendCorner = Qt::AlignBottom | Qt::AlignRight; // the accuracy rises away from it
    chart.xRange = std::pair(0.0, double(std::max<long long>(progress.main.steps, 1)));
    return chart;
}

} // namespace al
