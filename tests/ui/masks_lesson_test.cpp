// The masks lesson: M, the scores at −∞ and α′ against the trace, and edits of the graph and
// custom masks reaching the trace.
#include "core/attention/attention.h"
#include "ui/attention_document.h"
#include "ui/lessons/mask_controls.h"
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

// The masks lesson's page on a document with `sample` open, following its traces as the window does.
struct MasksPage {
    AttentionDocument document;
    std::unique_ptr<LessonPage> page;
    explicit MasksPage(const QString& sample) {
        REQUIRE(document.load(samples + sample).isEmpty());
        REQUIRE(document.waitForTrace());
        page = std::make_unique<LessonPage>(std::make_shared<MasksLesson>(), document);
        QObject::connect(&document, &AttentionDocument::traceChanged, page.get(), &LessonPage::setTrace);
        page->setTrace(document.trace());
        REQUIRE(page->waitUntilDrawn());
    }
    void setStep(int step) {
        page->setStep(step);
        REQUIRE(page->waitUntilDrawn());
    }
    MaskComposer* composer() { return qobject_cast<MaskControls*>(page->controls())->composer(); }
    // After an edit: the new trace, and the page drawn from it.
    void settle() {
        REQUIRE(document.waitForTrace());
        REQUIRE(page->waitUntilDrawn());
    }
};
} // namespace

TEST_CASE("masks: M, the scores at −∞ and α′ are the trace's", "[lessons][masks]") {
    MasksPage masks("speech-frames.json");
    masks.setStep(1);
    const LessonPage& lesson = *masks.page;
    const Trace& t = *masks.document.trace();
    test::requireHolds(test::shownHeatmap(lesson, "mask"), t.mask.cast<double>());
    test::requireHolds(test::shownHeatmap(lesson, "weights"), t.attention(0)->weights);
    const Matrix scores = test::shownHeatmap(lesson, "masked_scores")->data().values.toMatrix();
    for (int i = 0; i < t.tokenCount(); ++i)
        for (int j = 0; j < t.tokenCount(); ++j) {
            if (t.mask(i, j))
                CHECK(scores(i, j) == t.attention(0)->scores(i, j));
            else
                CHECK(std::isnan(scores(i, j))); // drawn as −∞
        }
}

TEST_CASE("masks: editing the graph or clicking M changes the trace", "[lessons][masks]") {
    MasksPage masks("molecule-ethanol.json");
    const AttentionDocument& document = masks.document;
    REQUIRE(document.trace()->mask(0, 2) == 0); // C₁ and O are not bonded

    masks.composer()->graphEditor()->toggleEdge(0, 2);
    masks.settle();
    CHECK(document.trace()->mask(0, 2) == 1);
    CHECK(document.trace()->mask(2, 0) == 1); // undirected
    masks.composer()->graphEditor()->toggleEdge(2, 0);
    masks.settle();
    CHECK(document.trace()->mask(0, 2) == 0);

    REQUIRE(document.trace()->mask(1, 1) == 1);
    masks.composer()->toggleCell(1, 1); // a custom cell off
    masks.settle();
    CHECK(document.trace()->mask(1, 1) == 0);
    CHECK(document.trace()->mask(0, 1) == 1); // the graph is still there
    masks.composer()->toggleCell(1, 1);
    masks.settle();
    CHECK(document.trace()->mask(1, 1) == 1);

    // A query left with no key is reported, and its weights are 0, not NaN.
    for (int key = 0; key < document.trace()->tokenCount(); ++key)
        if (document.trace()->mask(8, key)) {
            masks.composer()->toggleCell(8, key);
            masks.settle();
        }
    CHECK(document.trace()->fullyMaskedQueries == std::vector<int>{8});
    CHECK(document.trace()->attention(0)->weights.row(8).cwiseAbs().maxCoeff() == 0.0);
    masks.setStep(0);
    CHECK(test::shownHeatmap(*masks.page, "mask")->data().rowLabels[8].contains("fully masked"));
}

TEST_CASE("masks: the cost chart draws full, causal and window", "[lessons][masks]") {
    MasksPage masks("decoder-causal.json");
    masks.setStep(2);
    const LessonPage& lesson = *masks.page;
    const auto plots = lesson.visiblePlots();
    REQUIRE(plots.size() == 1);
    CHECK(qobject_cast<ChartView*>(plots[0])->seriesCount() == 3);
    CHECK(lesson.explanation().contains("full 25")); // N = 5: 25 pairs
    CHECK(lesson.explanation().contains("causal 15"));
}
