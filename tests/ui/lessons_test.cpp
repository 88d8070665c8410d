// The lessons draw the trace's own numbers: every heatmap cell equals the trace, in the
// lecture's column form and in the paper's row form, and the explanations quote them.
#include "core/attention.h"
#include "core/sample_loader.h"
#include "core/walkthrough.h"
#include "ui/lessons/matrix_form_lesson.h"
#include "ui/lessons/vectors_in_lesson.h"
#include "ui/lessons/walkthrough_lesson.h"
#include "ui/lessons/walkthrough_text.h"
#include "ui/notation.h"

#include "tests/ui/lesson_checks.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace al;

namespace {




} // namespace

TEST_CASE("the walkthrough's heatmaps hold the trace's values for any query", "[lessons]") {
    const auto trace = test::sampleTrace("animal-street.json");
    const HeadTrace& head = trace->heads[0];
    const std::shared_ptr<const HeadAttention> firstHead = trace->attention(0);
    WalkthroughLesson lesson;
    lesson.resize(1200, 600);
    lesson.setTrace(trace);
    for (int query : {0, 7, 10}) {
        INFO("query " << query);
        lesson.setQuery(query);
        lesson.setStep(0);
        test::requireHolds(test::shownHeatmap(lesson, "inputs"), trace->x);
        lesson.setStep(1);
        test::requireHolds(test::shownHeatmap(lesson, "q_i"), head.q.row(query));
        lesson.setStep(2);
        test::requireHolds(test::shownHeatmap(lesson, "keys"), head.k);
        lesson.setStep(3);
        test::requireHolds(test::shownHeatmap(lesson, "scores"), firstHead->scores.row(query));
        lesson.setStep(4);
        test::requireHolds(test::shownHeatmap(lesson, "weights"), firstHead->weights.row(query));
        lesson.setStep(5);
        test::requireHolds(test::shownHeatmap(lesson, "values"), head.v);
        lesson.setStep(7);
        test::requireHolds(test::shownHeatmap(lesson, "all_weights"), firstHead->weights);
        test::requireHolds(test::shownHeatmap(lesson, "outputs"), head.output);
    }
}

TEST_CASE("the walkthrough's explanations quote the trace's numbers", "[lessons]") {
    const auto trace = test::sampleTrace("lecture-four-vectors.json");
    for (int query = 0; query < trace->tokenCount(); ++query) {
        const QueryWalkthrough walk = walkthrough(*trace, query);
        const QString scores = walkthroughExplanation(*trace, walk, 3);
        const QString weights = walkthroughExplanation(*trace, walk, 4);
        const QString output = walkthroughExplanation(*trace, walk, 6);
        for (const KeyTerm& key : walk.keys) {
            CHECK(scores.contains(notation::number(key.sum)));
            CHECK(weights.contains(notation::number(key.weight, 3)));
        }
        CHECK(output.contains(notation::vector(trace->heads[0].output.row(query))));
    }
    // The lecture's own example, worked by hand: α₁,₁ = q¹·k¹ = 1.5×1 + 0×0 + 1×1.5 = 3.
    CHECK(walkthroughExplanation(*trace, walkthrough(*trace, 0), 3).contains("= 3.00"));
}

TEST_CASE("the matrix form draws A = KᵀQ by columns, or S = QKᵀ by rows", "[lessons]") {
    const auto trace = test::sampleTrace("social-network.json");
    const HeadTrace& head = trace->heads[0];
    const std::shared_ptr<const HeadAttention> firstHead = trace->attention(0);
    MatrixFormLesson lesson;
    lesson.resize(1200, 600);
    lesson.setTrace(trace);
    lesson.setStep(3);
    test::requireHolds(test::shownHeatmap(lesson, "A"), firstHead->scores.transpose());
    CHECK(test::shownHeatmap(lesson, "A")->data().rowAxisTitle == "key");
    CHECK(test::shownHeatmap(lesson, "A")->data().columnAxisTitle == "query");
    lesson.setStep(4);
    test::requireHolds(test::shownHeatmap(lesson, "A_prime"), firstHead->weights.transpose());
    lesson.setStep(5);
    test::requireHolds(test::shownHeatmap(lesson, "O"), head.output.transpose());

    lesson.setRowForm(true);
    lesson.setStep(3);
    test::requireHolds(test::shownHeatmap(lesson, "S"), firstHead->scores);
    CHECK(test::shownHeatmap(lesson, "S")->data().rowAxisTitle == "query");
    CHECK(test::shownHeatmap(lesson, "S")->data().columnAxisTitle == "key");
    lesson.setStep(5);
    test::requireHolds(test::shownHeatmap(lesson, "O"), head.output);
}

TEST_CASE("every attention heatmap names its axes query and key", "[lessons]") {
    const auto trace = test::sampleTrace("decoder-causal.json");
    WalkthroughLesson walk;
    MatrixFormLesson matrix;
    VectorsInLesson vectors;
    for (Lesson* lesson : std::initializer_list<Lesson*>{&walk, &matrix, &vectors}) {
        lesson->setTrace(trace);
        for (int step = 0; step < lesson->stepCount(); ++step) {
            lesson->setStep(step);
            for (const HeatmapView* view : lesson->visibleHeatmaps()) {
                const HeatmapData& d = view->data();
                INFO(lesson->id().toStdString() << " step " << step << ": " << d.title.toStdString());
                CHECK_FALSE((d.rowAxisTitle.isEmpty() && d.values.rows() > 1));
                CHECK_FALSE(d.columnAxisTitle.isEmpty());
                const bool attention = d.values.rows() == trace->tokenCount() && d.values.cols() == trace->tokenCount() &&
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
    MatrixFormLesson lesson;
    lesson.setTrace(trace);
    lesson.setStep(3); // A = KᵀQ: A(j, i) comes from row j of Kᵀ and column i of Q
    const auto maps = lesson.visibleHeatmaps();
    REQUIRE(maps.size() == 3);
    emit maps[2]->cellHovered(1, 3);
    CHECK(maps[0]->highlightedRow() == 1);
    CHECK(maps[1]->highlightedColumn() == 3);
    emit maps[2]->cellHovered(-1, -1); // leaving restores the step's own picture
    CHECK(maps[0]->highlightedRow() == -1);

    WalkthroughLesson walk;
    walk.setTrace(trace);
    walk.setStep(3); // α₁,ⱼ = q¹·kʲ: hovering key j's score outlines kʲ
    const auto panels = walk.visibleHeatmaps();
    emit panels[2]->cellHovered(0, 2);
    CHECK(panels[1]->highlightedRow() == 2);
}

TEST_CASE("leaving a cell brings back the step's own outline without recomputing", "[lessons]") {
    const auto trace = test::sampleTrace("lecture-four-vectors.json");
    WalkthroughLesson walk;
    walk.setTrace(trace);
    walk.setQuery(1);
    walk.setStep(7); // all weights and all outputs, the query's row outlined in both
    const auto panels = walk.visibleHeatmaps();
    REQUIRE(panels.size() == 2);
    CHECK(panels[1]->highlightedRow() == 1);
    int redraws = 0;
    QObject::connect(&walk, &Lesson::contentChanged, [&] { ++redraws; });
    emit panels[0]->cellHovered(3, 0); // b⁴ comes from row 4 of α′
    CHECK(panels[1]->highlightedRow() == 3);
    emit panels[0]->cellHovered(-1, -1);
    CHECK(panels[1]->highlightedRow() == 1);
    CHECK(redraws == 0);
}
