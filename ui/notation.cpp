#include "ui/notation.h"

#include <QCoreApplication>

#include <cmath>

namespace al::notation {

QString sup(const QString& base, int index0) {
    return QString("%1<sup>%2</sup>").arg(base).arg(index0 + 1);
}

QString sub(const QString& base, int i0, int j0) {
    return QString("%1<sub>%2,%3</sub>").arg(base).arg(i0 + 1).arg(j0 + 1);
}

namespace {
QString digits(int value, const char16_t* table) {
    QString text;
    for (QChar ch : QString::number(value))
        text += QChar(table[ch.digitValue()]);
    return text;
}
const char16_t superscripts[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
const char16_t subscripts[] = u"₀₁₂₃₄₅₆₇₈₉";
} // namespace

QString plainSup(const QString& base, int index0) {
    return base + digits(index0 + 1, superscripts);
}

QString plainSub(const QString& base, int i0, int j0) {
    return base + digits(i0 + 1, subscripts) + "," + (j0 < 0 ? QString(QChar(0x2C7C)) : digits(j0 + 1, subscripts));
}

QString number(double value, int decimals) {
    if (value == 0) value = 0;                                                             // no "−0"
    if (std::isinf(value)) return value > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞"); // an overflow
    if (std::isnan(value)) return QStringLiteral("∞ − ∞"); // what an overflowed score that is not a number came from
    QString text = std::abs(value) >= 1e5 || (value != 0 && std::abs(value) < std::pow(10.0, -decimals))
                       ? QString::number(value, 'g', decimals + 1)
                       : QString::number(value, 'f', decimals);
    return text.replace('-', QChar(0x2212));
}

QString vector(const RowVector& values, int decimals) {
    QStringList parts;
    for (Eigen::Index d = 0; d < values.size(); ++d)
        parts << number(values(d), decimals);
    return "[" + parts.join(", ") + "]";
}

QString productSum(const RowVector& left, const RowVector& right, int limit) {
    QStringList terms;
    auto wrap = [](double v) { return v < 0 ? "(" + number(v) + ")" : number(v); };
    for (Eigen::Index d = 0; d < left.size() && d < limit; ++d)
        terms << wrap(left(d)) + "×" + wrap(right(d));
    if (left.size() > limit) terms << "…";
    return terms.join(" + ");
}

QString tokenLabel(const std::vector<std::string>& tokens, int index) {
    return QString("“%1”").arg(QString::fromStdString(tokens.at(std::size_t(index))));
}

QStringList tokenLabels(const std::vector<std::string>& tokens) {
    QStringList labels;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        labels << QString("%1 %2").arg(i + 1).arg(QString::fromStdString(tokens[i]));
    return labels;
}

QStringList indexLabels(int count, const QString& prefix) {
    QStringList labels;
    for (int i = 0; i < count; ++i)
        labels << prefix + QString::number(i + 1);
    return labels;
}

QString positionalName(PositionalEncoding encoding) {
    switch (encoding) {
    case PositionalEncoding::None:
        return QCoreApplication::translate("Notation", "none");
    case PositionalEncoding::Sinusoidal:
        return QCoreApplication::translate("Notation", "sinusoidal");
    case PositionalEncoding::Learned:
        return QCoreApplication::translate("Notation", "learned");
    }
    return {};
}

QString kernelTitle(const QString& title) {
    // The titles of samples/kernels/*.json, for lupdate.
    static const char* const bundled[] = {QT_TRANSLATE_NOOP("KernelTitles", "box blur 3 × 3"),
                                          QT_TRANSLATE_NOOP("KernelTitles", "box blur 5 × 5"),
                                          QT_TRANSLATE_NOOP("KernelTitles", "edges (Laplacian)"),
                                          QT_TRANSLATE_NOOP("KernelTitles", "identity"),
                                          QT_TRANSLATE_NOOP("KernelTitles", "Sobel, horizontal gradient"),
                                          QT_TRANSLATE_NOOP("KernelTitles", "Sobel, vertical gradient")};
    for (const char* known : bundled)
        if (title == QString::fromUtf8(known)) return QCoreApplication::translate("KernelTitles", known);
    return title;
}

} // namespace al::notation
