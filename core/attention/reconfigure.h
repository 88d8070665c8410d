#pragma once
// Changing a model's configuration the way an editing user expects: what still fits is
// kept (with any edits), only what is new is generated from the seed.
//
// What "fits" means, matrix by matrix (d_model never changes):
// - W^q, W^k, W^v ((H·d_k) × d_model, (H·d_v) × d_model): row r computes entry r of every
//   q (k, v), whichever head's segment that entry falls in. A change of H, d_k or d_v keeps
//   every row that still exists; rows added are generated. So with d_k = d_model / H the
//   matrices keep their shape and every value, and only the split into heads changes;
//   with d_k fixed, the heads that remain keep their rows and new heads get new ones.
// - W^o (d_model × (H·d_v)): column c takes entry c of the concatenation; kept likewise.
// - w_a (H × d_k): row h is head h's; rows of remaining heads are kept while d_k stays.
// - the learned positions (N × d_model): one row per position, kept while N stays.
// Generated rows (columns) are those of the matrix the seed gives at the new shape. A new
// seed regenerates everything: that is what it is for.
#include "core/attention/model.h"
#include "core/base/message.h"

#include <string>
#include <vector>

namespace al {

// "" when `config` is acceptable for a sample of `tokens` × d_model (same limits as the
// loader), otherwise what is wrong, e.g. "d_k must be from 1 to 1024".
Message checkConfig(const ModelConfig& config, int tokens);

// Requires checkConfig(next, tokens) == "" and next.dModel == model.config.dModel.
// `generated`, when given, receives one line per matrix that was (partly) generated or cut,
// e.g. "W^q: rows 5–8 generated from seed 1 (now 8 × 8), rows 1–4 kept".
Model reconfigure(const Model& model, const ModelConfig& next, int tokens, std::vector<Message>* generated = nullptr);

} // namespace al
