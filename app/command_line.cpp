#include "app/command_line.h"

#include "core/attention.h"
#include "core/atomic_file.h"
#include "core/input_error.h"
#include "core/sample_loader.h"
#include "core/trace_writer.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <system_error>

namespace al::cli {

namespace {

InputErrorText customInputErrorText;

constexpr const char* usage =
    "Usage:\n"
    "  attention-lab [SAMPLE]                    open the app (on the lecture's sample when none is given)\n"
    "  attention-lab dump SAMPLE [-o TRACE]      write the trace (standard output without -o)\n"
    "  attention-lab export SAMPLE -d DIR [--format png|svg|pdf|csv] [--scale S]\n"
    "                                            write every plot and page of every step of every lesson\n"
    "                                            (csv: every heatmap's matrix), plus DIR/index.json\n"
    "  attention-lab screenshot SAMPLE -o PNG [--lesson NAME] [--step K] [--query I] [--presentation]\n"
    "                                            render the window as a user would see it\n"
    "                                            (lessons: vectors, walkthrough, matrix, multihead,\n"
    "                                            positional, masks, scoring, convolution;\n"
    "                                            K and I count from 1)\n"
    "  attention-lab conv IMAGE --kernel KERNEL.json [--gamma G] [-o OUT.json]\n"
    "                                            convolution and the K² attention heads that equal it\n"
    "                                            (IMAGE: PGM or PNG, reduced to at most 64 × 64; G: 50)\n"
    "  attention-lab --help | --version\n"
    "Any command takes --lang CODE: the interface's language (en, zh_CN; default: the saved\n"
    "choice, else the system's).\n"
    "\n"
    "SAMPLE is an attention-lab/sample@1 JSON file; TRACE an attention-lab/trace@1 file.\n"
    "dump, export, screenshot and conv need no display.\n"
    "Exit status: 0 done, 2 bad input or arguments, 1 any other failure.\n";

int badArguments(std::ostream& err, const std::string& problem) {
    err << "attention-lab: " << problem << " (see attention-lab --help)\n";
    return BadInput;
}

struct DumpArguments {
    std::string sample;
    std::optional<std::string> output;
};

// Returns an error message, or "" with `parsed` filled in.
std::string parseDumpArguments(const std::vector<std::string>& args, DumpArguments& parsed) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-o" || arg == "--output") {
            if (i + 1 >= args.size()) return "dump: " + arg + " needs a file name";
            if (parsed.output) return "dump: -o given twice";
            parsed.output = args[++i];
        } else if (arg.size() > 1 && arg[0] == '-') {
            return "dump: unknown option " + arg;
        } else if (parsed.sample.empty()) {
            parsed.sample = arg;
        } else {
            return "dump: more than one sample given (" + parsed.sample + ", " + arg + ")";
        }
    }
    if (parsed.sample.empty()) return "dump: no sample given";
    return {};
}

// A target whose folder is missing, or that is itself a folder, is a bad argument.
std::string checkOutputPath(const std::filesystem::path& output) {
    const std::filesystem::path folder = output.has_parent_path() ? output.parent_path() : ".";
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) return output.string() + ": folder " + folder.string() + " does not exist";
    if (std::filesystem::is_directory(output, error)) return output.string() + ": is a folder, not a file name";
    return {};
}

} // namespace

int runDump(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    DumpArguments parsed;
    if (std::string problem = parseDumpArguments(args, parsed); !problem.empty())
        return badArguments(err, problem);
    if (parsed.output) {
        if (std::string problem = checkOutputPath(*parsed.output); !problem.empty()) {
            err << "attention-lab: " << problem << '\n';
            return BadInput;
        }
    }
    try {
        const Sample sample = loadSample(parsed.sample);
        // Other heads' N × N matrices are recomputed, exactly, as the writer reaches them:
        // 0.5 GB instead of 2.4 GB at N = 4096 with 8 heads.
        const Trace trace = run(sample, KeptMatrices::FirstHead);
        if (std::string field = firstNonFiniteField(trace); !field.empty()) {
            err << "attention-lab: " << parsed.sample << ": " << field
                << ": the computation exceeds the range of a double (inputs or weights too large)\n";
            return BadInput;
        }
        if (parsed.output) {
            writeFileAtomically(*parsed.output, [&](std::ostream& file) { writeTrace(file, trace); });
        } else {
            writeTrace(out, trace);
            out.flush();
            if (!out) {
                err << "attention-lab: writing the trace to standard output failed\n";
                return Failure;
            }
        }
        return Done;
    } catch (const InputError& error) {
        err << "attention-lab: " << inputErrorText(error) << '\n';
        return BadInput;
    } catch (const std::system_error& error) {
        err << "attention-lab: " << error.what() << '\n';
        return Failure;
    } catch (const std::bad_alloc&) {
        err << "attention-lab: " << parsed.sample << ": not enough memory for this sample\n";
        return Failure;
    }
}

int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        out << usage;
        return Done;
    }
    const std::string& command = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h") {
        out << usage;
        return Done;
    }
    if (command == "--version") {
        out << "attention-lab " << ATTENTION_LAB_VERSION << '\n';
        return Done;
    }
    if (command == "dump") return runDump(rest, out, err);
    if (command.size() > 1 && command[0] == '-') return badArguments(err, "unknown option " + command);
    return badArguments(err, "unknown command " + command);
}

void setInputErrorText(InputErrorText text) { customInputErrorText = std::move(text); }

std::string inputErrorText(const InputError& error) {
    return customInputErrorText ? customInputErrorText(error) : std::string(error.what());
}

bool opensWindow(const std::vector<std::string>& args) {
    if (args.empty()) return true;
    const std::string& first = args.front();
    if (first == "dump" || first == "export" || first == "screenshot" || first == "conv" || first.empty() || first[0] == '-')
        return false;
    return args.size() == 1 || std::filesystem::exists(first);
}

} // namespace al::cli
