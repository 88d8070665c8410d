#pragma once
// Editing the sentence itself: inserting, renaming and removing tokens.
//
// A token's vector follows its text: the vector of a token of the sentence with exactly
// the same text when there is one (the same word, the same vector, even a hand-made one),
// else tokenVector(seed, text). What depends on N follows the tokens:
// - masks: the padding mask's valid length grows when a token is inserted before its end
//   and shrinks when one is removed there (the mask goes when no valid token is left);
//   graph edges keep joining the same tokens (a new token has none: it attends to itself);
//   the cells of a custom mask keep their pairs (a new token's row and column allow all).
// - learned positions: one row per position, so N + 1 positions gain one generated row
//   (as in core/attention/reconfigure.h) and N − 1 positions drop the last.
// Every edit respects core/attention/limits.h and checkConfig (heads · N²).
#include "core/attention/model.h"
#include "core/base/message.h"

#include <string>
#include <vector>

namespace al {

struct SentenceEdit {
    Message refusal;            // not empty: the edit is refused and `sample` is unchanged
    Sample sample;              // the sample after the edit
    std::vector<Message> notes; // what came with it: where the vector came from, masks adjusted
};

// Inserts a token at `index` (0 … N; N appends). `text` is UTF-8.
SentenceEdit insertToken(const Sample& sample, int index, const std::string& text);
// Gives token `index` a new text and the vector that goes with it.
SentenceEdit renameToken(const Sample& sample, int index, const std::string& text);
// Removes token `index`; a sentence keeps at least one token.
SentenceEdit removeToken(const Sample& sample, int index);

} // namespace al
