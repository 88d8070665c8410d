// attention-lab: the command line of shared FORMATS.md (app/command_line.h). `dump` and
// `conv` need only QtCore; the window, `export` and `screenshot` start Qt's widgets
// (offscreen when there is no display).
#include "app/command_line.h"
#include "core/base/memory_reuse.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false); // traces can be large: let std::cout buffer freely
    al::keepFreedMemoryForReuse();    // each recomputation reuses the last trace's memory
    try {
        return al::cli::runCommandLine(argc, argv);
    } catch (const std::exception& error) {
        std::cerr << "attention-lab: " << error.what() << '\n';
        return 1;
    }
}
