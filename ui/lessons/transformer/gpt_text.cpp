#include "ui/lessons/transformer/gpt_text.h"

#include "core/io/token_ids.h"
#include "ui/lessons/transformer/gpt_lesson.h"
#include "ui/lessons/transformer/run_plots.h"
#include "ui/notation.h"

namespace al::gpt {

namespace n = notation;

namespace {
QString token(const nn::TransformerModel& model, int id) {
    return quoted(targetTokens(model).at(std::size_t(id)));
}

QString joined(const nn::TransformerModel& model, const std::vector<int>& ids) {
    QStringList words;
    for (int id : ids)
        words << QString::fromStdString(targetTokens(model).at(std::size_t(id))).toHtmlEscaped();
    return words.join(' ');
}
} // namespace

QString subscript(int number) {
    static const QString digits = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
    QString text;
    for (QChar c : QString::number(number))
        text += digits[c.digitValue()];
    return text;
}

QString noDecoder() {
    return GptLesson::tr("<p>This model has no decoder to read the prompt with. Open a language model "
                         "(task language_model).</p>");
}

QString noAttention() {
    return GptLesson::tr("<p>This model has no attention: nothing to show in this step.</p>");
}

QString nothingToGenerate(int promptLength, int maxLength) {
    return GptLesson::tr("<p>The prompt has %1 tokens and the model reads at most max_length = %2: there is no room "
                         "to generate another token. Type a shorter prompt.</p>")
        .arg(promptLength)
        .arg(maxLength);
}

QString causalText(const CausalFigures& f, int layer, int head, const QStringList& labels, int query) {
    return GptLesson::tr("<p>GPT is the Transformer's decoder alone: a stack of %1 decoder layers, each a Masked "
                         "Self-attention followed by a feed-forward network (with residual and LayerNorm). There "
                         "is no encoder, so no cross-attention.</p>"
                         "<p>The causal mask M lets query i attend to keys j ≤ i only: %2 of the %3 pairs "
                         "(N(N+1)/2 with N = %4). Masked scores are −∞ before softmax, so the upper triangle of "
                         "α′ is zero: its largest entry there is %5.</p>")
               .arg(f.layers)
               .arg(f.allowed)
               .arg(f.count * f.count)
               .arg(f.count)
               .arg(QString::number(f.aboveDiagonal, 'g', 3)) +
           GptLesson::tr("<p>Layer %1, head %2, query %3: its weights over keys 1 … %4 sum to %5; it attends most to "
                         "%6 (α′ = %7).</p>"
                         "<p>Because no position sees the ones after it, one pass over a text trains every next-token "
                         "prediction at once (teacher forcing), and generation can add one token at a time without "
                         "changing what came before.</p>")
               .arg(QString::number(layer + 1), QString::number(head + 1), labels.value(query).toHtmlEscaped(),
                    QString::number(query + 1), n::number(f.rowSum, 4), labels.value(f.topKey).toHtmlEscaped(),
                    n::number(f.topWeight, 3));
}

QString nextTokenText(const NextTokenFigures& f, const std::vector<std::string>& tokens, const std::vector<int>& ids,
                      int position, int predicted, double probability) {
    QString text = GptLesson::tr("<p>The output layer reads the decoder's last vector at each position i and gives, "
                                 "by softmax over the %1 tokens of the vocabulary, the probability of the next token: "
                                 "row i reads tokens 1 … i and predicts token i + 1.</p>")
                       .arg(tokens.size());
    text += GptLesson::tr("<p>Position %1 (%2): the top choice is %3 with p = %4.")
                .arg(QString::number(position + 1), quoted(tokens.at(std::size_t(ids[std::size_t(position)]))),
                     quoted(tokens.at(std::size_t(predicted))), n::number(probability, 3));
    if (position < int(f.rows.size())) {
        const NextTokenRow& row = f.rows[std::size_t(position)];
        text += ' ' + (row.predicted == row.actual
                           ? GptLesson::tr("The prompt's next token is %1: right.")
                                 .arg(quoted(tokens.at(std::size_t(row.actual))))
                           : GptLesson::tr("The prompt's next token is %1, which gets p = %2: wrong.")
                                 .arg(quoted(tokens.at(std::size_t(row.actual))), n::number(row.actualProbability, 3)));
    } else {
        text += ' ' + GptLesson::tr("This is the last position: what it predicts is the prompt's continuation.");
    }
    text += QStringLiteral("</p>");
    if (!f.rows.empty()) {
        QStringList marks;
        for (const NextTokenRow& row : f.rows)
            marks << QStringLiteral("%1→%2 %3")
                         .arg(QString::fromStdString(tokens.at(std::size_t(ids[std::size_t(row.position)])))
                                  .toHtmlEscaped(),
                              QString::fromStdString(tokens.at(std::size_t(row.actual))).toHtmlEscaped(),
                              row.predicted == row.actual ? QStringLiteral("✓") : QStringLiteral("✗"));
        text += GptLesson::tr("<p>Over the prompt, %1 of the %2 next tokens are the top choice: %3. Training compares "
                              "every row with the actual next token at once (cross-entropy).</p>")
                    .arg(QString::number(f.right), QString::number(f.rows.size()), marks.join(QStringLiteral(", ")));
    }
    return text;
}

QString continuationTokens(const nn::TransformerModel& model, const GenerationSteps& generation) {
    QStringList words;
    for (int id : generation.generated)
        words << QString::fromStdString(targetTokens(model).at(std::size_t(id)));
    return words.join(' ');
}

QString continuationText(const nn::TransformerModel& model, const std::vector<int>& prompt,
                         const GenerationSteps& generation, int step, double probability) {
    const std::vector<int>& generated = generation.generated;
    QStringList continued;
    for (int t = 0; t < int(generated.size()); ++t) {
        const QString word =
            QString::fromStdString(targetTokens(model).at(std::size_t(generated[std::size_t(t)]))).toHtmlEscaped();
        continued << (t == step ? QStringLiteral("<b>%1</b>").arg(word) : word);
    }
    const int read = int(prompt.size()) + step;
    QString text = GptLesson::tr("<p>Generation is autoregressive: the model reads the prompt, appends its most likely "
                                 "next token, and reads again — one pass per token, each pass one row longer. Thanks "
                                 "to the causal mask the rows already read come out as before; only the new last row "
                                 "is new.</p>");
    text += GptLesson::tr("<p>Step %1 reads %2 tokens (%3) and writes ŷ%4 = %5 with p = %6.</p>")
                .arg(QString::number(step + 1), QString::number(read),
                     joined(model, std::vector<int>(generation.passes[std::size_t(step)].decoder->tokens)),
                     subscript(step + 1), token(model, generated[std::size_t(step)]), n::number(probability, 3));
    text += GptLesson::tr("<p>The prompt continued: %1 → %2 (%3).</p>")
                .arg(joined(model, prompt), continued.join(' '),
                     generation.reachedEnd
                         ? GptLesson::tr("stopped at <eos>")
                         : GptLesson::tr("stopped at max_length = %1 tokens").arg(model.architecture.maxLength));
    return text;
}

} // namespace al::gpt
