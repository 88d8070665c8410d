#include "app/command_line.h"

#include "app/application.h"
#include "app/command.h"
#include "ui/language.h"

#include <QCoreApplication>

#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <system_error>

namespace al::cli {

namespace {

constexpr int summaryColumn = 42; // where the summaries start in attention-lab --help

// A text of the table of commands (marked there with QT_TRANSLATE_NOOP), in the language installed.
QString translated(const char* text) {
    return QCoreApplication::translate("CommandLine", text);
}

// Options every parser knows. Built anew for --help, once the translation is installed.
QCommandLineOption helpOption() {
    return QCommandLineOption(QStringList{"h", "help"}, QCoreApplication::translate("CommandLine", "show this help"));
}
QCommandLineOption versionOption() {
    return QCommandLineOption(QStringLiteral("version"),
                              QCoreApplication::translate("CommandLine", "show the version"));
}
QCommandLineOption languageOption() {
    return QCommandLineOption(QStringLiteral("lang"),
                              QCoreApplication::translate("CommandLine",
                                                          "the interface's language: en or zh_CN "
                                                          "(default: the saved choice, else the system's)"),
                              "CODE");
}

// "-o" and "--output" alike name the option "o" and "output".
QString optionName(const QString& argument) {
    QString name = argument.startsWith("--") ? argument.mid(2) : argument.startsWith('-') ? argument.mid(1) : QString();
    return name.section('=', 0, 0);
}

void declare(QCommandLineParser& parser, const Command& command) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // -o, -d, -k; -frob is one option
    parser.addOption(helpOption());
    for (const OptionSpec& option : command.options)
        parser.addOption(option.valueName.isEmpty()
                             ? QCommandLineOption(option.names, translated(option.description))
                             : QCommandLineOption(option.names, translated(option.description), option.valueName));
    parser.addOption(languageOption());
    for (const OperandSpec& operand : command.operands)
        parser.addPositionalArgument(operand.name, translated(operand.description));
}

// Why `parser` refused `arguments` (without the program's name), worded as the command line
// always has: "dump: unknown option --frob", "dump: -o needs a file name".
QString parseProblem(const QCommandLineParser& parser, const QStringList& arguments, const Command* command) {
    const QString prefix = command && !command->name.isEmpty() ? command->name + ": " : QString();
    if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
        for (const QString& argument : arguments) // as the user spelt it
            if (optionName(argument) == unknown.front())
                return prefix + "unknown option " + argument.section('=', 0, 0);
        return prefix + "unknown option --" + unknown.front();
    }
    // A value is missing only when its option comes last: the parser takes any next argument.
    const QString last = arguments.isEmpty() ? QString() : arguments.back();
    if (optionName(last) == "lang") return last + " needs a language code (en or zh_CN)";
    if (command)
        for (const OptionSpec& option : command->options)
            if (!option.valueName.isEmpty() && option.names.contains(optionName(last)))
                return prefix + last + " needs " + option.needs;
    return prefix + parser.errorText();
}

// "" when `code` names a language the app has, else the refusal.
QString languageProblem(const QString& code) {
    return resolveLanguage(code).isEmpty() ? "--lang " + code + " is not available (en, zh_CN)" : QString();
}

// attention-lab --help: every command in one line each.
QString overview() {
    QString text = QCoreApplication::translate("CommandLine", "Usage:") + '\n';
    auto line = [&text](const QString& synopsis, const QString& summary) {
        const QString left = "  attention-lab " + synopsis;
        if (left.size() + 2 <= summaryColumn)
            text += left.leftJustified(summaryColumn) + summary + '\n';
        else
            text += left + '\n' + QString(summaryColumn, ' ') + summary + '\n';
    };
    for (const Command& command : commands())
        line(command.synopsis, translated(command.summary));
    line("COMMAND --help", QCoreApplication::translate("CommandLine", "the command's arguments and options"));
    line("--help | --version", QCoreApplication::translate("CommandLine", "this help; the version"));
    text += QCoreApplication::translate("CommandLine", "Any command takes --lang CODE: the interface's language (en, "
                                                       "zh_CN; default: the saved\nchoice, else the system's).") +
            "\n\n";
    text += QCoreApplication::translate("CommandLine", "SAMPLE is an attention-lab/sample@1 JSON file; TRACE an "
                                                       "attention-lab/trace@1 file.") +
            '\n';
    text += QCoreApplication::translate("CommandLine", "Every command but the window needs no display.") + '\n';
    text += QCoreApplication::translate("CommandLine", "Exit status: 0 done, 2 bad input or arguments, 1 any other "
                                                       "failure.") +
            '\n';
    return text;
}

// attention-lab COMMAND --help: its usage, what it does, its options and its operand.
QString commandHelp(const Command& command) {
    if (command.name.isEmpty()) return overview();
    QCommandLineParser parser;
    declare(parser, command);
    const QString details = *command.details ? "\n" + translated(command.details) : QString();
    parser.setApplicationDescription(translated(command.summary) + details);
    // Qt's own first line names the executable by its full path: ours names the command.
    const QString usage = QCoreApplication::translate("CommandLine", "Usage:");
    return usage + " attention-lab " + command.synopsis + " [--lang CODE]\n" + parser.helpText().section('\n', 1);
}

const Command* commandNamed(const QString& name) {
    for (const Command& command : commands())
        if (!command.name.isEmpty() && command.name == name) return &command;
    return nullptr;
}

// Help is worded once the translation is installed: `text` is asked for only then.
int showHelp(const std::function<QString()>& text, int& argc, char** argv, const std::optional<QString>& language) {
    const auto app = startApplication(Application::Core, argc, argv, language);
    std::cout << text().toStdString();
    return Done;
}

} // namespace

int refuse(const QString& message) {
    std::cerr << "attention-lab: " << message.toStdString() << '\n';
    return BadInput;
}

int refuseArguments(const QString& message) {
    return refuse(message + " (see attention-lab --help)");
}

std::string local(const QString& text) {
    return text.toLocal8Bit().toStdString();
}

QString checkOutputPath(const QString& output) {
    const std::filesystem::path target(local(output));
    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        return output + ": folder " + QString::fromLocal8Bit(folder.string()) + " does not exist";
    if (std::filesystem::is_directory(target, error)) return output + ": is a folder, not a file name";
    return {};
}

int runCommandLine(int& argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // The program's own options, up to the command (or the sample): what follows is the command's.
    QCommandLineParser program;
    program.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    program.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    program.addOption(helpOption());
    program.addOption(versionOption());
    program.addOption(languageOption());
    if (!program.parse(arguments)) return refuseArguments(parseProblem(program, arguments.mid(1), nullptr));
    std::optional<QString> language;
    if (program.isSet("lang")) language = program.value("lang");
    if (language && !languageProblem(*language).isEmpty()) return refuseArguments(languageProblem(*language));
    if (program.isSet("help")) return showHelp(overview, argc, argv, language);
    if (program.isSet("version")) {
        std::cout << "attention-lab " << ATTENTION_LAB_VERSION << '\n';
        return Done;
    }

    QStringList rest = program.positionalArguments();
    const Command* command = commandNamed(rest.value(0));
    if (command)
        rest.removeFirst();
    else
        command = &commands().front(); // the window, on the sample given if any
    QCommandLineParser parser;
    declare(parser, *command);
    const QStringList commandArguments = QStringList{arguments.front()} + rest;
    if (!parser.parse(commandArguments)) return refuseArguments(parseProblem(parser, rest, command));
    if (parser.isSet("lang")) language = parser.value("lang");
    if (language && !languageProblem(*language).isEmpty()) return refuseArguments(languageProblem(*language));
    if (parser.isSet("help")) return showHelp([command] { return commandHelp(*command); }, argc, argv, language);

    const QStringList operands = parser.positionalArguments();
    if (!command->name.isEmpty()) { // the window reads its own: a second one may be a misspelt command
        const auto& wanted = command->operands;
        if (operands.size() < qsizetype(wanted.size()))
            return refuseArguments(command->name + ": no " + wanted[operands.size()].noun + " given");
        if (operands.size() > qsizetype(wanted.size()))
            return refuseArguments(command->name + ": more than one " + wanted.back().noun + " given (" +
                                   operands.mid(wanted.size() - 1).join(", ") + ")");
    }
    Prepared prepared = command->prepare(Arguments{operands, parser});
    if (const int* refused = std::get_if<int>(&prepared)) return *refused;
    const auto app = startApplication(command->application, argc, argv, language);
    return std::get<Work>(prepared)();
}

} // namespace al::cli
