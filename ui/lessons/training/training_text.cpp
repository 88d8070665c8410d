#include "ui/lessons/training/training_text.h"

#include "ui/notation.h"

#include <QCoreApplication>

namespace al {
namespace {

struct TrainingText {
    Q_DECLARE_TR_FUNCTIONS(al::TrainingText)
};

QString optimizerText(const train::TrainingSettings& settings) {
    const auto& optimizer = settings.optimizer;
    QString text = optimizer.kind == nn::Optimizer::Adam ? QStringLiteral("Adam") : QStringLiteral("SGD");
    text += QStringLiteral(", η = %1").arg(optimizer.learningRate);
    if (optimizer.kind == nn::Optimizer::Sgd && optimizer.momentum > 0)
        text += QStringLiteral(", μ = %1").arg(optimizer.momentum);
    if (optimizer.weightDecay > 0) text += QStringLiteral(", λ = %1").arg(optimizer.weightDecay);
    return text;
}

QString spelled(const std::vector<int>& ids, const std::vector<std::string>& names) {
    QStringList words;
    for (int id : ids)
        words << QString::fromStdString(names.at(std::size_t(id))).toHtmlEscaped();
    return words.join(' ');
}

// What an example should give, as the review's `predicted` spells it.
std::vector<int> expected(const nn::TransformerModel& model, const nn::Example& example) {
    if (model.task == nn::Task::LanguageModel) return {example.input.begin() + 1, example.input.end()};
    return example.target;
}

} // namespace

QString mistakesSentence(const nn::TransformerModel& model, const std::vector<nn::Example>& examples,
                         const std::vector<train::ExampleReview>& reviews, long long step, int listed) {
    std::vector<const train::ExampleReview*> wrong;
    for (const train::ExampleReview& review : reviews)
        if (!review.correct) wrong.push_back(&review);
    if (wrong.empty()) return TrainingText::tr("At step %1 the model gets every training example right.").arg(step);
    const auto& outputs = model.task == nn::Task::LanguageModel ? model.vocabulary : model.outputs;
    QStringList items;
    for (std::size_t w = 0; w < wrong.size() && int(w) < listed; ++w) {
        const nn::Example& example = examples[std::size_t(wrong[w]->index)];
        items << TrainingText::tr("<li>“%1”: gives <b>%2</b>, should give %3</li>")
                     .arg(spelled(example.input, model.vocabulary))
                     .arg(spelled(wrong[w]->predicted, outputs))
                     .arg(spelled(expected(model, example), outputs));
    }
    return TrainingText::tr("At step %1 the model still gets %n of the %2 training examples wrong:", "",
                            int(wrong.size()))
               .arg(step)
               .arg(reviews.size()) +
           "<ul>" + items.join(QString()) + "</ul>";
}

QString tokenAt(const QStringList& tokens, int index) {
    return QStringLiteral("“%1” (%2)").arg(tokens.value(index).toHtmlEscaped()).arg(index + 1);
}

QString percent(double fraction) {
    return QStringLiteral("%1%").arg(100 * fraction, 0, 'f', 1);
}

QString runSentence(const TrainingProgress& progress, long long step) {
    const PairedDataset& data = *progress.setup.data;
    return TrainingText::tr("Step <b>%1</b> of training on <i>%2</i> (%n training examples; batch %3, %4).", "",
                            int(data.train.size()))
        .arg(step)
        .arg(QString::fromStdString(data.dataset.title).toHtmlEscaped())
        .arg(progress.setup.settings.batch)
        .arg(optimizerText(progress.setup.settings));
}

QString evaluationSentence(const train::Moment& moment) {
    QString text = TrainingText::tr("At step %1, the training set's loss is %2 and its accuracy %3")
                       .arg(moment.step)
                       .arg(notation::number(moment.train.loss, 4))
                       .arg(percent(moment.train.accuracy));
    if (moment.test)
        text += TrainingText::tr("; the test set's loss is %1 and its accuracy %2")
                    .arg(notation::number(moment.test->loss, 4))
                    .arg(percent(moment.test->accuracy));
    return text + '.';
}

QString strongestKeys(const Matrix& weights, const QStringList& queries, const QStringList& keys, int rows) {
    QStringList parts;
    for (Eigen::Index i = 0; i < weights.rows() && i < rows; ++i) {
        Eigen::Index best = 0;
        const double largest = weights.row(i).maxCoeff(&best);
        parts << QStringLiteral("%1 → %2: %3")
                     .arg(tokenAt(queries, int(i)), tokenAt(keys, int(best)), notation::number(largest, 2));
    }
    if (weights.rows() > rows) parts << QStringLiteral("…");
    return parts.join(QStringLiteral("; "));
}

} // namespace al
