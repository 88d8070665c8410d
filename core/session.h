#pragma once
// Where the user was: the optional "session" block a saved session adds to a sample@1
// file (shared FORMATS.md). The core only checks its shape; the app decides what a
// lesson id means and clamps the step and query to the lesson and sample it opens.
#include <string>

namespace al {

struct SessionState {
    std::string lesson = "vectors"; // a lesson id: "walkthrough", "matrix", …
    int step = 0;                   // 0-based step of that lesson
    int query = 0;                  // 0-based query i
    bool rowForm = false;           // the paper's row form instead of the lecture's column form
    std::string colours = "standard"; // "standard" | "high_contrast"

    bool operator==(const SessionState&) const = default;
};

} // namespace al
