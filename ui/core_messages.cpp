#include "ui/core_messages.h"

#include <QCoreApplication>

namespace al {

namespace {
QString inLanguage(const std::string& english) {
    return QCoreApplication::translate("Message", english.c_str());
}
} // namespace

QString translated(const Message& message) {
    // One pass, like Message::text(): a value that itself holds "%2" (a token, a file
    // name) is never taken for a placeholder, as chained QString::arg calls would.
    const QString pattern = inLanguage(message.pattern);
    QString text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar next = i + 1 < pattern.size() ? pattern[i + 1] : QChar();
        if (pattern[i] == '%' && next >= '1' && next <= '9' && std::size_t(next.digitValue() - 1) < message.args.size()) {
            text += inLanguage(message.args[std::size_t(next.digitValue() - 1)]);
            ++i;
        } else {
            text += pattern[i];
        }
    }
    return text;
}

QString describe(const InputError& error) {
    QString line = error.file().empty() ? QString() : QString::fromStdString(error.file()) + ": ";
    if (!error.field().empty()) line += QString::fromStdString(error.field()) + ": ";
    return line + translated(error.problemMessage());
}

} // namespace al
