#pragma once
// What the encoder–decoder lesson's steps share: the pass and the sublayers they show, the
// choice clamped to what the model and input have, labels, and the probability bars.
#include "ui/lessons/transformer/encoder_decoder_lesson.h"
#include "ui/lessons/transformer/run_plots.h"

#include <memory>
#include <optional>

namespace al::encdec {

// The sublayer of that kind in decoder layer `layer`, or null.
const nn::SublayerTrace* decoderSublayer(const nn::TransformerTrace& trace, int layer, nn::SublayerKind kind);

// The choice, clamped to a seq2seq pass: a decoder layer, a head, a decoder row.
struct DecoderChoice {
    int layer = 0, head = 0, position = 0;
};
DecoderChoice clampedChoice(const TransformerChoice& choice, const nn::TransformerTrace& trace);

// The pass every step shows, or nullopt (with `content` saying why) when the model is not
// an encoder–decoder with attention.
const nn::TransformerTrace* seq2seqPass(const TransformerLessonState& state, Cancellation& cancellation,
                                        StepContent& content);

// A token of the outputs, as HTML ("&lt;bos&gt;"), in quotes: “三”.
QString outputToken(const nn::TransformerModel& model, int id);
// An input token by position, as HTML, in quotes.
QString inputToken(const TransformerRun& run, int position);
// The decoder's tokens joined: "&lt;bos&gt; 三 百", HTML.
QString outputSequence(const nn::TransformerModel& model, const std::vector<int>& ids, const QString& separator);

// Plain text of output ids: "三 百 二 十 一 <eos>", for the figures.
QString plainSequence(const nn::TransformerModel& model, const std::vector<int>& ids);

// A table for an explanation with one column per row of the decoder: a header of row
// numbers, then one line per entry, its title and its cells (HTML; "—" for a missing one).
struct TableLine {
    QString title;
    QStringList cells;
};
QString rowTable(int columns, const std::vector<TableLine>& lines);
// The cell of an output token by id (−1: none).
QString tokenCell(const nn::TransformerModel& model, int id);

// Bars of one row of probabilities over the output vocabulary.
ChartData probabilityBars(const QString& id, const QString& title, const TransformerRun& run,
                          const RowVector& probabilities);

// The argmax of a row (lowest index on a tie).
int argmax(const RowVector& row);

// "3.3 × 10⁻¹⁶", or "0" for an exact zero: a tiny difference, read as a figure.
QString smallNumber(double value);

} // namespace al::encdec
