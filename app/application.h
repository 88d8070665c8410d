#pragma once
// Starting the Qt application a command runs in, in the interface's language.
#include "app/command.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace al::cli {

// `language`: the code --lang gave; without one the saved choice, else the system's.
// Headless applications use Qt's offscreen platform when there is no display.
std::unique_ptr<QCoreApplication> startApplication(Application kind, int& argc, char** argv,
                                                   const std::optional<QString>& language);

} // namespace al::cli
