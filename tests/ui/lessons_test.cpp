// The lessons draw the trace's own numbers: every heatmap cell equals the trace, in the
// lecture's column form and in the paper's row form, and the explanations quote them.
#include "core/attention/attention.h"
#include "core/attention/walkthrough.h"
#include "core/io/sample_loader.h"
#include "ui/lessons/matrix_form_lesson.h"
#include "ui/lessons/vectors_in_lesson.h"
#include "ui/lessons/walkthrough_lesson.h"
#include "ui/lessons/walkthrough_text.h"
#include "ui/notation.h"

#include "tests/ui/lesson_checks.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace al;

TEST_CASE("the walkthrough's heatmaps hold the trace's values for any query", "[lessons]") {
    const auto trace = test::sampleTrace("animal-street.json");
    const HeadTrace& head = trace->heads[0];
    const std::shared_ptr<const HeadAttention> firstHead = trace->attention(0);
    test::PageOf lesson(std::make_shared<WalkthroughLesson>(), trace);
    for (int query : {0, 7, 10}) {
        INFO("query " << query);
        lesson.setQuery(query);
        lesson.setStep(0);
        test::requireHolds(test::shownHeatmap(lesson.page, "inputs"), trace->x);
        lesson.setStep(1);
        test::requireHolds(test::shownHeatmap(lesson.page, "q_i"), head.q.row(query));
        lesson.setStep(2);
        test::requireHolds(test::shownHeatmap(lesson.page, "keys"), head.k);
        lesson.setStep(3);
        test::requireHolds(test::shownHeatmap(lesson.page, "scores"), firstHead->scores.row(query));
        lesson.setStep(4);
        test::requireHolds(test::shownHeatmap(lesson.page, "weights"), firstHead->weights.row(query));
        lesson.setStep(5);
        test::requireHolds(test::shownHeatmap(lesson.page, "values"), head.v);
        lesson.setStep(6); // bⁱ = Σⱼ α′ᵢ,ⱼ vʲ as stacked bars: row j is α′ᵢ,ⱼ vʲ, the total bⁱ
        const auto& bars = std::get<ContributionData>(lesson->content().plots.at(1).data);
        CHECK(bars.total == head.output.row(query));
        for (int key = 0; key < trace->tokenCount(); ++key)
            CHECK(bars.contributions.row(key).isApprox(firstHead->weights(query, key) * head.v.row(key)));
        lesson.setStep(7);
        test::requireHolds(test::shownHeatmap(lesson.page, "all_weights"), firstHead->weights);
        test::requireHolds(test::shownHeatmap(lesson.page, "outputs"), head.output);
    }
}

TEST_CASE("the walkthrough's explanations quote the trace's numbers", "[lessons]") {
    const auto trace = test::sampleTrace("lecture-four-vectors.json");
    for (int query = 0; query < trace->tokenCount(); ++query) {
        const QueryWalkthrough walk = walkthrough(*trace, query);
        const QString scores = walkthrough_text::scores(*trace, walk);
        const QString weights = walkthrough_text::weights(*trace, walk);
        const QString output = walkthrough_text::output(*trace, walk);
        for (const KeyTerm& key : walk.keys) {
            CHECK(scores.contains(notation::number(key.sum)));
            CHECK(weights.contains(notation::number(key.weight, 3)));
        }
        CHECK(output.contains(notation::vector(trace->heads[0].output.row(query))));
    }
    // The lecture's own example, worked by hand: α₁,₁ = q¹·k¹ = 1.5×1 + 0×0 + 1×1.5 = 3.
    CHECK(walkthrough_text::scores(*trace, walkthrough(*trace, 0)).contains("= 3.00"));
}

TEST_CASE("the matrix form draws A = KᵀQ by columns, or S = QKᵀ by rows", "[lessons]") {
    const auto trace = test::sampleTrace("social-network.json");
    const HeadTrace& head = trace->heads[0];
    const std::shared_ptr<const HeadAttention> firstHead = trace->attention(0);
    test::PageOf lesson(std::make_shared<MatrixFormLesson>(), trace);
    lesson.setStep(3);
    test::requireHolds(test::shownHeatmap(lesson.page, "A"), firstHead->scores.transpose());
    CHECK(test::shownHeatmap(lesson.page, "A")->data().rowAxisTitle == "key");
    CHECK(test::shownHeatmap(lesson.page, "A")->data().columnAxisTitle == "query");
    lesson.setStep(4);
    test::requireHolds(test::shownHeatmap(lesson.page, "A_prime"), firstHead->weights.transpose());
    lesson.setStep(5);
    test::requireHolds(test::shownHeatmap(lesson.page, "O"), head.output.transpose());

    lesson->setRowForm(true);
    lesson.setStep(3);
    test::requireHolds(test::shownHeatmap(lesson.page, "S"), firstHead->scores);
    CHECK(test::shownHeatmap(lesson.page, "S")->data().rowAxisTitle == "query");
    CHECK(test::shownHeatmap(lesson.page, "S")->data().columnAxisTitle == "key");
    lesson.setStep(5);
    test::requireHolds(test::shownHeatmap(lesson.page, "O"), head.output);
}

TEST_CASE("every attention heatmap names its axes query and key", "[lessons]") {
    const auto trace = test::sampleTrace("decoder-causal.json");
    for (const std::shared_ptr<const Lesson>& shown : std::initializer_list<std::shared_ptr<const Lesson>>{
             std::make_shared<WalkthroughLesson>(), std::make_shared<MatrixFormLesson>(),
             std::make_shared<VectorsInLesson>()}) {
        test::PageOf lesson(shown, trace);
        for (int step = 0; step < lesson->stepCount(); ++step) {
            lesson.setStep(step);
            for (const HeatmapView* view : lesson->visibleHeatmaps()) {
                const HeatmapData& d = view->data();
                INFO(lesson->id().toStdString() << " step " << step << ": " << d.title.toStdString());
                CHECK_FALSE((d.rowAxisTitle.isEmpty() && d.values.rows() > 1));
                CHECK_FALSE(d.columnAxisTitle.isEmpty());
                const bool attention = d.values.rows() == trace->tokenCount() &&
                                       d.values.cols() == trace->tokenCount() &&
                                       (d.id.startsWith("A") || d.id == "S" || d.id == "all_weights");
                if (attention) {
                    CHECK(QStringList({"query", "key"}).contains(d.rowAxisTitle));
                    CHECK(QStringList({"query", "key"}).contains(d.columnAxisTitle));
                }
            }
        }
    }
}

TEST_CASE("hovering a product's cell outlines the row and column that made it", "[lessons]") {
    const auto trace = test::sampleTrace("lecture-four-vectors.json");
    test::PageOf lesson(std::make_shared<MatrixFormLesson>(), trace);
    lesson.setStep(3); // A = KᵀQ: A(j, i) comes from row j of Kᵀ and column i of Q
    const auto maps = lesson->visibleHeatmaps();
    REQUIRE(maps.size() == 3);
    emit maps[2]->cellHovered(1, 3);
    CHECK(maps[0]->highlightedRow() == 1);
    CHECK(maps[1]->highlightedColumn() == 3);
    emit maps[2]->cellHovered(-1, -1); // leaving restores the step's own picture
    CHECK(maps[0]->highlightedRow() == -1);

    test::PageOf walk(std::make_shared<WalkthroughLesson>(), trace);
    walk.setStep(3); // α₁,ⱼ = q¹·kʲ: hovering key j's score outlines kʲ
    const auto panels = walk->visibleHeatmaps();
    emit panels[2]->cellHovered(0, 2);
    CHECK(panels[1]->highlightedRow() == 2);
}

TEST_CASE("leaving a cell brings back the step's own outline without recomputing", "[lessons]") {
    const auto trace = test::sampleTrace("lecture-four-vectors.json");
    test::PageOf walk(std::make_shared<WalkthroughLesson>(), trace);
    walk.setQuery(1);
    walk.setStep(7); // all weights and all outputs, the query's row outlined in both
    const auto panels = walk->visibleHeatmaps();
    REQUIRE(panels.size() == 2);
    CHECK(panels[1]->highlightedRow() == 1);
    int redraws = 0;
    QObject::connect(&walk.page, &LessonPage::contentChanged, [&] { ++redraws; });
    emit panels[0]->cellHovered(3, 0); // b⁴ comes from row 4 of α′
    CHECK(panels[1]->highlightedRow() == 3);
    emit panels[0]->cellHovered(-1, -1);
    CHECK(panels[1]->highlightedRow() == 1);
    CHECK(redraws == 0);
}

TEST_CASE("the walkthrough's titles name the query it follows", "[lessons]") {
    const auto trace = test::sampleTrace("animal-street.json");
    test::PageOf walk(std::make_shared<WalkthroughLesson>(), trace);
    CHECK(walk->stepCount() == 8);
    CHECK(walk->pageTitle() == "Computing b¹ step by step");
    CHECK(walk->stepTitle(1) == "2. The query q¹ = W^q a¹");
    walk.setQuery(7);
    CHECK(walk->pageTitle() == "Computing b⁸ step by step");
    CHECK(walk->stepTitle(0) == "1. The inputs a¹ … aᴺ");
    CHECK(walk->stepTitle(1) == "2. The query q⁸ = W^q a⁸");
    CHECK(walk->stepTitle(3) == "4. Scores α₈,ⱼ = q⁸ · kʲ");
    CHECK(walk->stepTitle(4) == "5. Normalise: α′₈,ⱼ = softmax(α₈,ⱼ)");
    CHECK(walk->stepTitle(6) == "7. The output b⁸ = Σⱼ α′₈,ⱼ vʲ");
    CHECK(walk->stepTitle(7) == "8. Every bⁱ at once");
}

TEST_CASE("the matrix form's titles, explanations and outlines follow the form", "[lessons]") {
    const auto trace = test::sampleTrace("lecture-four-vectors.json");
    test::PageOf lesson(std::make_shared<MatrixFormLesson>(), trace);
    CHECK(lesson->stepTitle(3) == "4. A = KᵀQ");
    CHECK(lesson->explanation().contains("Lecture (column) form"));
    lesson.setStep(4); // A′(j, i) is normalised down column i of A: hovering outlines that column
    auto maps = lesson->visibleHeatmaps();
    REQUIRE(maps.size() == 2);
    emit maps[1]->cellHovered(2, 1);
    CHECK(maps[0]->highlightedColumn() == 1);
    CHECK(maps[0]->highlightedRow() == -1);
    emit maps[1]->cellHovered(-1, -1);

    lesson->setRowForm(true);
    lesson.drawn();
    CHECK(lesson->stepTitle(3) == "4. S = QKᵀ");
    CHECK(lesson->stepTitle(4) == "5. A′ = softmax of each row of S");
    CHECK(lesson->explanation().contains("Paper (row) form"));
    CHECK(test::shownHeatmap(lesson.page, "S") != nullptr);
    maps = lesson->visibleHeatmaps();
    REQUIRE(maps.size() == 2);
    emit maps[1]->cellHovered(2, 1); // row form: the query's row of S
    CHECK(maps[0]->highlightedRow() == 2);
    CHECK(maps[0]->highlightedColumn() == -1);
    lesson.setStep(0);
    test::requireHolds(test::shownHeatmap(lesson.page, "X"), trace->x);
    test::requireHolds(test::shownHeatmap(lesson.page, "Q"), trace->heads[0].q);
}
