#include "ui/core_messages.h"

#include <QCoreApplication>

namespace al {

namespace {
QString inLanguage(const std::string& english) {
    return QCoreApplication::translate("Message", english.c_str());
}
} // namespace

QString translated(const Message& message) {
    return QString::fromStdString(
        message.text([](const std::string& english) { return inLanguage(english).toStdString(); }));
}

QString describe(const InputError& error) {
    QString line = error.file().empty() ? QString() : QString::fromStdString(error.file()) + ": ";
    if (!error.field().empty()) line += QString::fromStdString(error.field()) + ": ";
    return line + translated(error.problemMessage());
}

} // namespace al
