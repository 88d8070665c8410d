#pragma once
// Heatmaps of a Transformer stack's matrices (core/nn/transformer_trace.h), as every
// Transformer lesson draws them: one row per position (a token of the sequence the stack
// read), one column per dimension; attention maps with the queries as rows and the keys as
// columns. The matrices stay the run's own: a view keeps the run (and its pass) alive.
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"
#include "ui/lessons/lesson.h"
#include "ui/lessons/transformer/run_plots.h"
#include "ui/lessons/transformer/transformer_lesson.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace al::stack_plots {

// A matrix with one row per position and one column per dimension (embeddings, residuals,
// LayerNorm's outputs, the feed-forward network's hidden layer): signed numbers, diverging
// colours; hovering a cell names its position, dimension and value. The axes are "position"
// and "dimension" unless named.
HeatmapData positionsByDimension(const QString& id, const QString& title, SharedMatrix values,
                                 const QStringList& positions, const QString& columnAxis = {},
                                 const QString& rowAxis = {});

// One head's α′ (R × C): rows the queries, columns the keys, each named by its token;
// hovering says how much the query attends to the key.
HeatmapData headAttention(const QString& id, const QString& title, SharedMatrix weights, const QStringList& queries,
                          const QStringList& keys);

// A heatmap with the row of `position` outlined.
PlotContent followingPosition(HeatmapData data, int position);

// Puts the heatmaps among `plots` (indices into content.plots) on one colour scale.
void compareColours(StepContent& content, const std::vector<int>& plots);

// The choice clamped to the stack shown: layer < layers, head < heads, position < positions
// (each at least 0).
TransformerChoice clamped(TransformerChoice choice, int layers, int heads, int positions);

// The sublayer of that kind in a layer, or null (the feed-forward-only baseline has no attention).
const nn::SublayerTrace* sublayerOf(const nn::LayerTrace& layer, nn::SublayerKind kind);

// A vector of the model's weights by its state-dict name ("encoder.layers.0.norm1.weight"),
// or an empty one when the model has none of that name.
RowVector namedVector(const nn::TransformerModel& model, const std::string& name);

// The state-dict name of the LayerNorm that wraps sublayer `index` (0-based) of encoder layer
// `layer`: "encoder.layers.1.norm2". The baseline's single sublayer is wrapped by norm2.
std::string encoderNormName(const nn::TransformerModel& model, int layer, int index);

// "[0.31, −1.20, …, 0.05]": the first `limit` entries of a long vector and its last one.
QString shortVector(const RowVector& values, int limit = 6, int decimals = 2);

// Positions whose token occurs more than once in the input ("saw" twice), in order.
std::vector<int> repeatedPositions(const TransformerRun& run);

// The token of position i of the input, as text: "saw".
QString inputToken(const TransformerRun& run, int position);

} // namespace al::stack_plots
