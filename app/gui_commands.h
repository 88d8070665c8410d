#pragma once
// The commands that need Qt: the window itself, and the headless `export` and
// `screenshot`, which render what the window would show. Exit status as FORMATS.md says.
#include <QCoreApplication>

#include <memory>
#include <string>
#include <vector>

namespace al::cli {

// Removes every "--lang CODE" from `args` and remembers the language for the commands that
// start Qt; returns "" or what is wrong (a missing or unknown code).
std::string takeLanguageOption(std::vector<std::string>& args);

// For dump and conv: when the language (--lang, else the saved choice, else the system's)
// is not English, a QCoreApplication with its translation, and refusals worded in it;
// otherwise nothing (no Qt at all).
std::unique_ptr<QCoreApplication> startTranslation(int& argc, char** argv);

// attention-lab [SAMPLE]
int runWindow(int argc, char** argv, const std::vector<std::string>& args);
// attention-lab export SAMPLE -d DIR [--format png|svg|pdf|csv] [--scale S]
int runExport(int argc, char** argv, const std::vector<std::string>& args);
// attention-lab screenshot SAMPLE -o PNG [--lesson NAME] [--step K] [--query I]
int runScreenshot(int argc, char** argv, const std::vector<std::string>& args);

} // namespace al::cli
