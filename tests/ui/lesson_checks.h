#pragma once
// Helpers for the lesson tests: find a heatmap a lesson shows, and compare it with a matrix.
#include "core/attention/attention.h"
#include "core/base/matrix.h"
#include "core/io/sample_loader.h"
#include "ui/attention_document.h"
#include "ui/lesson_page.h"
#include "ui/lessons/lesson.h"
#include "ui/widgets/heatmap_view.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace al::test {

// The trace of a bundled sample, e.g. sampleTrace("animal-street.json").
inline std::shared_ptr<const Trace> sampleTrace(const char* name) {
    return std::make_shared<const Trace>(run(loadSample(std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/" + name)));
}

// A lesson's page as the window makes it, drawn from `trace`; every change waits until the
// page has drawn what the lesson described on its worker thread.
struct PageOf {
    AttentionDocument document; // for the lessons whose controls edit it
    LessonPage page;
    PageOf(std::shared_ptr<const Lesson> lesson, std::shared_ptr<const Trace> trace)
        : page(std::move(lesson), document) {
        page.resize(1200, 800);
        page.setTrace(std::move(trace));
        drawn();
    }
    void drawn() { REQUIRE(page.waitUntilDrawn(60'000)); }
    void setStep(int step) {
        page.setStep(step);
        drawn();
    }
    void setQuery(int query) {
        page.setQuery(query);
        drawn();
    }
    void setTrace(std::shared_ptr<const Trace> trace) {
        page.setTrace(std::move(trace));
        drawn();
    }
    LessonPage* operator->() { return &page; }
};

// The heatmap with this id among those the lesson's current step shows, or nullptr.
inline const HeatmapView* shownHeatmap(const LessonPage& lesson, const QString& id) {
    for (const HeatmapView* view : lesson.visibleHeatmaps())
        if (view->data().id == id) return view;
    return nullptr;
}

// Every value the view holds, and every value its colour map draws, equals `expected`.
inline void requireHolds(const HeatmapView* view, const Matrix& expected) {
    REQUIRE(view != nullptr);
    REQUIRE(view->data().values.rows() == expected.rows());
    REQUIRE(view->data().values.cols() == expected.cols());
    for (Eigen::Index r = 0; r < expected.rows(); ++r)
        for (Eigen::Index c = 0; c < expected.cols(); ++c) {
            CHECK(view->data().values(r, c) == expected(r, c));
            CHECK(view->cellValue(int(r), int(c)) == expected(r, c));
        }
}

} // namespace al::test
