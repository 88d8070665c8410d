#pragma once
// The optional "rnn" block of a sample@1 file (FORMATS.md, MATH.md §11):
//   "rnn": {"hidden_size": d_h, "W_x": d_h × d_model, "W_h": d_h × d_h, "b": d_h}
// every field optional. Kept as given (RnnBlock), so that a saved sample writes back what it
// read; core/rnn fills in the rest from the seed.
#include "core/attention/rnn_block.h"
#include "core/io/json_field.h"

namespace al {

// d_h is hidden_size when given, else the rows of W_x, else the rows of W_h, else d_model;
// every given part must agree with it (W_x d_h × d_model, W_h d_h × d_h, b d_h numbers).
// Refuses unknown fields, wrong shapes, non-finite numbers and d_h outside 1 … maxModelDim,
// naming the field ("rnn.W_h[1]").
RnnBlock parseRnnBlock(const JsonField& block, int dModel);

} // namespace al
