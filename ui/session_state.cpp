#include "ui/session_state.h"

namespace al {

SessionState SessionState::fromBlock(const SessionBlock& block) {
    SessionState state;
    state.lesson = block.text("lesson").value_or(state.lesson);
    state.step = int(block.integer("step").value_or(state.step));
    state.query = int(block.integer("query").value_or(state.query));
    state.rowForm = block.boolean("row_form").value_or(state.rowForm);
    state.colours = block.text("colours").value_or(state.colours);
    return state;
}

SessionBlock SessionState::toBlock() const {
    SessionBlock block;
    block.set("lesson", lesson);
    block.set("step", std::int64_t{step});
    block.set("query", std::int64_t{query});
    block.set("row_form", rowForm);
    block.set("colours", colours);
    return block;
}

} // namespace al
