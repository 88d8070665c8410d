// libFuzzer target: any bytes as a sample file. Either parseSample refuses them with an
// InputError, or the sample is valid and, when small, runs to a trace whose values are
// finite or reported by firstNonFiniteField, and which writes as JSON. Anything else (a
// crash, another exception, a sanitizer report) is a finding.
#include "core/attention/attention.h"
#include "core/base/input_error.h"
#include "core/io/sample_loader.h"
#include "core/io/trace_writer.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const al::Sample sample = al::parseSample(text, "fuzz.json");
        // Small samples only: the fuzzer is after the loader's and run()'s logic, not N².
        if (sample.tokenCount() > 48 || sample.embeddings.cols() > 64 || sample.model.config.heads > 8) return 0;
        const al::Trace trace = al::run(sample);
        if (!al::firstNonFiniteField(trace).empty()) return 0; // reported, as dump does
        for (int h = 0; h < int(trace.heads.size()); ++h)
            if (!trace.attention(h)->weights.allFinite()) std::abort(); // normalization.h promises finite α′
        std::ostringstream out;
        al::writeTrace(out, trace);
    } catch (const al::InputError&) {
        // refused with a message: what a bad file should get
    }
    return 0;
}
