// The multi-head, positional-encoding, masks and scoring lessons: their numbers against
// the trace (or the variant the lesson promises), the permutation demo's claim both ways,
// and edits of the graph and custom masks reaching the trace.
#include "core/attention.h"
#include "core/sample_loader.h"
#include "core/variants.h"
#include "ui/attention_document.h"
#include "ui/lessons/masks_lesson.h"
#include "ui/lessons/multi_head_lesson.h"
#include "ui/lessons/positional_lesson.h"
#include "ui/lessons/scoring_lesson.h"
#include "ui/widgets/graph_editor.h"
#include "ui/widgets/mask_composer.h"

#include "tests/ui/lesson_checks.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

namespace {

const QString samples = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/";




} // namespace

TEST_CASE("multi-head: every head's α′, the segments, the concatenation, W^O and b", "[lessons][multihead]") {
    const auto trace = test::sampleTrace("social-network.json");
    MultiHeadLesson lesson;
    lesson.setTrace(trace);
    lesson.setQuery(1);
    lesson.setStep(0);
    const RowVector q = trace->x.row(1) * trace->weights.W_q.transpose();
    const Matrix segments = test::shownHeatmap(lesson, "q_segments")->data().values.toMatrix();
    for (int h = 0; h < trace->config.heads; ++h)
        CHECK((segments.row(h) - trace->heads[std::size_t(h)].q.row(1)).cwiseAbs().maxCoeff() < 1e-15);
    CHECK((segments.row(0) - q.head(trace->config.dK)).cwiseAbs().maxCoeff() == 0.0);
    lesson.setStep(1);
    REQUIRE(lesson.visibleHeatmaps().size() == trace->config.heads);
    for (int h = 0; h < trace->config.heads; ++h)
        test::requireHolds(test::shownHeatmap(lesson, QString("head%1_weights").arg(h + 1)), trace->attention(h)->weights);
    lesson.setStep(3);
    test::requireHolds(test::shownHeatmap(lesson, "concat"), trace->concat);
    lesson.setStep(4);
    test::requireHolds(test::shownHeatmap(lesson, "W_o"), trace->weights.W_o);
    lesson.setStep(5);
    test::requireHolds(test::shownHeatmap(lesson, "output"), trace->output);
}

TEST_CASE("multi-head on the app's trace recomputes the heads it does not keep, exactly", "[lessons][multihead]") {
    const auto every = test::sampleTrace("social-network.json");
    const auto firstOnly = std::make_shared<const Trace>(run(sampleFromTrace(*every), KeptMatrices::FirstHead));
    MultiHeadLesson lesson;
    lesson.setTrace(firstOnly);
    lesson.setStep(1);
    for (int h = 0; h < every->config.heads; ++h)
        test::requireHolds(test::shownHeatmap(lesson, QString("head%1_weights").arg(h + 1)), every->attention(h)->weights);
}

TEST_CASE("multi-head with one head says it is the single-head lesson", "[lessons][multihead]") {
    const auto trace = test::sampleTrace("lecture-four-vectors.json");
    MultiHeadLesson lesson;
    lesson.setTrace(trace);
    lesson.setStep(1);
    CHECK(lesson.visibleHeatmaps().size() == 1);
    test::requireHolds(test::shownHeatmap(lesson, "head1_weights"), trace->attention(0)->weights);
    CHECK(lesson.explanation().contains("single-head"));
}

TEST_CASE("positional encoding: the shuffle demo holds without positions and fails with them", "[lessons][positional]") {
    const auto trace = test::sampleTrace("chinese-tianya.json");
    PositionalLesson lesson;
    lesson.setTrace(trace);
    lesson.setStep(4);
    CHECK(lesson.permutationDifference() < 1e-12);
    CHECK(lesson.explanation().contains("天涯若比邻"));
    lesson.setStep(5);
    CHECK(lesson.permutationDifference() > 1e-3);
    lesson.setStep(3); // α′ without and with positions
    ModelConfig none = trace->config, sinusoidal = trace->config;
    none.positional = PositionalEncoding::None;
    sinusoidal.positional = PositionalEncoding::Sinusoidal;
    test::requireHolds(test::shownHeatmap(lesson, "weights_without"), runVariant(*trace, none).attention(0)->weights);
    test::requireHolds(test::shownHeatmap(lesson, "weights_with"), runVariant(*trace, sinusoidal).attention(0)->weights);
    lesson.setStep(0);
    REQUIRE(lesson.visiblePlots().size() == 2); // the table and the curves
}

TEST_CASE("scoring: each variant is the trace under that scoring, normalisation or τ", "[lessons][scoring]") {
    const auto trace = test::sampleTrace("animal-street.json");
    ScoringLesson lesson;
    lesson.setTrace(trace);
    lesson.setStep(0);
    for (auto [id, scoring] : {std::pair{"weights_dot", Scoring::Dot}, std::pair{"weights_scaled_dot", Scoring::ScaledDot},
                               std::pair{"weights_additive", Scoring::Additive}}) {
        ModelConfig config = trace->config;
        config.scoring = scoring;
        INFO(id);
        test::requireHolds(test::shownHeatmap(lesson, id), runVariant(*trace, config).attention(0)->weights);
    }
    lesson.setStep(1);
    ModelConfig relu = trace->config;
    relu.normalization = Normalization::Relu;
    test::requireHolds(test::shownHeatmap(lesson, "weights_relu"), runVariant(*trace, relu).attention(0)->weights);
    lesson.setStep(2);
    ModelConfig hot = trace->config;
    hot.temperature = 0.25;
    test::requireHolds(test::shownHeatmap(lesson, "weights_tau_1"), runVariant(*trace, hot).attention(0)->weights);
    lesson.setStep(3);
    CHECK(lesson.visiblePlots().size() == 2); // the two histograms
}

TEST_CASE("masks: M, the scores at −∞ and α′ are the trace's", "[lessons][masks]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "speech-frames.json").isEmpty());
    REQUIRE(document.waitForTrace());
    MasksLesson lesson(document);
    lesson.setTrace(document.trace());
    lesson.setStep(1);
    const Trace& t = *document.trace();
    test::requireHolds(test::shownHeatmap(lesson, "mask"), t.mask.cast<double>());
    test::requireHolds(test::shownHeatmap(lesson, "weights"), t.attention(0)->weights);
    const Matrix scores = test::shownHeatmap(lesson, "masked_scores")->data().values.toMatrix();
    for (int i = 0; i < t.tokenCount(); ++i)
        for (int j = 0; j < t.tokenCount(); ++j) {
            if (t.mask(i, j)) CHECK(scores(i, j) == t.attention(0)->scores(i, j));
            else CHECK(std::isnan(scores(i, j))); // drawn as −∞
        }
}

TEST_CASE("masks: editing the graph or clicking M changes the trace", "[lessons][masks]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "molecule-ethanol.json").isEmpty());
    REQUIRE(document.waitForTrace());
    MasksLesson lesson(document);
    QObject::connect(&document, &AttentionDocument::traceChanged, &lesson, &Lesson::setTrace);
    lesson.setTrace(document.trace());
    REQUIRE(document.trace()->mask(0, 2) == 0); // C₁ and O are not bonded

    lesson.composer()->graphEditor()->toggleEdge(0, 2);
    REQUIRE(document.waitForTrace());
    CHECK(document.trace()->mask(0, 2) == 1);
    CHECK(document.trace()->mask(2, 0) == 1); // undirected
    lesson.composer()->graphEditor()->toggleEdge(2, 0);
    REQUIRE(document.waitForTrace());
    CHECK(document.trace()->mask(0, 2) == 0);

    REQUIRE(document.trace()->mask(1, 1) == 1);
    lesson.composer()->toggleCell(1, 1); // a custom cell off
    REQUIRE(document.waitForTrace());
    CHECK(document.trace()->mask(1, 1) == 0);
    CHECK(document.trace()->mask(0, 1) == 1); // the graph is still there
    lesson.composer()->toggleCell(1, 1);
    REQUIRE(document.waitForTrace());
    CHECK(document.trace()->mask(1, 1) == 1);

    // A query left with no key is reported, and its weights are 0, not NaN.
    for (int key = 0; key < document.trace()->tokenCount(); ++key)
        if (document.trace()->mask(8, key)) lesson.composer()->toggleCell(8, key);
    REQUIRE(document.waitForTrace());
    CHECK(document.trace()->fullyMaskedQueries == std::vector<int>{8});
    CHECK(document.trace()->attention(0)->weights.row(8).cwiseAbs().maxCoeff() == 0.0);
    lesson.setStep(0);
    CHECK(test::shownHeatmap(lesson, "mask")->data().rowLabels[8].contains("fully masked"));
}

TEST_CASE("masks: the cost chart draws full, causal and window", "[lessons][masks]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "decoder-causal.json").isEmpty());
    REQUIRE(document.waitForTrace());
    MasksLesson lesson(document);
    lesson.setTrace(document.trace());
    lesson.setStep(2);
    const auto plots = lesson.visiblePlots();
    REQUIRE(plots.size() == 1);
    CHECK(qobject_cast<ChartView*>(plots[0])->seriesCount() == 3);
    CHECK(lesson.explanation().contains("full 25")); // N = 5: 25 pairs
    CHECK(lesson.explanation().contains("causal 15"));
}

TEST_CASE("positional encoding: the curves start at the dimension chosen, counted from 1", "[lessons][positional]") {
    const auto trace = test::sampleTrace("decoder-causal.json");
    PositionalLesson lesson;
    lesson.setTrace(trace);
    lesson.setStep(0);
    auto* chart = qobject_cast<ChartView*>(lesson.visiblePlots().at(1));
    REQUIRE(chart != nullptr);
    CHECK(chart->graph(0)->name().startsWith("dimension 1 "));
    CHECK(chart->graph(0)->data()->at(1)->value == std::sin(1.0)); // e¹[1] = sin(1)
}
