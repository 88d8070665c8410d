#pragma once
// The mask M of MATH.md §4: N×N, M(i, j) = 1 when query i may attend to key j.
//
//            key j →
//   query i  1 0 0 0      causal: row i allows keys 0…i
//      ↓     1 1 0 0
//            1 1 1 0
//            1 1 1 1
#include "core/attention/model.h"
#include "core/base/matrix.h"
#include "core/base/message.h"

#include <string>
#include <vector>

namespace al {

MaskMatrix buildMask(const MaskSpec& mask, int tokens);

// M(query, key) of one mask, without building the N×N matrix (for one cell at a time).
// Requires checkMask(mask, N) == "" and both indices below N.
bool allows(const MaskSpec& mask, int query, int key);

// "" when the mask fits N tokens (the rules the loader applies to a file), otherwise what
// is wrong. buildMask requires it: for edits that do not come through the loader.
Message checkMask(const MaskSpec& mask, int tokens);

// The AND of every listed mask; all ones when the list is empty.
MaskMatrix combineMasks(const std::vector<MaskSpec>& masks, int tokens);

} // namespace al
