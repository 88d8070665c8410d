#pragma once
// The languages of the interface: English (the source texts) and Simplified Chinese, the
// lecture notes' language, through Qt's translation system. The choice is "system" (follow
// the locale) or a language code, and is remembered; switching takes effect at once for
// every widget built afterwards (the main window rebuilds itself on a change).
#include <QString>
#include <QStringList>

namespace al {

// The codes the app has texts for: "en", "zh_CN".
QStringList availableLanguages();
// The language's own name, for the menu: "English", "简体中文".
QString languageName(const QString& code);
// "system", "", or any spelling of an available language ("zh", "zh-CN", "zh_CN.UTF-8") →
// the available code, or "" when there is none for it.
QString resolveLanguage(const QString& requested);
// Installs the translators for `code` (an available one) on the application, replacing
// those installed before; false when a translation file is missing.
bool applyLanguage(const QString& code);
QString currentLanguage();

// The remembered choice ("system" when none) and where the .qm files are.
QString savedLanguageChoice();
void saveLanguageChoice(const QString& choice);
QString translationsFolder();

} // namespace al
