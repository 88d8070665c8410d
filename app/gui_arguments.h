#pragma once
// Reading the arguments of the window, `export` and `screenshot` into their requests
// (app/gui_commands.h), refusing bad ones before Qt's widgets start.
#include "app/command.h"

namespace al::cli {

Prepared prepareWindow(const Arguments& arguments);
Prepared prepareExport(const Arguments& arguments);
Prepared prepareScreenshot(const Arguments& arguments);

} // namespace al::cli
