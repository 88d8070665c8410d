#pragma once
// Where the user was: the lesson, its step, the query, the form and the colours, which a
// saved session keeps in its file's "session" block (core/attention/session_block.h). The app decides
// what a lesson id means and clamps the step and query to the lesson and sample it opens.
#include "core/attention/session_block.h"

#include <string>

namespace al {

struct SessionState {
    std::string lesson = "vectors";   // a lesson id: "walkthrough", "matrix", …
    int step = 0;                     // 0-based step of that lesson
    int query = 0;                    // 0-based query i
    bool rowForm = false;             // the paper's row form instead of the lecture's column form
    std::string colours = "standard"; // "standard" | "high_contrast"

    bool operator==(const SessionState&) const = default;

    // From a file's block (checked by the loader); a field it leaves out keeps its default.
    static SessionState fromBlock(const SessionBlock& block);
    // The block to save: every field, in the format's order (core/attention/session_block.h).
    SessionBlock toBlock() const;
};

} // namespace al
