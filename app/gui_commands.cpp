#include "app/gui_commands.h"

#include "app/command_line.h"
#include "core/attention.h"
#include "core/input_error.h"
#include "core/sample_loader.h"
#include "ui/atomic_save_file.h"
#include "ui/attention_document.h"
#include "ui/core_messages.h"
#include "ui/language.h"
#include "ui/lesson_export.h"
#include "ui/lessons/lesson.h"
#include "ui/main_window.h"
#include "ui/sample_catalog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cstdlib>
#include <iostream>
#include <limits>
#include <map>
#include <memory>

namespace al::cli {

namespace {

std::string requestedLanguage; // from --lang; empty: the saved choice, else the system's

// Two notices Qt prints on every headless run, which say nothing about the picture: the
// offscreen platform cannot pass size hints to a window manager it does not have, and a
// runtime folder is chosen when XDG_RUNTIME_DIR is unset. Everything else passes through.
void quietHeadlessNotices(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains("does not support propagateSizeHints") || message.startsWith("QStandardPaths: XDG_RUNTIME_DIR"))
        return;
    std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << '\n';
}

// Headless commands need no display: without one they use Qt's offscreen platform.
std::unique_ptr<QApplication> makeApplication(int& argc, char** argv, bool headless) {
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (headless && noDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless) qInstallMessageHandler(quietHeadlessNotices);
    QApplication::setOrganizationName("AttentionLab");
    QApplication::setApplicationName("attention-lab");
    QApplication::setApplicationVersion(ATTENTION_LAB_VERSION);
    auto app = std::make_unique<QApplication>(argc, argv);
    const QString choice = requestedLanguage.empty() ? savedLanguageChoice() : QString::fromStdString(requestedLanguage);
    const QString code = resolveLanguage(choice);
    if (!applyLanguage(code.isEmpty() ? QStringLiteral("en") : code))
        std::cerr << "attention-lab: the " << code.toStdString() << " translation is missing; using English\n";
    return app;
}

int bad(const std::string& message) {
    std::cerr << "attention-lab: " << message << '\n';
    return BadInput;
}

// Options of the form "-o VALUE" / "--scale VALUE" after one positional SAMPLE.
struct Options {
    std::string sample;
    std::map<std::string, std::string> values;
};

// Returns "" or what is wrong. `known` maps each option spelling to its canonical name.
std::string parseOptions(const std::string& command, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& known, Options& parsed) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (auto option = known.find(arg); option != known.end()) {
            if (i + 1 >= args.size()) return command + ": " + arg + " needs a value";
            parsed.values[option->second] = args[++i];
        } else if (arg.size() > 1 && arg[0] == '-') {
            return command + ": unknown option " + arg;
        } else if (parsed.sample.empty()) {
            parsed.sample = arg;
        } else {
            return command + ": more than one sample given";
        }
    }
    if (parsed.sample.empty()) return command + ": no sample given";
    return {};
}

bool parsePositive(const std::string& text, int& value) {
    try {
        std::size_t used = 0;
        value = std::stoi(text, &used);
        return used == text.size() && value >= 1;
    } catch (const std::exception&) {
        return false;
    }
}

// Renders every plot now, so a grab or an export sees the finished pictures.
void settle(QWidget& window) {
    QApplication::processEvents();
    for (QCustomPlot* plot : window.findChildren<QCustomPlot*>())
        if (plot->isVisible()) plot->replot(QCustomPlot::rpImmediateRefresh);
    QApplication::processEvents();
}

} // namespace

std::string takeLanguageOption(std::vector<std::string>& args) {
    for (auto it = args.begin(); it != args.end();) {
        if (*it != "--lang") { ++it; continue; }
        if (it + 1 == args.end()) return "--lang needs a language code (en or zh_CN)";
        const std::string code = *(it + 1);
        if (resolveLanguage(QString::fromStdString(code)).isEmpty())
            return "--lang " + code + " is not available (en, zh_CN)";
        requestedLanguage = code;
        it = args.erase(it, it + 2);
    }
    return {};
}

std::unique_ptr<QCoreApplication> startTranslation(int& argc, char** argv) {
    const bool asked = !requestedLanguage.empty();
    if (!asked && resolveLanguage("system") == "en") return nullptr; // the usual case: no Qt
    auto app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName("AttentionLab");
    QCoreApplication::setApplicationName("attention-lab");
    const QString code = resolveLanguage(asked ? QString::fromStdString(requestedLanguage) : savedLanguageChoice());
    if (code.isEmpty() || code == "en" || !applyLanguage(code)) return app;
    setInputErrorText([](const InputError& error) { return describe(error).toStdString(); });
    return app;
}

int runWindow(int argc, char** argv, const std::vector<std::string>& args) {
    if (args.size() > 1) return bad("more than one sample given (see attention-lab --help)");
    if (!args.empty()) { // bad input is exit 2 whether or not there is a display
        try {
            loadSample(args.front());
        } catch (const InputError& error) {
            return bad(error.what()); // Qt (and with it the language) is not started yet
        }
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::cerr << "attention-lab: no display to open the window on; the commands dump, export and "
                     "screenshot work without one (see attention-lab --help)\n";
        return Failure;
    }
    auto app = makeApplication(argc, argv, false);
    MainWindow window;
    const QString path = args.empty() ? defaultSamplePath() : QString::fromStdString(args.front());
    if (path.isEmpty()) return bad("no bundled samples found; give a sample file");
    if (const QString error = window.openSample(path); !error.isEmpty()) return bad(error.toStdString());
    if (QSettings().value("window/geometry").isNull()) window.resize(1400, 900); // else as it was left
    window.show();
    window.showWelcomeOnFirstStart();
    return app->exec();
}

int runExport(int argc, char** argv, const std::vector<std::string>& args) {
    Options options;
    if (auto problem = parseOptions("export", args, {{"-d", "dir"}, {"--dir", "dir"}, {"--format", "format"}, {"--scale", "scale"}},
                                    options); !problem.empty())
        return bad(problem + " (see attention-lab --help)");
    if (!options.values.count("dir")) return bad("export: -d DIR is required");
    const std::string formatName = options.values.count("format") ? options.values["format"] : "png";
    const auto format = exportFormatNamed(QString::fromStdString(formatName));
    if (!format) return bad("export: --format " + formatName + " is not one of png, svg, pdf, csv");
    double scale = 1.0;
    if (options.values.count("scale")) {
        bool ok = false;
        scale = QString::fromStdString(options.values["scale"]).toDouble(&ok);
        if (!ok || !(scale >= 0.25 && scale <= 8)) return bad("export: --scale must be a number from 0.25 to 8");
    }
    auto app = makeApplication(argc, argv, true);
    const QString folder = QString::fromStdString(options.values["dir"]);
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) return bad(options.values["dir"] + ": is not a folder");
    MainWindow window;
    if (const QString error = window.openSample(QString::fromStdString(options.sample)); !error.isEmpty())
        return bad(error.toStdString());
    if (!window.document().waitForTrace(std::numeric_limits<int>::max()))
        return bad(window.document().lastFailure().toStdString());
    if (!QDir().mkpath(folder)) return bad(options.values["dir"] + ": cannot create the folder");
    window.resize(1400, 900);
    window.show();
    settle(window);
    QString error;
    const auto files = exportLessons(window.lessonsUpToDate(), folder, ExportOptions{*format, scale}, &error);
    if (!error.isEmpty()) {
        std::cerr << "attention-lab: " << error.toStdString() << '\n';
        return Failure;
    }
    std::cerr << "attention-lab: wrote " << files.size() << " files and index.json to " << folder.toStdString() << '\n';
    if (const std::string field = firstNonFiniteField(*window.document().trace()); !field.empty())
        std::cerr << "attention-lab: warning: " << options.sample << ": " << field
                  << " overflowed the range of a double; the pictures show ±∞ there, and softmax's limit\n";
    return Done;
}

int runScreenshot(int argc, char** argv, const std::vector<std::string>& arguments) {
    std::vector<std::string> args = arguments;
    const bool presentation = std::erase(args, std::string("--presentation")) > 0;
    Options options;
    if (auto problem = parseOptions("screenshot", args,
                                    {{"-o", "output"}, {"--output", "output"}, {"--lesson", "lesson"}, {"--step", "step"},
                                     {"--query", "query"}},
                                    options); !problem.empty())
        return bad(problem + " (see attention-lab --help)");
    if (!options.values.count("output")) return bad("screenshot: -o PNG is required");
    int step = 1, query = 1;
    if (options.values.count("step") && !parsePositive(options.values["step"], step))
        return bad("screenshot: --step counts from 1, got " + options.values["step"]);
    if (options.values.count("query") && !parsePositive(options.values["query"], query))
        return bad("screenshot: --query counts from 1, got " + options.values["query"]);
    const QString output = QString::fromStdString(options.values["output"]);
    const QFileInfo target(output);
    if (!target.absoluteDir().exists()) return bad(options.values["output"] + ": folder " + target.absolutePath().toStdString() + " does not exist");

    auto app = makeApplication(argc, argv, true);
    MainWindow window;
    if (const QString error = window.openSample(QString::fromStdString(options.sample)); !error.isEmpty())
        return bad(error.toStdString());
    if (!window.document().waitForTrace(std::numeric_limits<int>::max()))
        return bad(window.document().lastFailure().toStdString());
    if (options.values.count("lesson") && !window.showLesson(QString::fromStdString(options.values["lesson"]))) {
        QStringList ids;
        for (Lesson* lesson : window.lessons()) ids << lesson->id();
        return bad("screenshot: no lesson " + options.values["lesson"] + " (lessons: " + ids.join(", ").toStdString() + ")");
    }
    Lesson* lesson = window.currentLesson();
    if (step > lesson->stepCount())
        return bad("screenshot: lesson " + lesson->id().toStdString() + " has " + std::to_string(lesson->stepCount()) + " steps");
    if (query > window.document().sample().tokenCount())
        return bad("screenshot: --query " + std::to_string(query) + " but the sample has " +
                   std::to_string(window.document().sample().tokenCount()) + " tokens");
    window.setQuery(query - 1);
    window.setStep(step - 1);
    window.resize(1400, 900);
    window.show();
    if (presentation) window.setPresentation(true, false); // what the projector shows, at the picture's size
    settle(window);
    AtomicSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || !window.grab().save(&file, "PNG") || !file.commit()) {
        std::cerr << "attention-lab: cannot write " << options.values["output"] << '\n';
        return Failure;
    }
    return Done;
}

} // namespace al::cli
