// The masks lesson: M, the scores at −∞ and α′ against the trace, and edits of the graph and
// custom masks reaching the trace.
#include "core/attention.h"
#include "ui/attention_document.h"
#include "ui/lessons/masks_lesson.h"
#include "ui/widgets/chart_view.h"
#include "ui/widgets/graph_editor.h"
#include "ui/widgets/mask_composer.h"

#include "tests/ui/lesson_checks.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

namespace {
const QString samples = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/";
} // namespace

TEST_CASE("masks: M, the scores at −∞ and α′ are the trace's", "[lessons][masks]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "speech-frames.json").isEmpty());
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
    MasksLesson lesson(document);
    QObject::connect(&document, &AttentionDocument::traceChanged, &lesson, &LessonPage::setTrace);
    lesson.setTrace(document.trace());
    REQUIRE(document.trace()->mask(0, 2) == 0); // C₁ and O are not bonded

    lesson.composer()->graphEditor()->toggleEdge(0, 2);
    CHECK(document.trace()->mask(0, 2) == 1);
    CHECK(document.trace()->mask(2, 0) == 1); // undirected
    lesson.composer()->graphEditor()->toggleEdge(2, 0);
    CHECK(document.trace()->mask(0, 2) == 0);

    REQUIRE(document.trace()->mask(1, 1) == 1);
    lesson.composer()->toggleCell(1, 1); // a custom cell off
    CHECK(document.trace()->mask(1, 1) == 0);
    CHECK(document.trace()->mask(0, 1) == 1); // the graph is still there
    lesson.composer()->toggleCell(1, 1);
    CHECK(document.trace()->mask(1, 1) == 1);

    // A query left with no key is reported, and its weights are 0, not NaN.
    for (int key = 0; key < document.trace()->tokenCount(); ++key)
        if (document.trace()->mask(8, key)) lesson.composer()->toggleCell(8, key);
    CHECK(document.trace()->fullyMaskedQueries == std::vector<int>{8});
    CHECK(document.trace()->attention(0)->weights.row(8).cwiseAbs().maxCoeff() == 0.0);
    lesson.setStep(0);
    CHECK(test::shownHeatmap(lesson, "mask")->data().rowLabels[8].contains("fully masked"));
}

TEST_CASE("masks: the cost chart draws full, causal and window", "[lessons][masks]") {
    AttentionDocument document;
    REQUIRE(document.load(samples + "decoder-causal.json").isEmpty());
    MasksLesson lesson(document);
    lesson.setTrace(document.trace());
    lesson.setStep(2);
    const auto plots = lesson.visiblePlots();
    REQUIRE(plots.size() == 1);
    CHECK(qobject_cast<ChartView*>(plots[0])->seriesCount() == 3);
    CHECK(lesson.explanation().contains("full 25")); // N = 5: 25 pairs
    CHECK(lesson.explanation().contains("causal 15"));
}

