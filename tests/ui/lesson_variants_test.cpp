// The multi-head, positional-encoding and scoring lessons: their numbers against the trace
// (or the variant the lesson promises), the permutation demo's claim both ways, and that
// going back to a step computes no variant twice.
#include "core/attention/attention.h"
#include "core/attention/positional_encoding.h"
#include "core/attention/variants.h"
#include "ui/lessons/multi_head_lesson.h"
#include "ui/lessons/positional_curve_controls.h"
#include "ui/lessons/positional_lesson.h"
#include "ui/lessons/scoring_lesson.h"
#include "ui/widgets/chart_view.h"

#include "tests/ui/lesson_checks.h"

#include <QSpinBox>

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

TEST_CASE("multi-head: every head's α′, the segments, the concatenation, W^O and b", "[lessons][multihead]") {
    const auto trace = test::sampleTrace("social-network.json");
    test::PageOf lesson(std::make_shared<MultiHeadLesson>(), trace);
    lesson.setQuery(1);
    lesson.setStep(0);
    const RowVector q = trace->x.row(1) * trace->weights.W_q.transpose();
    const Matrix segments = test::shownHeatmap(lesson.page, "q_segments")->data().values.toMatrix();
    for (int h = 0; h < trace->config.heads; ++h)
        CHECK((segments.row(h) - trace->heads[std::size_t(h)].q.row(1)).cwiseAbs().maxCoeff() < 1e-15);
    CHECK((segments.row(0) - q.head(trace->config.dK)).cwiseAbs().maxCoeff() == 0.0);
    lesson.setStep(1);
    REQUIRE(lesson->visibleHeatmaps().size() == trace->config.heads);
    for (int h = 0; h < trace->config.heads; ++h)
        test::requireHolds(test::shownHeatmap(lesson.page, QString("head%1_weights").arg(h + 1)),
                           trace->attention(h)->weights);
    lesson.setStep(3);
    test::requireHolds(test::shownHeatmap(lesson.page, "concat"), trace->concat);
    lesson.setStep(4);
    test::requireHolds(test::shownHeatmap(lesson.page, "W_o"), trace->weights.W_o);
    lesson.setStep(5);
    test::requireHolds(test::shownHeatmap(lesson.page, "output"), trace->output);
}

TEST_CASE("multi-head on the app's trace recomputes the heads it does not keep, exactly", "[lessons][multihead]") {
    const auto every = test::sampleTrace("social-network.json");
    const auto firstOnly = std::make_shared<const Trace>(run(sampleFromTrace(*every), KeptMatrices::FirstHead));
    REQUIRE(firstOnly->attention(1)->weights.size() > 0); // recomputed on demand, as AttentionDocument runs it
    test::PageOf lesson(std::make_shared<MultiHeadLesson>(), firstOnly);
    lesson.setStep(1);
    for (int h = 0; h < every->config.heads; ++h)
        test::requireHolds(test::shownHeatmap(lesson.page, QString("head%1_weights").arg(h + 1)),
                           every->attention(h)->weights);
}

TEST_CASE("multi-head with one head says it is the single-head lesson", "[lessons][multihead]") {
    const auto trace = test::sampleTrace("lecture-four-vectors.json");
    test::PageOf lesson(std::make_shared<MultiHeadLesson>(), trace);
    lesson.setStep(1);
    CHECK(lesson->visibleHeatmaps().size() == 1);
    test::requireHolds(test::shownHeatmap(lesson.page, "head1_weights"), trace->attention(0)->weights);
    CHECK(lesson->explanation().contains("single-head"));
}

TEST_CASE("positional encoding: the shuffle demo holds without positions and fails with them",
          "[lessons][positional]") {
    const auto trace = test::sampleTrace("chinese-tianya.json");
    test::PageOf lesson(std::make_shared<PositionalLesson>(), trace);
    lesson.setStep(4);
    CHECK(lesson->content().figures.value("permutationDifference").toDouble() < 1e-12);
    CHECK(lesson->explanation().contains("天涯若比邻"));
    lesson.setStep(5);
    CHECK(lesson->content().figures.value("permutationDifference").toDouble() > 1e-3);
    lesson.setStep(3); // α′ without and with positions
    ModelConfig none = trace->config, sinusoidal = trace->config;
    none.positional = PositionalEncoding::None;
    sinusoidal.positional = PositionalEncoding::Sinusoidal;
    test::requireHolds(test::shownHeatmap(lesson.page, "weights_without"),
                       runVariant(*trace, none).attention(0)->weights);
    test::requireHolds(test::shownHeatmap(lesson.page, "weights_with"),
                       runVariant(*trace, sinusoidal).attention(0)->weights);
    lesson.setStep(0);
    REQUIRE(lesson->visiblePlots().size() == 2); // the table and the curves
}

TEST_CASE("positional encoding: x = a + e with the positions shown, and the learned eⁱ of the seed",
          "[lessons][positional]") {
    const auto trace = test::sampleTrace("animal-street.json"); // a model without positions
    REQUIRE(trace->config.positional == PositionalEncoding::None);
    test::PageOf lesson(std::make_shared<PositionalLesson>(), trace);
    lesson.setStep(1);
    ModelConfig learned = trace->config;
    learned.positional = PositionalEncoding::Learned;
    test::requireHolds(test::shownHeatmap(lesson.page, "learned"), runVariant(*trace, learned).positional);
    test::requireHolds(test::shownHeatmap(lesson.page, "sinusoidal"),
                       sinusoidalPositions(trace->tokenCount(), trace->config.dModel));
    lesson.setStep(2); // what sinusoidal encoding would add
    const Matrix e = sinusoidalPositions(trace->tokenCount(), trace->config.dModel);
    test::requireHolds(test::shownHeatmap(lesson.page, "inputs"), trace->inputs);
    test::requireHolds(test::shownHeatmap(lesson.page, "positional"), e);
    test::requireHolds(test::shownHeatmap(lesson.page, "x"), trace->inputs + e);
    CHECK(lesson->explanation().contains("This model uses none"));
    // Hovering x[i][d] outlines a[i][d] and e[i][d].
    REQUIRE(lesson->content().sources);
    const auto cells = lesson->content().sources(2, 4, 3);
    REQUIRE(cells.size() == 3);
    for (int p = 0; p < 3; ++p) {
        CHECK(cells[std::size_t(p)].plot == p);
        CHECK(cells[std::size_t(p)].row == 4);
        CHECK(cells[std::size_t(p)].column == 3);
    }
    lesson.setStep(4); // the shuffle: a token's whole row of outputs
    const auto rows = lesson->content().sources(1, 2, 0);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].row == 2);
    CHECK(rows[0].column == -1);
}

TEST_CASE("positional encoding: going back to a step computes no variant again", "[lessons][positional]") {
    const auto trace = test::sampleTrace("chinese-tianya.json"); // a model without positions
    REQUIRE(trace->config.positional == PositionalEncoding::None);
    const auto positional = std::make_shared<PositionalLesson>();
    test::PageOf lesson(positional, trace);
    lesson.setStep(3); // α′ without positions is the trace's own; with them, a variant
    CHECK(positional->computedVariants() == 1);
    CHECK(test::shownHeatmap(lesson.page, "weights_without")->data().values.plain() == &trace->attention(0)->weights);
    const Matrix* with = test::shownHeatmap(lesson.page, "weights_with")->data().values.plain();
    REQUIRE(with != nullptr);
    lesson.setStep(4); // the demo without positions
    CHECK(positional->computedVariants() == 2);
    lesson.setStep(0);
    lesson.setStep(3);
    lesson.setStep(4);
    CHECK(positional->computedVariants() == 2);
    lesson.setStep(3);
    CHECK(test::shownHeatmap(lesson.page, "weights_with")->data().values.plain() == with); // the same α′, shared
    // Another trace, even of the same sample: its variants are its own.
    lesson.setTrace(test::sampleTrace("chinese-tianya.json"));
    CHECK(positional->computedVariants() == 3);
}

TEST_CASE("positional encoding: the curves start at the dimension chosen, counted from 1", "[lessons][positional]") {
    const auto trace = test::sampleTrace("decoder-causal.json");
    test::PageOf lesson(std::make_shared<PositionalLesson>(), trace);
    lesson.setStep(0);
    auto* chart = qobject_cast<ChartView*>(lesson->visiblePlots().at(1));
    REQUIRE(chart != nullptr);
    CHECK(chart->graph(0)->name().startsWith("dimension 1 "));
    CHECK(chart->graph(0)->data()->at(1)->value == std::sin(1.0)); // e¹[1] = sin(1)

    auto* controls = qobject_cast<PositionalCurveControls*>(lesson->controls());
    REQUIRE(controls != nullptr);
    CHECK_FALSE(controls->isHidden());
    controls->firstDimensionBox()->setValue(3);
    lesson.drawn();
    chart = qobject_cast<ChartView*>(lesson->visiblePlots().at(1));
    REQUIRE(chart != nullptr);
    CHECK(chart->graph(0)->name().startsWith("dimension 3 "));
    const Matrix table = sinusoidalPositions(64, trace->config.dModel);
    CHECK(chart->graph(0)->data()->at(5)->value == table(5, 2));
    lesson.setStep(1);
    CHECK(controls->isHidden()); // the curves are drawn on the first step only
}

TEST_CASE("scoring: each variant is the trace under that scoring, normalisation or τ", "[lessons][scoring]") {
    const auto trace = test::sampleTrace("animal-street.json");
    const auto scoring = std::make_shared<ScoringLesson>();
    test::PageOf lesson(scoring, trace);
    lesson.setStep(0);
    for (auto [id, kind] : {std::pair{"weights_dot", Scoring::Dot}, std::pair{"weights_scaled_dot", Scoring::ScaledDot},
                            std::pair{"weights_additive", Scoring::Additive}}) {
        ModelConfig config = trace->config;
        config.scoring = kind;
        INFO(id);
        test::requireHolds(test::shownHeatmap(lesson.page, id), runVariant(*trace, config).attention(0)->weights);
    }
    lesson.setStep(1);
    ModelConfig relu = trace->config;
    relu.normalization = Normalization::Relu;
    test::requireHolds(test::shownHeatmap(lesson.page, "weights_relu"), runVariant(*trace, relu).attention(0)->weights);
    lesson.setStep(2);
    ModelConfig hot = trace->config;
    hot.temperature = 0.25;
    test::requireHolds(test::shownHeatmap(lesson.page, "weights_tau_1"), runVariant(*trace, hot).attention(0)->weights);
    // A click on a row of the first map follows that query; a hover outlines the cell in all.
    CHECK(lesson->content().plots[0].clicks == PlotContent::Clicks::RowIsQuery);
    CHECK(lesson->content().sources(0, 3, 5).size() == 3);
    lesson.setStep(3);
    CHECK(lesson->visiblePlots().size() == 2); // the two histograms

    // Going back recomputes nothing; the model's own setting is the trace itself.
    const int computed = scoring->computedVariants();
    CHECK(computed == 2 + 1 + 2); // dot, additive; ReLU; τ = 0.25 and 4
    lesson.setStep(0);
    lesson.setStep(2);
    CHECK(scoring->computedVariants() == computed);
    CHECK(test::shownHeatmap(lesson.page, "weights_tau_2")->data().values.plain() == &trace->attention(0)->weights);
}

TEST_CASE("scoring: the √d_k demo's histograms and the saturated softmax row", "[lessons][scoring]") {
    test::PageOf lesson(std::make_shared<ScoringLesson>(), test::sampleTrace("animal-street.json"));
    lesson.setStep(3);
    const auto& histograms = lesson->content().plots;
    REQUIRE(histograms.size() == 2);
    for (const PlotContent& plot : histograms) {
        const auto& chart = std::get<ChartData>(plot.data);
        REQUIRE(chart.series.size() == std::size(ScoringLesson::demoDimensions));
        for (const ChartSeries& series : chart.series) {
            double counted = 0;
            for (double count : series.y)
                counted += count;
            CHECK(counted <= 4000); // every dot product once at most (the tails may fall outside)
            CHECK(counted > 3900);
        }
    }
    lesson.setStep(4);
    const auto& unscaled = std::get<ChartData>(lesson->content().plots.at(0).data).series.at(0);
    const auto& scaled = std::get<ChartData>(lesson->content().plots.at(1).data).series.at(0);
    CHECK(*std::max_element(unscaled.y.begin(), unscaled.y.end()) > 0.9); // near one-hot
    CHECK(*std::max_element(scaled.y.begin(), scaled.y.end()) < 0.9);     // spread
    double sum = 0;
    for (double w : scaled.y)
        sum += w;
    CHECK(std::abs(sum - 1) < 1e-12);
}
