#pragma once
// What a command of the command line is: its name and arguments (for the parser and for
// --help), the Qt application it runs in, and the function that reads its arguments.
// Exit status (shared FORMATS.md): 0 done; 2 bad input or bad arguments (one line on
// standard error naming the file, the field and the problem, nothing written); 1 any other
// failure.
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace al::cli {

enum ExitStatus { Done = 0, Failure = 1, BadInput = 2 };

// One option of a command. Texts are translated in the context "CommandLine".
struct OptionSpec {
    QStringList names;       // {"o", "output"}: -o and --output
    QString valueName;       // "TRACE"; empty for a flag
    const char* description; // for the command's --help
    const char* needs =
        "a value"; // a missing value is told as "-o needs a file name" (English, as every refusal of an argument)
};

// The Qt application a command's work runs in, started once its arguments are accepted.
enum class Application {
    Core,     // QCoreApplication with the translation: no display needed (dump, conv)
    Headless, // QApplication, on the offscreen platform when there is no display
    Window,   // QApplication on the display (the command has checked there is one)
};

// A command's arguments after parsing: the operands in order, and the options by name.
struct Arguments {
    QStringList operands;
    const QCommandLineParser& options;
};

// What is left to do once the application is started, or the exit status of a refusal.
using Work = std::function<int()>;
using Prepared = std::variant<int, Work>;

// One operand of a command, in order: train MODEL DATASET.
struct OperandSpec {
    QString name;            // "SAMPLE", "MODEL"
    const char* description; // for the command's --help
    const char* noun;        // "sample": "dump: no sample given" (English)
};

struct Command {
    QString name;        // "" for the window: attention-lab [SAMPLE]
    QString synopsis;    // after "attention-lab ": "dump SAMPLE [-o TRACE]"
    const char* summary; // one line, for attention-lab --help
    const char* details; // more, for attention-lab COMMAND --help ("" when none)
    std::vector<OperandSpec> operands;
    std::vector<OptionSpec> options;
    Application application;
    // Reads the arguments; refuses them (exit status), or returns the work. Unknown options,
    // missing values and (except for the window) a missing or extra operand are refused
    // before it is called.
    Prepared (*prepare)(const Arguments&);
};

// The commands, the window first.
const std::vector<Command>& commands();

// "attention-lab: MESSAGE" on standard error; BadInput.
int refuse(const QString& message);
// The same, for arguments the user should read the usage for: "… (see attention-lab --help)".
int refuseArguments(const QString& message);
// A target whose folder is missing, or that is itself a folder, is a bad argument: what is
// wrong, or "" when the path can be written.
QString checkOutputPath(const QString& output);
// A path or message as the bytes the system uses for file names.
std::string local(const QString& text);

} // namespace al::cli
