// The RNN-versus-self-attention lesson shows the core's exact influence for both layers; the
// numbers its explanations quote are recomputed here from the matrices by plain loops; the
// distance plot's claim (the RNN fades with distance, self-attention does not) is checked on
// the animal sentence; the controls (time step, path, memory, log scale) change what is drawn.
#include "core/attention/attention_influence.h"
#include "core/io/sample_loader.h"
#include "core/rnn/elman_rnn.h"
#include "tests/ui/lesson_checks.h"
#include "tests/ui/main_window_helpers.h"
#include "ui/lessons/rnn/rnn_controls.h"
#include "ui/lessons/rnn/rnn_lesson.h"
#include "ui/main_window.h"
#include "ui/notation.h"
#include "ui/widgets/chart_view.h"

#include <catch2/catch.hpp>

#include <QTest>

#include <cmath>

using namespace al;

namespace {
const std::string samples = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/";

// The lesson's page on a bundled sample, opened in the page's document as the window does
// (the controls read the sample's rnn block from there).
struct RnnPage : test::PageOf {
    RnnControls* controls;
    explicit RnnPage(const char* name)
        : PageOf(std::make_shared<RnnLesson>(), test::sampleTrace(name)),
          controls(qobject_cast<RnnControls*>(page.controls())) {
        REQUIRE(controls != nullptr);
        REQUIRE(document.load(QString::fromStdString(samples + name)).isEmpty());
        REQUIRE(document.waitForTrace());
        setTrace(document.trace());
    }
    const StepContent& content() const { return page.content(); }
    double figure(const char* name) const {
        REQUIRE(content().figures.contains(name));
        return content().figures.value(name).toDouble();
    }
};

// The mean of `influence` over the pairs at distance d (s ≤ t only when `causal`; only those
// `mask` allows when given), by a loop.
double meanAtDistance(const Matrix& influence, int d, bool causal, const MaskMatrix* mask = nullptr) {
    double sum = 0;
    int pairs = 0;
    for (int t = 0; t < influence.rows(); ++t)
        for (int s = 0; s < influence.cols(); ++s)
            if (std::abs(t - s) == d && (!causal || s <= t) && (!mask || (*mask)(t, s))) {
                sum += influence(t, s);
                ++pairs;
            }
    return pairs ? sum / pairs : 0;
}

Matrix expectedRnnInfluence(const Sample& sample, const Trace& trace, double memory) {
    RnnWeights weights = rnnWeightsOf(sample);
    weights.W_h *= memory;
    return rnnInfluence(weights, rnnHidden(weights, trace.inputs));
}

bool noNaN(const StepContent& content) {
    for (const PlotContent& plot : content.plots)
        if (const auto* map = std::get_if<HeatmapData>(&plot.data)) {
            const Matrix values = map->values.toMatrix();
            for (Eigen::Index r = 0; r < values.rows(); ++r)
                for (Eigen::Index c = 0; c < values.cols(); ++c)
                    if (std::isnan(values(r, c)) && !map->values.isMasked(r, c)) return false;
        } else if (const auto* chart = std::get_if<ChartData>(&plot.data)) {
            for (const ChartSeries& series : chart->series)
                for (double y : series.y)
                    if (!std::isfinite(y)) return false;
        }
    return !content.explanation.contains("nan", Qt::CaseInsensitive);
}
} // namespace

TEST_CASE("the influence maps hold the core's exact influence of both layers", "[lessons][rnn]") {
    RnnPage lesson("animal-street.json");
    const Sample sample = loadSample(samples + "animal-street.json");
    const auto trace = test::sampleTrace("animal-street.json");
    lesson.setStep(1);
    test::requireHolds(test::shownHeatmap(lesson.page, "rnn_influence"), expectedRnnInfluence(sample, *trace, 1.0));
    test::requireHolds(test::shownHeatmap(lesson.page, "attention_influence"), attentionInfluence(*trace));
    const HeatmapData& map = test::shownHeatmap(lesson.page, "attention_influence")->data();
    CHECK(map.rowLabels == notation::tokenLabels(trace->tokens));
    CHECK(map.columnLabels == notation::tokenLabels(trace->tokens));
    CHECK(map.rowAxisTitle.contains("query"));
    CHECK(map.columnAxisTitle.contains("key"));
    // One colour scale for the two, so that they compare by colour.
    CHECK(map.colorRange.shared);
    CHECK(test::shownHeatmap(lesson.page, "rnn_influence")->data().colorRange.high == map.colorRange.high);
}

TEST_CASE("the distance plot's claim holds on the animal sentence", "[lessons][rnn]") {
    RnnPage lesson("animal-street.json");
    const Sample sample = loadSample(samples + "animal-street.json");
    const auto trace = test::sampleTrace("animal-street.json");
    const Matrix rnn = expectedRnnInfluence(sample, *trace, 1.0);
    const Matrix attention = attentionInfluence(*trace);
    lesson.setQuery(7); // "it"
    lesson.setStep(1);
    const int far = trace->tokenCount() - 1;
    CHECK(lesson.figure("rnn_mean_nearest") == Approx(meanAtDistance(rnn, 0, true)).epsilon(1e-12));
    CHECK(lesson.figure("rnn_mean_farthest") == Approx(meanAtDistance(rnn, far, true)).epsilon(1e-12));
    CHECK(lesson.figure("attention_mean_nearest") == Approx(meanAtDistance(attention, 0, false)).epsilon(1e-12));
    CHECK(lesson.figure("attention_mean_farthest") == Approx(meanAtDistance(attention, far, false)).epsilon(1e-12));
    // The RNN fades with distance: its mean influence falls at every step farther away …
    for (int d = 1; d <= far; ++d) {
        INFO("distance " << d);
        CHECK(meanAtDistance(rnn, d, true) < meanAtDistance(rnn, d - 1, true));
    }
    // … while self-attention's "it" depends on "animal", six words back, more than the RNN's does.
    CHECK(attention(7, 1) > 10 * rnn(7, 1));
    CHECK(lesson->explanation().contains("times smaller"));
    // Beyond distance 0, self-attention's mean is largest somewhere far, where the RNN has all but forgotten.
    const int peak = int(lesson.figure("attention_peak_distance"));
    for (int d = 1; d <= far; ++d)
        CHECK(meanAtDistance(attention, d, false) <= lesson.figure("attention_peak_mean"));
    CHECK(lesson.figure("attention_peak_mean") == Approx(meanAtDistance(attention, peak, false)).epsilon(1e-12));
    CHECK(lesson.figure("attention_peak_mean") > 100 * meanAtDistance(rnn, peak, true));
    CHECK(lesson->explanation().contains(notation::number(attention(7, 1), 3)));
    // The text names the input "it" depends on most, whatever input step 4's path starts from.
    lesson.controls->setPathFrom(9);
    lesson.drawn();
    CHECK(lesson->explanation().contains("depends most on a<sup>2</sup>"));
    // The chart: every pair as a point (the RNN's s ≤ t, all of self-attention's), the means as lines.
    const PlotContent& chartPlot = lesson.content().plots.at(2);
    const auto& chart = std::get<ChartData>(chartPlot.data);
    REQUIRE(chart.series.size() == 4);
    const int n = trace->tokenCount();
    CHECK(chart.series[0].y.size() == n * (n + 1) / 2);
    CHECK(chart.series[2].y.size() == n * n);
    CHECK(chart.series[1].y.size() == n);
    CHECK(chart.series[1].y.front() == Approx(meanAtDistance(rnn, 0, true)).epsilon(1e-12));
    CHECK(noNaN(lesson.content()));
}

TEST_CASE("the memory's strength: a weak W_h forgets, a strong one carries", "[lessons][rnn]") {
    RnnPage lesson("animal-street.json");
    const Sample sample = loadSample(samples + "animal-street.json");
    const auto trace = test::sampleTrace("animal-street.json");
    lesson.setStep(2);
    for (double memory : {0.0, 0.25, 1.0, 3.0}) {
        INFO("W_h × " << memory);
        lesson.controls->setMemory(memory);
        lesson.drawn();
        const Matrix rnn = expectedRnnInfluence(sample, *trace, memory);
        test::requireHolds(test::shownHeatmap(lesson.page, "rnn_influence"), rnn);
        const int far = trace->tokenCount() - 1;
        const double perStep = lesson.figure("rnn_mean_farthest") > 0
                                   ? std::pow(meanAtDistance(rnn, far, true) / meanAtDistance(rnn, 0, true), 1.0 / far)
                                   : 0;
        if (memory == 0) {
            CHECK(rnn.triangularView<Eigen::StrictlyLower>().toDenseMatrix().isZero(0)); // no memory at all
            CHECK(lesson->explanation().contains("no memory at all"));
        } else {
            CHECK(lesson.figure("rnn_mean_farthest") == Approx(meanAtDistance(rnn, far, true)).epsilon(1e-12));
            if (perStep < 0.9) CHECK(lesson->explanation().contains("vanishes"));
            if (perStep > 1.1) CHECK(lesson->explanation().contains("blows up"));
        }
        CHECK(noNaN(lesson.content()));
    }
    // A weaker memory forgets faster.
    lesson.controls->setMemory(0.25);
    lesson.drawn();
    const double weak = lesson.figure("rnn_mean_farthest");
    lesson.controls->setMemory(1.0);
    lesson.drawn();
    CHECK(weak < lesson.figure("rnn_mean_farthest"));
}

TEST_CASE("the path between two positions: |t − s| steps for the RNN, one for self-attention", "[lessons][rnn]") {
    RnnPage lesson("animal-street.json");
    lesson.setStep(3);
    lesson.setQuery(7);              // "it"
    lesson.controls->setPathFrom(1); // "animal"
    lesson.drawn();
    CHECK(lesson.figure("rnn_path_length") == 6);
    CHECK(lesson.figure("attention_path_length") == 1);
    const auto& rnn = std::get<SequenceDiagramData>(lesson.content().plots.at(0).data);
    CHECK(rnn.pathFrom == 1);
    CHECK(rnn.pathTo == 7);
    CHECK(rnn.caption.contains("6"));
    // An input after the output: the RNN has no path (it reads left to right); attention does.
    lesson.controls->setPathFrom(9);
    lesson.drawn();
    CHECK(lesson.figure("rnn_path_length") == -1);
    CHECK(lesson.figure("attention_path_length") == 1);
    CHECK(std::get<SequenceDiagramData>(lesson.content().plots.at(0).data).pathFrom == -1);
    // A click on an input's column of an influence map chooses the path's input.
    lesson.controls->cellClicked("attention_influence", 7, 4);
    lesson.drawn();
    CHECK(lesson.figure("path_from") == 4);
}

TEST_CASE("the means leave out the pairs a layer cannot connect: the RNN's future, the mask's forbidden",
          "[lessons][rnn]") {
    RnnPage lesson("decoder-causal.json");
    const auto trace = test::sampleTrace("decoder-causal.json");
    const Matrix attention = attentionInfluence(*trace);
    lesson.setStep(1);
    const auto& chart = std::get<ChartData>(lesson.content().plots.at(2).data);
    const int n = trace->tokenCount();
    CHECK(chart.series.at(2).y.size() == n * (n + 1) / 2); // the causal mask's pairs
    REQUIRE(chart.series.at(3).y.size() == n);
    for (int d = 0; d < n; ++d)
        CHECK(chart.series[3].y[d] == Approx(meanAtDistance(attention, d, false, &trace->mask)).epsilon(1e-12));
    CHECK(meanAtDistance(attention, 1, false) < chart.series[3].y[1]); // the zeros would drag it down
    CHECK(lesson->explanation().contains("mask forbids"));
    CHECK(chart.series.at(0).name.isEmpty()); // the points go without a legend entry of their own
}

TEST_CASE("each step shows the controls it uses", "[lessons][rnn]") {
    RnnPage lesson("animal-street.json");
    const auto shown = [&](const char* name) {
        QWidget* widget = lesson.controls->findChild<QWidget*>(name);
        REQUIRE(widget != nullptr);
        return widget->isVisibleTo(lesson.controls);
    };
    lesson.page.show();
    for (int step = 0; step < 4; ++step) {
        INFO("step " << step);
        lesson.setStep(step);
        CHECK(shown("play") == (step == 0));
        CHECK(shown("frame") == (step == 0));
        CHECK(shown("logarithmic") == (step == 1 || step == 2));
        CHECK(shown("memory") == (step == 2));
        CHECK(shown("inputs") == (step == 3));
    }
}

TEST_CASE("a mask keeps self-attention's path closed where it forbids the pair", "[lessons][rnn]") {
    RnnPage lesson("decoder-causal.json");
    lesson.setStep(3);
    lesson.setQuery(1);
    lesson.controls->setPathFrom(3); // a later token: the causal mask forbids it
    lesson.drawn();
    CHECK(lesson.figure("attention_path_length") == -1);
    CHECK(lesson.figure("rnn_path_length") == -1);
    CHECK(lesson->explanation().contains("mask"));
}

TEST_CASE("one after another: the animation's time step computes one RNN state at a time", "[lessons][rnn]") {
    RnnPage lesson("animal-street.json");
    lesson.setStep(0);
    const int n = 11;
    CHECK(lesson.figure("rnn_sequential_steps") == n);
    CHECK(lesson.figure("attention_sequential_steps") == 1);
    for (int frame : {0, 1, 5, n}) {
        lesson.controls->setFrame(frame);
        lesson.drawn();
        const auto& rnn = std::get<SequenceDiagramData>(lesson.content().plots.at(0).data);
        const auto& attention = std::get<SequenceDiagramData>(lesson.content().plots.at(1).data);
        CHECK(rnn.computed == frame);
        CHECK(rnn.current == frame - 1);
        CHECK(attention.computed == (frame > 0 ? n : 0));
        CHECK(rnn.caption.contains(QString("%1 of %2").arg(frame).arg(n)));
    }
    lesson.controls->setFrame(99);
    CHECK(lesson.controls->frame() == n);
    // Play goes from the start again and stops at the last state.
    lesson.controls->play();
    CHECK(lesson.controls->isPlaying());
    CHECK(lesson.controls->frame() == 0);
    QTRY_COMPARE_WITH_TIMEOUT(lesson.controls->frame(), 2, 5 * RnnControls::interval);
    lesson.controls->pause();
    CHECK_FALSE(lesson.controls->isPlaying());
}

TEST_CASE("the log scale shows log10 of the influence with the zeros as gaps", "[lessons][rnn]") {
    RnnPage lesson("animal-street.json");
    lesson.setStep(1);
    lesson.controls->setLogarithmic(true);
    lesson.drawn();
    const HeatmapData& map = test::shownHeatmap(lesson.page, "rnn_influence")->data();
    const Matrix linear = test::shownHeatmap(lesson.page, "attention_influence")->data().values.toMatrix();
    CHECK(map.values.isMasked(0, 1)); // h¹ cannot see a²: a gap, not a colour
    CHECK_FALSE(map.values.isMasked(1, 0));
    CHECK(map.title.contains("log"));
    CHECK(std::get<ChartData>(lesson.content().plots.at(2).data).logarithmicY);
    CHECK(noNaN(lesson.content()));
    CHECK(linear.allFinite());
}

TEST_CASE("every step of every bundled sample draws, with the controls each step uses", "[lessons][rnn]") {
    for (const char* name :
         {"lecture-four-vectors.json", "animal-street.json", "chinese-tianya.json", "decoder-causal.json",
          "padded-batch.json", "speech-frames.json", "social-network.json", "molecule-ethanol.json"}) {
        INFO(name);
        RnnPage lesson(name);
        for (int query : {0, -3, 99}) {
            lesson.setQuery(std::max(query, 0));
            for (int step = 0; step < lesson->stepCount(); ++step) {
                INFO("step " << step << " query " << query);
                lesson.setStep(step);
                CHECK(lesson.content().plots.size() >= 2);
                CHECK(noNaN(lesson.content()));
                CHECK_FALSE(lesson->explanation().isEmpty());
                for (const PlotContent& plot : lesson.content().plots)
                    if (const auto* diagram = std::get_if<SequenceDiagramData>(&plot.data))
                        CHECK(diagram->inputLabels.size() == lesson.page.trace()->tokenCount());
            }
        }
        lesson.setStep(0);
        CHECK(lesson.controls->shownAt(0));
    }
}

TEST_CASE("a language switch keeps the lesson's time step, memory, path and scale", "[lessons][rnn][window]") {
    MainWindow window;
    test::openShown(window, "animal-street.json");
    REQUIRE(window.showLesson("rnn"));
    auto* controls = qobject_cast<RnnControls*>(window.currentLesson()->controls());
    REQUIRE(controls);
    controls->setFrame(5);
    controls->setMemory(2.0);
    controls->setPathFrom(3);
    controls->setLogarithmic(true);
    window.setLanguage("zh_CN", true);
    test::settle();
    REQUIRE(window.currentLesson()->id() == "rnn");
    auto* rebuilt = qobject_cast<RnnControls*>(window.currentLesson()->controls());
    REQUIRE(rebuilt);
    REQUIRE(rebuilt != controls);
    const auto state = std::static_pointer_cast<const RnnLessonState>(rebuilt->state());
    CHECK(state->frame == 5);
    CHECK(state->memory == Approx(2.0));
    CHECK(state->pathFrom == 3);
    CHECK(state->logarithmic);
    window.setLanguage("en", true);
    test::settle();
}
