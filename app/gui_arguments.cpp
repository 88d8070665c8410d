#include "app/gui_arguments.h"

#include "app/gui_commands.h"
#include "core/base/input_error.h"
#include "core/io/sample_loader.h"
#include "core/io/transformer_loader.h"
#include "ui/sample_catalog.h"

#include <QDir>
#include <QFileInfo>

#include <iostream>

namespace al::cli {

namespace {

// A count from 1, as on screen ("--step 2"); nullopt when the text is not one.
std::optional<int> countFromOne(const QString& text) {
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 1 ? std::optional<int>(value) : std::nullopt;
}

bool hasDisplay() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

Prepared prepareWindow(const Arguments& arguments) {
    const QStringList& operands = arguments.operands;
    if (operands.size() > 1) { // "attention-lab frobnicate x": a misspelt command, unless it is a file
        if (!QFileInfo::exists(operands.front())) return refuseArguments("unknown command " + operands.front());
        return refuseArguments("more than one sample given");
    }
    const WindowRequest request{operands.value(0)};
    if (!request.sample.isEmpty()) { // bad input is exit 2 whether or not there is a display
        try {
            if (isModelFile(request.sample))
                loadTransformer(local(request.sample));
            else
                loadSample(local(request.sample));
        } catch (const InputError& error) {
            return refuse(QString::fromStdString(error.what())); // Qt, and with it the language, is not started yet
        }
    }
    if (!hasDisplay()) {
        std::cerr << "attention-lab: no display to open the window on; the commands dump, export and "
                     "screenshot work without one (see attention-lab --help)\n";
        return Failure;
    }
    return Work([request] { return openWindow(request); });
}

Prepared prepareExport(const Arguments& arguments) {
    const QCommandLineParser& options = arguments.options;
    ExportRequest request;
    request.sample = arguments.operands.front();
    if (!options.isSet("dir")) return refuse("export: -d DIR is required");
    request.folder = options.value("dir");
    const QString formatName = options.isSet("format") ? options.value("format") : QStringLiteral("png");
    const std::optional<ExportFormat> format = exportFormatNamed(formatName);
    if (!format) return refuse("export: --format " + formatName + " is not one of png, svg, pdf, csv");
    request.format = *format;
    if (options.isSet("scale")) {
        bool ok = false;
        request.scale = options.value("scale").toDouble(&ok);
        if (!ok || !(request.scale >= 0.25 && request.scale <= 8))
            return refuse("export: --scale must be a number from 0.25 to 8");
    }
    return Work([request] { return exportEveryLesson(request); });
}

Prepared prepareScreenshot(const Arguments& arguments) {
    const QCommandLineParser& options = arguments.options;
    ScreenshotRequest request;
    request.sample = arguments.operands.front();
    if (!options.isSet("output")) return refuse("screenshot: -o PNG is required");
    request.output = options.value("output");
    if (options.isSet("lesson")) request.lesson = options.value("lesson");
    if (options.isSet("step")) {
        const auto step = countFromOne(options.value("step"));
        if (!step) return refuse("screenshot: --step counts from 1, got " + options.value("step"));
        request.step = *step;
    }
    if (options.isSet("query")) {
        const auto query = countFromOne(options.value("query"));
        if (!query) return refuse("screenshot: --query counts from 1, got " + options.value("query"));
        request.query = *query;
    }
    request.presentation = options.isSet("presentation");
    if (options.isSet("input")) request.input = options.value("input");
    if (options.isSet("target")) request.target = options.value("target");
    for (const auto& [name, count] :
         {std::pair{"layer", &request.choice.layer}, std::pair{"head", &request.choice.head},
          std::pair{"position", &request.choice.position},
          std::pair{"generation-step", &request.choice.generationStep}}) {
        if (!options.isSet(name)) continue;
        const auto value = countFromOne(options.value(name));
        if (!value) return refuse(QString("screenshot: --%1 counts from 1, got %2").arg(name, options.value(name)));
        *count = *value - 1;
        request.choosesView = true;
    }
    if (options.isSet("dataset")) request.dataset = options.value("dataset");
    if (options.isSet("train-steps")) {
        bool ok = false;
        request.trainSteps = options.value("train-steps").toLongLong(&ok);
        if (!ok || request.trainSteps < 0 || request.trainSteps > 1'000'000)
            return refuse("screenshot: --train-steps must be a whole number from 0 to 1000000, got " +
                          options.value("train-steps"));
    }
    const QFileInfo target(request.output);
    if (!target.absoluteDir().exists())
        return refuse(request.output + ": folder " + target.absolutePath() + " does not exist");
    return Work([request] { return takeScreenshot(request); });
}

} // namespace al::cli
