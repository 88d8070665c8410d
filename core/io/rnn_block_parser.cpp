#include "core/io/rnn_block_parser.h"

#include "core/attention/limits.h"
#include "core/base/translatable.h"

namespace al {

namespace {

// The rows of a matrix whose row count sets d_h (W_x or W_h when nothing before gave it):
// checked against the limit before anything is allocated.
int hiddenSizeFromRows(const JsonField& matrix) {
    const std::size_t rows = matrix.arraySize();
    if (rows > std::size_t(limits::maxModelDim))
        matrix.fail(
            message(QT_TRANSLATE_NOOP("Message", "%1 would be %2; the limit is %3"), "d_h", rows, limits::maxModelDim));
    return int(rows); // 0 is refused by matrix(): "expected at least one row"
}

} // namespace

RnnBlock parseRnnBlock(const JsonField& block, int dModel) {
    block.allowOnly({"hidden_size", "W_x", "W_h", "b"});
    RnnBlock rnn;
    std::optional<int> hiddenSize; // d_h, once a field has given it
    if (auto size = block.optional("hidden_size")) hiddenSize = rnn.hiddenSize = size->integer(1, limits::maxModelDim);
    if (auto W_x = block.optional("W_x")) {
        if (!hiddenSize) hiddenSize = hiddenSizeFromRows(*W_x);
        rnn.W_x = W_x->matrix(*hiddenSize, dModel); // d_h × d_model
    }
    if (auto W_h = block.optional("W_h")) {
        if (!hiddenSize) hiddenSize = hiddenSizeFromRows(*W_h);
        rnn.W_h = W_h->matrix(*hiddenSize, *hiddenSize); // d_h × d_h
    }
    if (auto b = block.optional("b")) {
        const int size = hiddenSize.value_or(dModel); // d_h; d_model when nothing else gives it
        rnn.b.resize(size);
        b->numbersInto(rnn.b.data(), std::size_t(size));
    }
    return rnn;
}

} // namespace al
