#include "ui/lessons/transformer/classification_text.h"

#include "ui/lessons/transformer/classification_lesson.h"
#include "ui/notation.h"

namespace al::classification {

namespace n = notation;

namespace {
QString labelOf(const nn::TransformerModel& model, int id) {
    return QStringLiteral("“%1”").arg(QString::fromStdString(model.outputs.at(std::size_t(id))).toHtmlEscaped());
}

// "positive 0.999, negative 0.001"
QString perLabel(const nn::TransformerModel& model, const RowVector& values, int decimals) {
    QStringList parts;
    for (Eigen::Index c = 0; c < values.size(); ++c)
        parts << QStringLiteral("%1 %2").arg(labelOf(model, int(c)), n::number(values[c], decimals));
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString sentence(const nn::TransformerModel& model, const std::vector<int>& ids) {
    QStringList words;
    for (int id : ids)
        words << QString::fromStdString(model.vocabulary.at(std::size_t(id)));
    return words.join(' ');
}

QString noEncoder() {
    return ClassificationLesson::tr("<p>This model has no encoder output to pool. Open a classification model.</p>");
}

QString noAttentionText() {
    return ClassificationLesson::tr(
        "<p>This model has no attention (the feed-forward-only baseline): each token's vector goes through the "
        "feed-forward networks alone and never sees another token. The map shows the encoder's output; the mean "
        "pooling of the next step is the only place where the tokens meet.</p>");
}

QString attentionText(int layers, int layer, int head, const QStringList& labels, int query, int topKey,
                      double topWeight) {
    return ClassificationLesson::tr(
               "<p>A classifier reads the sentence with the Transformer's encoder alone (layers: %1), each layer a "
               "multi-head self-attention then a feed-forward network, with residual and LayerNorm. Nothing is masked: "
               "every "
               "token attends to every token, before and after it.</p>"
               "<p>Layer %2, head %3: %4 attends most to %5 (α′ = %6). This is how a word such as “not” and "
               "the word it changes can see each other, which no sum of word-by-word scores can do.</p>")
        .arg(QString::number(layers), QString::number(layer + 1), QString::number(head + 1),
             labels.value(query).toHtmlEscaped(), labels.value(topKey).toHtmlEscaped(), n::number(topWeight, 3));
}

QString poolingText(const Matrix& output, const Matrix& pooled, int shown, double difference) {
    const int count = int(output.rows());
    QStringList terms;
    for (int i = 0; i < count && i < 8; ++i)
        terms << (output(i, shown) < 0 ? QStringLiteral("(%1)") : QStringLiteral("%1"))
                     .arg(n::number(output(i, shown), 3));
    if (count > 8) terms << QStringLiteral("…");
    return ClassificationLesson::tr(
               "<p>The notes name two kinds of output for a sequence of N vectors: one label per vector "
               "(labelling, as “I saw a saw” gets PRON VERB DET NOUN) or <b>one label for the whole "
               "sequence</b> (classification, as a review is positive or negative). For the second, the N output "
               "vectors of the encoder are made into one: their mean, c = (h¹ + … + h<sup>N</sup>) / N.</p>") +
           ClassificationLesson::tr(
               "<p>Here N = %1. Dimension %2, for example: c = (%3) / %1 = %4. Hover a cell of c to outline "
               "the column it averages. (Computed again from the rows of h, the mean differs from c by at most "
               "%5.)</p><p>The mean does not depend on where a word is; the order only counts through "
               "what attention and the positional encoding put into each h<sup>i</sup>.</p>")
               .arg(QString::number(count), QString::number(shown + 1), terms.join(QStringLiteral(" + ")),
                    n::number(pooled(0, shown), 4), QString::number(difference, 'g', 2).replace('-', QChar(0x2212)));
}

QString labelText(const nn::TransformerModel& model, const nn::TransformerTrace& trace,
                  const nn::TransformerTrace* other, const QString& typed, const QString& otherText) {
    const int predicted = trace.predictions.front();
    QString text =
        ClassificationLesson::tr(
            "<p>The output layer maps the pooled vector c to one logit per label, z = W c + b: %1. "
            "Softmax makes them probabilities: %2. The label is the most likely one: "
            "<b>%3</b> (p = %4) for the whole of “%5”.</p>")
            .arg(perLabel(model, trace.logits.row(0), 3), perLabel(model, trace.probabilities.row(0), 4),
                 labelOf(model, predicted), n::number(trace.probabilities(0, predicted), 4), typed.toHtmlEscaped());
    if (other) {
        const int otherPredicted = other->predictions.front();
        text +=
            ClassificationLesson::tr("<p>The same model on “%1” says <b>%2</b> (p = %3): the second bar at each label. "
                                     "Type it in the input above to follow it through every step.</p>")
                .arg(otherText.toHtmlEscaped(), labelOf(model, otherPredicted),
                     n::number(other->probabilities(0, otherPredicted), 4));
    } else {
        text += ClassificationLesson::tr("<p>Type another sentence in the input above to see its label change.</p>");
    }
    return text;
}

} // namespace al::classification
