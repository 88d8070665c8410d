#include "ui/lessons/transformer/encoder_decoder_parts.h"

#include "core/io/token_ids.h"

#include <algorithm>
#include <cmath>

namespace al::encdec {

const nn::SublayerTrace* decoderSublayer(const nn::TransformerTrace& trace, int layer, nn::SublayerKind kind) {
    if (!trace.decoder || layer < 0 || layer >= int(trace.decoder->layers.size())) return nullptr;
    for (const nn::SublayerTrace& sublayer : trace.decoder->layers[std::size_t(layer)].sublayers)
        if (sublayer.kind == kind) return &sublayer;
    return nullptr;
}

DecoderChoice clampedChoice(const TransformerChoice& choice, const nn::TransformerTrace& trace) {
    DecoderChoice clamped;
    clamped.layer = clampIndex(choice.layer, trace.decoder ? int(trace.decoder->layers.size()) : 0);
    const nn::SublayerTrace* cross = decoderSublayer(trace, clamped.layer, nn::SublayerKind::CrossAttention);
    clamped.head = clampIndex(choice.head, cross ? int(cross->heads.size()) : 0);
    clamped.position = clampIndex(choice.position, int(trace.logits.rows()));
    return clamped;
}

const nn::TransformerTrace* seq2seqPass(const TransformerLessonState& state, Cancellation& cancellation,
                                        StepContent& content) {
    if (state.run->model().task != nn::Task::Seq2Seq) {
        content.explanation = QCoreApplication::translate("al::EncoderDecoderLesson",
                                                          "<p>This lesson shows encoder–decoder (sequence to sequence) "
                                                          "models; this one is for %1. Choose number-words or reverse "
                                                          "above.</p>")
                                  .arg(taskName(state.run->model().task));
        return nullptr;
    }
    const nn::TransformerTrace& trace = state.run->pass(cancellation);
    if (!trace.encoder || !trace.decoder || !decoderSublayer(trace, 0, nn::SublayerKind::CrossAttention)) {
        content.explanation = QCoreApplication::translate(
            "al::EncoderDecoderLesson",
            "<p>This model's decoder has no cross-attention: there is nothing to show.</p>");
        return nullptr;
    }
    return &trace;
}

QString outputToken(const nn::TransformerModel& model, int id) {
    const std::vector<std::string>& tokens = targetTokens(model);
    const QString token = id >= 0 && id < int(tokens.size()) ? QString::fromStdString(tokens[std::size_t(id)]) : "?";
    return QString("“%1”").arg(token.toHtmlEscaped());
}

QString inputToken(const TransformerRun& run, int position) {
    const int id = run.input().at(std::size_t(position));
    return QString("“%1”").arg(QString::fromStdString(run.model().vocabulary.at(std::size_t(id))).toHtmlEscaped());
}

QString outputSequence(const nn::TransformerModel& model, const std::vector<int>& ids, const QString& separator) {
    const std::vector<std::string>& tokens = targetTokens(model);
    QStringList words;
    for (int id : ids)
        words << QString::fromStdString(tokens.at(std::size_t(id))).toHtmlEscaped();
    return words.join(separator);
}

QString plainSequence(const nn::TransformerModel& model, const std::vector<int>& ids) {
    QStringList words;
    for (int id : ids)
        words << QString::fromStdString(targetTokens(model).at(std::size_t(id)));
    return words.join(' ');
}

QString rowTable(int columns, const std::vector<TableLine>& lines) {
    QString table = "<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th align=\"left\">" +
                    QCoreApplication::translate("al::EncoderDecoderLesson", "row") + "</th>";
    for (int c = 0; c < columns; ++c)
        table += "<th>" + QString::number(c + 1) + "</th>";
    table += "</tr>";
    for (const TableLine& line : lines) {
        table += "<tr><th align=\"left\">" + line.title + "</th>";
        for (int c = 0; c < columns; ++c)
            table += "<td align=\"center\">" + line.cells.value(c, QStringLiteral("—")) + "</td>";
        table += "</tr>";
    }
    return table + "</table>";
}

QString tokenCell(const nn::TransformerModel& model, int id) {
    return id >= 0 ? outputSequence(model, {id}, {}) : QStringLiteral("—");
}

ChartData probabilityBars(const QString& id, const QString& title, const TransformerRun& run,
                          const RowVector& probabilities) {
    ChartSeries bars;
    bars.name = QCoreApplication::translate("al::EncoderDecoderLesson", "p");
    bars.kind = ChartSeries::Kind::Bars;
    for (Eigen::Index c = 0; c < probabilities.size(); ++c) {
        bars.x << double(c + 1);
        bars.y << probabilities(c);
    }
    return ChartData{id,
                     title,
                     QCoreApplication::translate("al::EncoderDecoderLesson", "output token"),
                     QCoreApplication::translate("al::EncoderDecoderLesson", "probability"),
                     {std::move(bars)},
                     false,
                     run.outputLabels()};
}

int argmax(const RowVector& row) {
    Eigen::Index best = 0;
    for (Eigen::Index c = 1; c < row.size(); ++c)
        if (row(c) > row(best)) best = c;
    return int(best);
}

QString smallNumber(double value) {
    if (value == 0) return QStringLiteral("0");
    const int exponent = int(std::floor(std::log10(std::abs(value))));
    const double mantissa = value / std::pow(10.0, exponent);
    static const char16_t superscripts[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString power;
    for (QChar ch : QString::number(std::abs(exponent)))
        power += QChar(superscripts[ch.digitValue()]);
    if (exponent < 0) power.prepend(QChar(0x207B)); // ⁻
    return QString::number(mantissa, 'f', 1).replace('-', QChar(0x2212)) + " × 10" + power;
}

} // namespace al::encdec
