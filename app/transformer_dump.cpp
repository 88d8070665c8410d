#include "app/transformer_dump.h"

#include "app/command.h"
#include "core/base/input_error.h"
#include "core/io/token_ids.h"
#include "core/io/transformer_trace_writer.h"
#include "core/nn/transformer_forward.h"
#include "ui/core_messages.h"

#include <iostream>
#include <sstream>

namespace al::cli {
namespace {

// The pass the request asks for (MATH.md §9): encoder tasks read the input; seq2seq reads
// [<bos>, target] with a target and generates without one; a language model reads the input
// followed by the target with one and generates from the input without one.
nn::TransformerTrace pass(const nn::TransformerModel& model, const TransformerDumpRequest& request) {
    const std::vector<int> input = tokenizeInput(model, *request.input);
    switch (model.task) {
    case nn::Task::Labelling:
    case nn::Task::Classification:
        return nn::forwardPass(model, input);
    case nn::Task::Seq2Seq: {
        if (!request.target) return nn::generate(model, input);
        std::vector<int> decoder{nn::outputId(model, "<bos>")};
        for (int id : tokenizeTarget(model, *request.target))
            decoder.push_back(id);
        return nn::forwardPass(model, input, decoder);
    }
    case nn::Task::LanguageModel: {
        if (!request.target) return nn::generate(model, input);
        const std::string text = *request.input + " " + *request.target;
        return nn::forwardPass(model, tokenizeInput(model, text, "--input and --target"));
    }
    }
    return {};
}

} // namespace

int dumpTransformer(const nn::TransformerModel& model, const TransformerDumpRequest& request) {
    if (!request.input)
        return refuseArguments(QString::fromStdString(request.modelFile) +
                               " is a transformer@1 model: dump needs --input \"TOKENS …\"");
    if (request.target && (model.task == nn::Task::Labelling || model.task == nn::Task::Classification))
        return refuseArguments("dump: --target applies to seq2seq and language_model models only");
    try {
        const nn::TransformerTrace trace = pass(model, request);
        if (request.output) {
            saveTransformerTrace(*request.output, model, trace);
        } else {
            std::ostringstream text; // whole or not at all, as a file would be
            writeTransformerTrace(text, model, trace);
            std::cout << text.view();
            std::cout.flush();
            if (!std::cout) {
                std::cerr << "attention-lab: writing the trace to standard output failed\n";
                return Failure;
            }
        }
        return Done;
    } catch (const InputError& error) {
        return refuse(describe(error.inFile(request.modelFile)));
    } catch (const std::domain_error&) {
        std::cerr << "attention-lab: " << request.modelFile
                  << ": the computation exceeds the range of a double (weights too large)\n";
        return BadInput;
    }
}

} // namespace al::cli
