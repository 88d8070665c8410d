#pragma once
// The explanations of the classification lesson's steps, with the actual numbers,
// translated in the lesson's context (al::ClassificationLesson).
#include "core/base/matrix.h"
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace al::classification {

QString noEncoder();
QString noAttentionText();
QString attentionText(int layers, int layer, int head, const QStringList& labels, int query, int topKey,
                      double topWeight);
// `output`: h (N × d); `pooled`: c (1 × d); `shown`: the column worked out; `difference`:
// the largest |mean of h's rows − c| over every column.
QString poolingText(const Matrix& output, const Matrix& pooled, int shown, double difference);
// `other`: the same model on the contrasting sentence `otherText`, or null.
QString labelText(const nn::TransformerModel& model, const nn::TransformerTrace& trace,
                  const nn::TransformerTrace* other, const QString& typed, const QString& otherText);
QString sentence(const nn::TransformerModel& model, const std::vector<int>& ids); // "the film is good"

} // namespace al::classification
