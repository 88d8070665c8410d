#pragma once
// The command line of shared FORMATS.md, parsed by QCommandLineParser from the table of
// commands (app/command.h): `attention-lab --help` lists the commands, `attention-lab
// COMMAND --help` gives one command's arguments and options, and `--lang CODE` may come
// anywhere, with any command: the language of the interface.

namespace al::cli {

// Parses the arguments, then shows help or the version, or starts the application the
// command needs and runs it. Returns the exit status.
int runCommandLine(int& argc, char** argv);

} // namespace al::cli
