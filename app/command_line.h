#pragma once
// The command line of shared FORMATS.md. Exit status: 0 done; 2 bad input or bad
// arguments (one line on standard error naming the file, the field and the problem,
// nothing written); 1 any other failure.
#include "core/input_error.h"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace al::cli {

// How a refused input is worded on standard error: what() (English) unless the program
// has set another wording, e.g. in the language --lang asked for.
using InputErrorText = std::function<std::string(const InputError&)>;
void setInputErrorText(InputErrorText text);
std::string inputErrorText(const InputError& error);

enum ExitStatus { Done = 0, Failure = 1, BadInput = 2 };

// args excludes the program name. Output goes to `out`, messages to `err`.
int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// True when the arguments ask for the window: none at all, or one sample file.
bool opensWindow(const std::vector<std::string>& args);

// attention-lab dump SAMPLE [-o TRACE]
int runDump(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace al::cli
