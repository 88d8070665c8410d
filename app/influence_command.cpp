#include "app/influence_command.h"

#include "core/attention/attention_influence.h"
#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/atomic_file.h"
#include "core/io/influence_writer.h"
#include "core/io/sample_loader.h"
#include "core/rnn/sequence_influence.h"
#include "ui/core_messages.h"

#include <iostream>
#include <optional>
#include <system_error>

namespace al::cli {

namespace {

// Refuses (InputError) a sample too long for the influence to be computed.
void checkLength(const Sample& sample, const std::string& samplePath) {
    if (sample.tokenCount() > maxInfluenceTokens)
        throw InputError(samplePath, "tokens",
                         message(QT_TRANSLATE_NOOP("Message", "%1 tokens; the influence is computed for at most %2"),
                                 sample.tokenCount(), maxInfluenceTokens));
}

int influence(const std::string& samplePath, const std::optional<std::string>& output) {
    try {
        const Sample sample = loadSample(samplePath);
        checkLength(sample, samplePath);
        const SequenceInfluence document = sequenceInfluence(sample);
        if (std::string field = firstNonFiniteField(document); !field.empty()) throw std::overflow_error(field);
        if (output) {
            writeFileAtomically(*output, [&](std::ostream& file) { writeInfluence(file, document); });
        } else {
            writeInfluence(std::cout, document);
            std::cout.flush();
            if (!std::cout) {
                std::cerr << "attention-lab: writing the influence to standard output failed\n";
                return Failure;
            }
        }
        return Done;
    } catch (const InputError& error) {
        return refuse(describe(error)); // in the language of --lang
    } catch (const std::overflow_error& error) {
        std::cerr << "attention-lab: " << samplePath << ": " << error.what()
                  << ": the computation exceeds the range of a double (inputs or weights too large)\n";
        return BadInput;
    } catch (const std::system_error& error) {
        std::cerr << "attention-lab: " << error.what() << '\n';
        return Failure;
    } catch (const std::bad_alloc&) {
        std::cerr << "attention-lab: " << samplePath << ": not enough memory for this sample\n";
        return Failure;
    }
}

} // namespace

Prepared prepareInfluence(const Arguments& arguments) {
    const std::string sample = local(arguments.operands.front());
    if (arguments.options.values("output").size() > 1) return refuseArguments("influence: -o given twice");
    std::optional<std::string> output;
    if (arguments.options.isSet("output")) {
        const QString path = arguments.options.value("output");
        if (const QString problem = checkOutputPath(path); !problem.isEmpty()) return refuse(problem);
        output = local(path);
    }
    return Work([sample, output] { return influence(sample, output); });
}

} // namespace al::cli
