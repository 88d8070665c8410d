#include "app/application.h"

#include "ui/language.h"

#include <QApplication>

#include <iostream>

namespace al::cli {

namespace {

// Two notices Qt prints on every headless run, which say nothing about the picture: the
// offscreen platform cannot pass size hints to a window manager it does not have, and a
// runtime folder is chosen when XDG_RUNTIME_DIR is unset. Everything else passes through.
void quietHeadlessNotices(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains("does not support propagateSizeHints") ||
        message.startsWith("QStandardPaths: XDG_RUNTIME_DIR"))
        return;
    std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << '\n';
}

} // namespace

std::unique_ptr<QCoreApplication> startApplication(Application kind, int& argc, char** argv,
                                                   const std::optional<QString>& language) {
    QCoreApplication::setOrganizationName("AttentionLab");
    QCoreApplication::setApplicationName("attention-lab");
    QCoreApplication::setApplicationVersion(ATTENTION_LAB_VERSION);
    std::unique_ptr<QCoreApplication> app;
    if (kind == Application::Core) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
        if (kind == Application::Headless) {
            if (noDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
            qInstallMessageHandler(quietHeadlessNotices);
        }
        app = std::make_unique<QApplication>(argc, argv);
    }
    const QString code = resolveLanguage(language ? *language : savedLanguageChoice());
    if (!applyLanguage(code.isEmpty() ? QStringLiteral("en") : code))
        std::cerr << "attention-lab: the " << code.toStdString() << " translation is missing; using English\n";
    return app;
}

} // namespace al::cli
