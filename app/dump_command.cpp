#include "app/dump_command.h"

#include "app/transformer_dump.h"
#include "core/attention/attention.h"
#include "core/attention/limits.h"
#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/atomic_file.h"
#include "core/io/input_file.h"
#include "core/io/sample_loader.h"
#include "core/io/trace_writer.h"
#include "core/io/transformer_loader.h"
#include "core/nn/limits.h"
#include "ui/core_messages.h"

#include <algorithm>
#include <iostream>
#include <optional>
#include <system_error>
#include <utility>

namespace al::cli {

namespace {

int dumpSample(const Sample& sample, const std::string& samplePath, const std::optional<std::string>& output) {
    try {
        // Other heads' N × N matrices are recomputed, exactly, as the writer reaches them:
        // 0.5 GB instead of 2.4 GB at N = 4096 with 8 heads.
        const Trace trace = run(sample, KeptMatrices::FirstHead);
        if (std::string field = firstNonFiniteField(trace); !field.empty()) {
            std::cerr << "attention-lab: " << samplePath << ": " << field
                      << ": the computation exceeds the range of a double (inputs or weights too large)\n";
            return BadInput;
        }
        if (output) {
            writeFileAtomically(*output, [&](std::ostream& file) { writeTrace(file, trace); });
        } else {
            writeTrace(std::cout, trace);
            std::cout.flush();
            if (!std::cout) {
                std::cerr << "attention-lab: writing the trace to standard output failed\n";
                return Failure;
            }
        }
        return Done;
    } catch (const std::bad_alloc&) {
        std::cerr << "attention-lab: " << samplePath << ": not enough memory for this sample\n";
        return Failure;
    }
}

// A sample@1 or a transformer@1 file, told apart by its "format".
int dump(const TransformerDumpRequest& request) {
    try {
        const std::uintmax_t limit = std::max(limits::maxSampleFileBytes, nn::limits::maxModelFileBytes);
        const std::string text =
            readInputFile(request.modelFile, limit, QT_TRANSLATE_NOOP("Message", "sample or model"));
        if (declaresTransformer(text)) return dumpTransformer(parseTransformer(text, request.modelFile), request);
        if (request.input || request.target)
            return refuseArguments(QString::fromStdString(request.modelFile) +
                                   ": --input and --target apply to a transformer@1 model, not to a sample");
        return dumpSample(parseSample(text, request.modelFile), request.modelFile, request.output);
    } catch (const InputError& error) {
        return refuse(describe(error)); // in the language of --lang
    } catch (const std::system_error& error) {
        std::cerr << "attention-lab: " << error.what() << '\n';
        return Failure;
    } catch (const std::bad_alloc&) {
        std::cerr << "attention-lab: " << request.modelFile << ": not enough memory for this file\n";
        return Failure;
    }
}

} // namespace

Prepared prepareDump(const Arguments& arguments) {
    TransformerDumpRequest request;
    request.modelFile = local(arguments.operands.front());
    for (const auto& [name, spelling] : {std::pair{"output", "-o"}, {"input", "--input"}, {"target", "--target"}})
        if (arguments.options.values(name).size() > 1)
            return refuseArguments(QString("dump: %1 given twice").arg(spelling));
    if (arguments.options.isSet("output")) {
        const QString output = arguments.options.value("output");
        if (const QString problem = checkOutputPath(output); !problem.isEmpty()) return refuse(problem);
        request.output = local(output);
    }
    if (arguments.options.isSet("input")) request.input = arguments.options.value("input").toStdString();
    if (arguments.options.isSet("target")) request.target = arguments.options.value("target").toStdString();
    return Work([request] { return dump(request); });
}

} // namespace al::cli
