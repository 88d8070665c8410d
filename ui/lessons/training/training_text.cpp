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

} // namespace

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
