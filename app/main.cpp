// attention-lab: the command line of shared FORMATS.md.
#include "app/command_line.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false); // traces can be large: let std::cout buffer freely
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return al::cli::runCommandLine(args, std::cout, std::cerr);
    } catch (const std::exception& error) {
        std::cerr << "attention-lab: " << error.what() << '\n';
        return al::cli::Failure;
    }
}
