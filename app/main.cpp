// attention-lab: the command line of shared FORMATS.md. `dump` needs no Qt at all; the
// window, `export` and `screenshot` start Qt (offscreen when there is no display).
// `--lang CODE` may come anywhere, with any command: the language of the interface.
#include "app/command_line.h"
#include "app/conv_command.h"
#include "app/gui_commands.h"
#include "core/memory_reuse.h"

#include <QCoreApplication>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false); // traces can be large: let std::cout buffer freely
    al::keepFreedMemoryForReuse();    // each recomputation reuses the last trace's memory
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (const std::string problem = al::cli::takeLanguageOption(args); !problem.empty()) {
            std::cerr << "attention-lab: " << problem << " (see attention-lab --help)\n";
            return al::cli::BadInput;
        }
        const std::string command = args.empty() ? std::string() : args.front();
        const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
        if (command == "export") return al::cli::runExport(argc, argv, rest);
        if (command == "screenshot") return al::cli::runScreenshot(argc, argv, rest);
        // The Qt-free commands start Qt only to word a refusal in another language.
        std::unique_ptr<QCoreApplication> translation;
        if (command == "dump" || command == "conv") translation = al::cli::startTranslation(argc, argv);
        if (command == "conv") return al::cli::runConv(rest);
        if (al::cli::opensWindow(args)) return al::cli::runWindow(argc, argv, args);
        return al::cli::runCommandLine(args, std::cout, std::cerr);
    } catch (const std::exception& error) {
        std::cerr << "attention-lab: " << error.what() << '\n';
        return al::cli::Failure;
    }
}
