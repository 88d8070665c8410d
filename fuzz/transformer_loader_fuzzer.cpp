// libFuzzer target: any bytes as a transformer@1 file. Either parseTransformer refuses them
// with an InputError, or the model is valid and, when small, writes as JSON that reads back
// to the same model bit for bit. Anything else (a crash, another exception, a written model
// the loader refuses or reads differently, a sanitizer report) is a finding.
#include "core/base/input_error.h"
#include "core/io/transformer_loader.h"
#include "core/io/transformer_writer.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string_view>

namespace {
bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    al::nn::TransformerModel model;
    try {
        model = al::parseTransformer(text, "fuzz.json");
    } catch (const al::InputError&) {
        return 0; // refused with a message: what a bad file should get
    }
    // Small models only: the fuzzer is after the loader's logic, not megabytes of weights.
    if (model.weights.values().size() > 100000) return 0;
    std::ostringstream out;
    al::writeTransformer(out, model);
    try {
        const al::nn::TransformerModel again = al::parseTransformer(out.str(), "written.json");
        if (again.title != model.title || again.task != model.task || !(again.architecture == model.architecture) ||
            again.vocabulary != model.vocabulary || again.outputs != model.outputs || again.seed != model.seed ||
            !sameBits(again.weights.values(), model.weights.values()) ||
            again.training.has_value() != model.training.has_value())
            std::abort(); // the written model reads back as another
    } catch (const al::InputError&) {
        std::abort(); // the loader refuses what the writer wrote
    }
    return 0;
}
