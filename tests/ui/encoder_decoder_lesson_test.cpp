// The encoder–decoder lesson: every step on the bundled seq2seq models and the golden ones;
// the memory, masked self-attention, cross-attention and probabilities are the trace's (and
// PyTorch's, through the golden files); generation grows one row a pass; one pass over the
// model's own output holds every generation step's row; the choice is clamped.
#include "core/io/token_ids.h"
#include "core/io/transformer_loader.h"
#include "core/nn/transformer_forward.h"
#include "tests/support/transformer_golden.h"
#include "tests/ui/transformer_lesson_support.h"
#include "ui/lessons/transformer/encoder_decoder_lesson.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;
using nlohmann::json;

namespace {

const EncoderDecoderLesson lesson;

StepContent describe(const std::filesystem::path& model, const std::string& input, int step,
                     TransformerChoice choice = {}, std::optional<std::string> target = std::nullopt) {
    return lesson.describe(test::transformerLessonInput(model, input, step, choice, target), neverCancelled());
}

const HeatmapData& heatmap(const StepContent& content, const QString& id) {
    for (const PlotContent& plot : content.plots)
        if (const auto* map = std::get_if<HeatmapData>(&plot.data); map && map->id == id) return *map;
    FAIL("no heatmap " << id.toStdString());
    throw std::logic_error("unreachable");
}

int plotIndex(const StepContent& content, const QString& id) {
    for (std::size_t p = 0; p < content.plots.size(); ++p)
        if (content.plots[p].id() == id) return int(p);
    FAIL("no plot " << id.toStdString());
    return -1;
}

const ChartData& chart(const StepContent& content, const QString& id) {
    for (const PlotContent& plot : content.plots)
        if (const auto* data = std::get_if<ChartData>(&plot.data); data && data->id == id) return *data;
    FAIL("no chart " << id.toStdString());
    throw std::logic_error("unreachable");
}

// No NaN or infinity anywhere a student sees one: every heatmap entry (a masked score is
// −∞ by design and drawn as such), every bar, and the explanation.
void requireFinite(const StepContent& content) {
    for (const PlotContent& plot : content.plots) {
        if (const auto* map = std::get_if<HeatmapData>(&plot.data)) {
            REQUIRE(map->rowLabels.size() == map->values.rows());
            REQUIRE(map->columnLabels.size() == map->values.cols());
            CHECK_FALSE(map->rowAxisTitle.isEmpty());
            CHECK_FALSE(map->columnAxisTitle.isEmpty());
            for (Eigen::Index r = 0; r < map->values.rows(); ++r)
                for (Eigen::Index c = 0; c < map->values.cols(); ++c)
                    if (!map->values.isMasked(r, c)) CHECK(std::isfinite(map->values(r, c)));
        } else if (const auto* data = std::get_if<ChartData>(&plot.data)) {
            for (const ChartSeries& series : data->series)
                for (double y : series.y)
                    CHECK(std::isfinite(y));
        }
    }
    CHECK_FALSE(content.explanation.contains("nan", Qt::CaseInsensitive));
    CHECK_FALSE(content.explanation.contains("inf", Qt::CaseInsensitive));
}

void requireEqual(const SharedMatrix& shown, const Matrix& expected) {
    REQUIRE(shown.rows() == expected.rows());
    REQUIRE(shown.cols() == expected.cols());
    for (Eigen::Index r = 0; r < expected.rows(); ++r)
        for (Eigen::Index c = 0; c < expected.cols(); ++c)
            CHECK(shown(r, c) == expected(r, c));
}

// Within 1e-9 of a golden trace's matrix (rows of numbers), or of its first rows.
void requireNear(const SharedMatrix& shown, const json& expected, bool firstRows = false) {
    if (firstRows)
        REQUIRE(shown.rows() <= Eigen::Index(expected.size()));
    else
        REQUIRE(shown.rows() == Eigen::Index(expected.size()));
    for (Eigen::Index r = 0; r < shown.rows(); ++r) {
        REQUIRE(shown.cols() == Eigen::Index(expected[std::size_t(r)].size()));
        for (Eigen::Index c = 0; c < shown.cols(); ++c)
            CHECK(std::abs(shown(r, c) - expected[std::size_t(r)][std::size_t(c)].get<double>()) <= 1e-9);
    }
}

const json& goldenSublayer(const json& trace, int layer, const std::string& kind) {
    for (const json& sublayer : trace["decoder"]["layers"][std::size_t(layer)]["sublayers"])
        if (sublayer["kind"] == kind) return sublayer;
    throw std::runtime_error("no sublayer " + kind);
}

std::vector<test::TransformerGoldenCase> seq2seqGoldenCases() {
    std::vector<test::TransformerGoldenCase> cases;
    for (const auto& golden : test::transformerGoldenCases())
        if (golden.entry["task"] == "seq2seq") cases.push_back(golden);
    return cases;
}

const auto numberWords = [] { return test::bundledModelFile("number-words.trained.json"); };
const auto reverse = [] { return test::bundledModelFile("reverse.trained.json"); };

} // namespace

TEST_CASE("encoder-decoder: every step describes every seq2seq model, any choice clamped", "[encoder-decoder]") {
    struct Case {
        std::filesystem::path model;
        std::string input;
        std::optional<std::string> target;
    };
    std::vector<Case> cases{{numberWords(), "three hundred twenty one", std::nullopt},
                            {numberWords(), "three hundred twenty one", "三 百 二 十 二"},
                            {numberWords(), "seven", ""},
                            {reverse(), "a b c d e", std::nullopt},
                            {reverse(), "a b c d e", "e d c b a"}};
    for (const auto& golden : seq2seqGoldenCases()) {
        cases.push_back({golden.file("model"), test::joinTokens(golden.entry["trace_input"]),
                         test::joinTokens(golden.entry["trace_target"])});
        cases.push_back({golden.file("model"), test::joinTokens(golden.entry["generation_input"]), std::nullopt});
    }
    const TransformerChoice choices[] = {{}, {1, 1, 2, 3}, {99, 99, 99, 99}, {-3, -1, -5, -2}};
    for (const Case& c : cases)
        for (const TransformerChoice& choice : choices)
            for (int step = 0; step < lesson.stepCount(); ++step) {
                INFO(c.model.filename().string() << " \"" << c.input << "\" step " << step + 1 << " layer "
                                                 << choice.layer << " head " << choice.head);
                StepContent content;
                REQUIRE_NOTHROW(content = describe(c.model, c.input, step, choice, c.target));
                CHECK_FALSE(content.plots.empty());
                CHECK_FALSE(content.explanation.isEmpty());
                requireFinite(content);
                for (std::size_t p = 0; p < content.plots.size(); ++p) // every source inside its plot
                    if (const auto* map = std::get_if<HeatmapData>(&content.plots[p].data); map && content.sources)
                        for (const SourceCell& cell : content.sources(int(p), int(map->values.rows()) - 1, 0)) {
                            REQUIRE(cell.plot >= 0);
                            REQUIRE(cell.plot < int(content.plots.size()));
                            const auto& source = std::get<HeatmapData>(content.plots[std::size_t(cell.plot)].data);
                            CHECK(cell.row < source.values.rows());
                            CHECK(cell.column < source.values.cols());
                        }
            }
}

TEST_CASE("encoder-decoder: a model of another task is named, not shown", "[encoder-decoder]") {
    for (int step = 0; step < lesson.stepCount(); ++step) {
        const StepContent content = describe(test::bundledModelFile("i-saw-a-saw.trained.json"), "I saw a saw", step);
        CHECK(content.plots.empty());
        CHECK(content.explanation.contains("labelling"));
    }
}

TEST_CASE("encoder-decoder: the golden models' maps are PyTorch's within 1e-9", "[encoder-decoder]") {
    const auto cases = seq2seqGoldenCases();
    REQUIRE(cases.size() >= 3);
    for (const auto& golden : cases) {
        INFO("golden case " << golden.name);
        const json trace = test::readJson(golden.file("trace"));
        const std::string input = test::joinTokens(golden.entry["trace_input"]),
                          target = test::joinTokens(golden.entry["trace_target"]);
        const int layers = int(trace["decoder"]["layers"].size()), heads = int(trace["architecture"]["heads"]);
        for (int layer = 0; layer < layers; ++layer)
            for (int head = 0; head < heads; ++head) {
                const TransformerChoice choice{layer, head, 0, 0};
                const json& self = goldenSublayer(trace, layer, "self_attention");
                const json& cross = goldenSublayer(trace, layer, "cross_attention");
                requireNear(heatmap(describe(golden.file("model"), input, 1, choice, target), "decoder_weights").values,
                            self["heads"][std::size_t(head)]["weights"]);
                const StepContent crossStep = describe(golden.file("model"), input, 2, choice, target);
                requireNear(heatmap(crossStep, "cross_weights").values, cross["heads"][std::size_t(head)]["weights"]);
                requireNear(heatmap(crossStep, "cross_q").values, cross["heads"][std::size_t(head)]["q"]);
                requireNear(heatmap(crossStep, "cross_k").values, cross["heads"][std::size_t(head)]["k"]);
                const StepContent memoryStep = describe(golden.file("model"), input, 0, choice, target);
                requireNear(heatmap(memoryStep, "memory").values, trace["encoder"]["output"]);
                requireNear(heatmap(memoryStep, "cross_k").values, cross["heads"][std::size_t(head)]["k"]);
                requireNear(heatmap(memoryStep, "cross_v").values, cross["heads"][std::size_t(head)]["v"]);
            }
        const StepContent probabilities = describe(golden.file("model"), input, 3, {}, target);
        requireNear(heatmap(probabilities, "probabilities").values, trace["probabilities"]);

        // Generation: with no target the pass reads the model's own output, PyTorch's generated
        // trace; the last generation pass holds its rows (all of them once <eos> was chosen; all
        // but the row read after max_length was reached otherwise).
        const json generated = test::readJson(golden.file("generated_trace"));
        const std::string prompt = test::joinTokens(golden.entry["generation_input"]);
        const json& generatedCross = goldenSublayer(generated, 0, "cross_attention")["heads"][0]["weights"];
        requireNear(heatmap(describe(golden.file("model"), prompt, 2), "cross_weights").values, generatedCross);
        const StepContent last = describe(golden.file("model"), prompt, 4, {0, 0, 0, 99});
        const bool ended = last.figures["reachedEnd"].toBool();
        requireNear(heatmap(last, "generation_cross_weights").values, generatedCross, !ended);
        requireNear(heatmap(last, "generation_probabilities").values, generated["probabilities"], !ended);
        CHECK(heatmap(last, "generation_probabilities").values.rows() + (ended ? 0 : 1) ==
              Eigen::Index(generated["probabilities"].size()));
        CHECK(last.figures["generated"].toString().toStdString() == test::joinTokens(generated["generated"]));
    }
}

TEST_CASE("encoder-decoder: the memory and the flow on number-words", "[encoder-decoder]") {
    const StepContent content = describe(numberWords(), "three hundred twenty one", 0, {0, 1, 2, 0});
    const auto input = test::transformerLessonInput(numberWords(), "three hundred twenty one", 0);
    const nn::TransformerTrace& trace = test::stateOf(input).run->pass(neverCancelled());
    const HeatmapData& memory = heatmap(content, "memory");
    requireEqual(memory.values, trace.encoder->output);
    CHECK(memory.rowLabels == QStringList{"1 three", "2 hundred", "3 twenty", "4 one"});
    CHECK(memory.columnAxisTitle == "dimension");
    CHECK(content.figures["memoryRows"].toInt() == 4);
    CHECK(content.figures["memoryColumns"].toInt() == 32);
    CHECK(content.explanation.contains("cross-attention takes k, v"));
    CHECK(content.plots[std::size_t(plotIndex(content, "memory"))].outlineRow == 2);
    const auto cells = content.sources(plotIndex(content, "cross_k"), 3, 5); // k row 4 ← memory row 4
    REQUIRE(cells.size() == 1);
    CHECK((cells[0].plot == plotIndex(content, "memory") && cells[0].row == 3 && cells[0].column == -1));
}

TEST_CASE("encoder-decoder: masked self-attention has a zero upper triangle", "[encoder-decoder]") {
    const auto input = test::transformerLessonInput(numberWords(), "three hundred twenty one", 1, {0, 2, 3, 0});
    const StepContent content = lesson.describe(input, neverCancelled());
    const nn::TransformerTrace& trace = test::stateOf(input).run->pass(neverCancelled());
    const nn::SublayerTrace& self = trace.decoder->layers[0].sublayers[0];
    REQUIRE(self.kind == nn::SublayerKind::SelfAttention);
    const HeatmapData& mask = heatmap(content, "decoder_mask");
    CHECK(mask.showsMask());
    requireEqual(mask.values, self.mask.cast<double>());
    const HeatmapData& weights = heatmap(content, "decoder_weights");
    requireEqual(weights.values, self.heads[2].weights);
    const QStringList decoder{"1 <bos>", "2 三", "3 百", "4 二", "5 十", "6 一"};
    CHECK(weights.rowLabels == decoder);
    CHECK(weights.columnLabels == decoder);
    CHECK(weights.rowAxisTitle == "query");
    CHECK(weights.columnAxisTitle == "key");
    for (int i = 0; i < 6; ++i)
        for (int j = i + 1; j < 6; ++j) {
            CHECK(weights.values(i, j) == 0);
            CHECK(heatmap(content, "decoder_scores").values.isMasked(i, j));
        }
    CHECK(content.figures["upperTriangleLargest"].toDouble() == 0);
    CHECK(content.explanation.contains("future"));
}

TEST_CASE("encoder-decoder: each output numeral looks at the word it came from", "[encoder-decoder]") {
    // Head 3 of number-words aligns: the row that predicts 三 looks at "three", 百 at "hundred", …
    const StepContent content = describe(numberWords(), "three hundred twenty one", 2, {0, 2, 0, 0});
    const HeatmapData& weights = heatmap(content, "cross_weights");
    CHECK(weights.rowLabels == QStringList{"1 <bos>", "2 三", "3 百", "4 二", "5 十", "6 一"});
    CHECK(weights.columnLabels == QStringList{"1 three", "2 hundred", "3 twenty", "4 one"});
    CHECK(weights.rowAxisTitle.contains("query"));
    CHECK(weights.columnAxisTitle.contains("key"));
    const QVariantList most = content.figures["attendsMost"].toList();
    REQUIRE(most.size() == 6);
    const int expected[] = {0, 1, 2, 2, 3, 3}; // 三←three, 百←hundred, 二←twenty, 十←twenty, 一←one, <eos>←one
    for (int r = 0; r < 6; ++r) {
        CHECK(most[r].toInt() == expected[r]);
        const RowVector row = weights.values.toMatrix().row(r);
        Eigen::Index best;
        row.maxCoeff(&best);
        CHECK(best == expected[r]);
    }
    CHECK(content.explanation.contains("attends most to “hundred”"));
    // On reverse every head draws the anti-diagonal: the row that predicts the k-th output
    // looks at the k-th input from the end.
    for (int head = 0; head < 4; ++head) {
        const QVariantList reversed =
            describe(reverse(), "a b c d e", 2, {0, head, 0, 0}).figures["attendsMost"].toList();
        REQUIRE(reversed.size() == 6);
        for (int r = 0; r < 5; ++r)
            CHECK(reversed[r].toInt() == 4 - r);
    }
    // α′(i, j) ← q of the decoder row i and k of the memory row j.
    const auto cells = content.sources(plotIndex(content, "cross_weights"), 4, 2);
    REQUIRE(cells.size() == 2);
    CHECK((cells[0].plot == plotIndex(content, "cross_q") && cells[0].row == 4 && cells[0].column == -1));
    CHECK((cells[1].plot == plotIndex(content, "cross_k") && cells[1].row == 2 && cells[1].column == -1));
    CHECK(heatmap(content, "cross_q").rowLabels == weights.rowLabels);
    CHECK(heatmap(content, "cross_k").rowLabels == weights.columnLabels);
    CHECK(weights.describe(4, 2, 0.5).contains("memory row 3"));
}

TEST_CASE("encoder-decoder: output probabilities as a map and as bars", "[encoder-decoder]") {
    const auto input = test::transformerLessonInput(numberWords(), "three hundred twenty one", 3, {0, 0, 1, 0});
    const StepContent content = lesson.describe(input, neverCancelled());
    const TransformerRun& run = *test::stateOf(input).run;
    const nn::TransformerTrace& trace = run.pass(neverCancelled());
    requireEqual(heatmap(content, "probabilities").values, trace.probabilities);
    CHECK(heatmap(content, "probabilities")
              .describe(2, 4, trace.probabilities(2, 4))
              .contains(QString::number(trace.logits(2, 4), 'f', 3).replace('-', QChar(0x2212))));
    CHECK(heatmap(content, "probabilities").columnLabels == run.outputLabels());
    const ChartData& bars = chart(content, "position_bars");
    CHECK(bars.xTickLabels == run.outputLabels());
    REQUIRE(bars.series.size() == 1);
    CHECK(bars.series[0].kind == ChartSeries::Kind::Bars);
    for (int c = 0; c < int(trace.probabilities.cols()); ++c)
        CHECK(bars.series[0].y[c] == trace.probabilities(1, c));
    CHECK(content.figures["predictions"].toString() == "三 百 二 十 一 <eos>");
    CHECK(content.figures["positionPrediction"].toString() == "百");
    // Softmax reads the whole row of logits.
    const auto cells = content.sources(plotIndex(content, "probabilities"), 2, 4);
    REQUIRE(cells.size() == 1);
    CHECK((cells[0].plot == plotIndex(content, "probabilities") && cells[0].row == 2 && cells[0].column == -1));
}

TEST_CASE("encoder-decoder: generation adds one row a pass until <eos>", "[encoder-decoder]") {
    const auto input = test::transformerLessonInput(numberWords(), "three hundred twenty one", 4);
    const GenerationSteps& steps = test::stateOf(input).run->generation(neverCancelled());
    REQUIRE(steps.passes.size() == 6);
    for (int t = 0; t < 8; ++t) {
        const StepContent content = describe(numberWords(), "three hundred twenty one", 4, {0, 1, 0, t});
        const int shown = std::min(t, 5);
        const HeatmapData& weights = heatmap(content, "generation_cross_weights");
        CHECK(weights.values.rows() == shown + 1); // pass t reads <bos> and t tokens
        requireEqual(weights.values, steps.passes[std::size_t(shown)].decoder->layers[0].sublayers[1].heads[1].weights);
        const ChartData& bars = chart(content, "next_token_bars");
        for (int c = 0; c < int(bars.series[0].y.size()); ++c)
            CHECK(bars.series[0].y[c] == steps.passes[std::size_t(shown)].probabilities(shown, c));
        CHECK(content.figures["generated"].toString() == "三 百 二 十 一 <eos>");
        CHECK(content.figures["step"].toInt() == shown);
        CHECK(content.explanation.contains("autoregressive"));
    }
    CHECK(describe(numberWords(), "three hundred twenty one", 4, {0, 0, 0, 2}).figures["next"].toString() == "二");
    const StepContent reversed = describe(reverse(), "a b c d e", 4);
    CHECK(reversed.figures["generated"].toString() == "e d c b a <eos>");
    CHECK(reversed.figures["reachedEnd"].toBool());
}

TEST_CASE("encoder-decoder: one pass over its own output holds every generation step", "[encoder-decoder]") {
    for (const auto& [model, text] :
         {std::pair{numberWords(), "three hundred twenty one"}, std::pair{reverse(), "a b c d e"}}) {
        const StepContent own = describe(model, text, 5);
        CHECK_FALSE(own.figures["teacherForcing"].toBool());
        CHECK(own.figures["largestDifference"].toDouble() < 1e-12);
        CHECK(own.explanation.contains("Target box")); // how to type one
        const Matrix oneRow = heatmap(own, "forced_probabilities").values.toMatrix(),
                     stepRows = heatmap(own, "step_probabilities").values.toMatrix();
        REQUIRE(oneRow.rows() == stepRows.rows());
        CHECK((oneRow - stepRows).cwiseAbs().maxCoeff() <= own.figures["largestDifference"].toDouble());
        CHECK(own.figures["forcedPredictions"].toString() == own.figures["generated"].toString());
    }
    // A wrong last token: teacher forcing reads 二 where the model would have said 一.
    const StepContent forced = describe(numberWords(), "three hundred twenty one", 5, {}, "三 百 二 十 二");
    CHECK(forced.figures["teacherForcing"].toBool());
    CHECK(forced.figures["generated"].toString() == "三 百 二 十 一 <eos>");
    CHECK(forced.figures["largestDifference"].toDouble() < 1e-12);
    CHECK(forced.explanation.contains("Teacher forcing"));
    CHECK(forced.explanation.contains("part at row 5: the target has 二 where the model generates 一"));
    CHECK(describe(reverse(), "a b c d e", 5, {}, "e d c b a").explanation.contains("they never part"));
    CHECK(heatmap(forced, "forced_probabilities").rowLabels ==
          QStringList({"1 <bos>", "2 三", "3 百", "4 二", "5 十", "6 二"}));
    const QString predictions = forced.figures["forcedPredictions"].toString();
    CHECK(predictions.startsWith("三 百 二 十 一")); // the rows that read the true prefix agree
    CHECK(forced.figures["agreeing"].toInt() >= 5);
}
