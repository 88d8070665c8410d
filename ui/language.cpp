#include "ui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace al {

namespace {
QString current = QStringLiteral("en");
std::vector<std::unique_ptr<QTranslator>> installed;
} // namespace

QStringList availableLanguages() {
    return {"en", "zh_CN"};
}

QString languageName(const QString& code) {
    if (code == "zh_CN") return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString resolveLanguage(const QString& requested) {
    QString code = requested.trimmed();
    if (code.isEmpty() || code == "system") code = QLocale::system().name();
    code = code.section('.', 0, 0).replace('-', '_'); // "zh-CN.UTF-8" → "zh_CN"
    if (code == "C" || code == "POSIX" || code.startsWith("en")) return "en";
    if (code == "zh" || code.startsWith("zh_CN") || code.startsWith("zh_SG") || code.startsWith("zh_Hans"))
        return "zh_CN";
    return requested.trimmed().isEmpty() || requested == "system" ? QStringLiteral("en") : QString();
}

QString translationsFolder() {
    const QString exe = QCoreApplication::applicationDirPath();
    // Build tree (build/app/attention-lab → build/translations), then the installed tree.
    for (const QString& candidate : {exe + "/../translations", exe + "/../share/attention-lab/translations"})
        if (QFileInfo(candidate + "/attention-lab_zh_CN.qm").isFile()) return QDir(candidate).canonicalPath();
    return {};
}

bool applyLanguage(const QString& code) {
    for (auto& translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();
    current = "en";
    if (code == "en") { // the English plural forms ("1 edge", "2 edges"); the texts themselves are English
        auto plurals = std::make_unique<QTranslator>();
        if (plurals->load("attention-lab_en", translationsFolder())) {
            QCoreApplication::installTranslator(plurals.get());
            installed.push_back(std::move(plurals));
        }
        return true;
    }
    auto own = std::make_unique<QTranslator>();
    if (!own->load("attention-lab_" + code, translationsFolder())) return false;
    QCoreApplication::installTranslator(own.get());
    installed.push_back(std::move(own));
    // Qt's own texts (the buttons of standard dialogs), when the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load("qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
    current = code;
    return true;
}

QString currentLanguage() {
    return current;
}

QString savedLanguageChoice() {
    return QSettings().value("view/language", "system").toString();
}

void saveLanguageChoice(const QString& choice) {
    QSettings().setValue("view/language", choice);
}

} // namespace al
