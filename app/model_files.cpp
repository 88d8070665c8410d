#include "app/model_files.h"

#include "core/io/dataset_loader.h"
#include "core/io/transformer_loader.h"

#include <cctype>

namespace al::cli {

bool declaresTransformer(std::string_view jsonText) {
    // The writers put "format" first; a hand-written file may put it anywhere, so the whole
    // text is searched for "format" : "…transformer@1" (the loader then checks the document).
    constexpr std::string_view key = "\"format\"", value = "\"attention-lab/transformer@1\"";
    for (std::size_t at = jsonText.find(key); at != std::string_view::npos; at = jsonText.find(key, at + 1)) {
        std::size_t next = at + key.size();
        auto skipSpace = [&] {
            while (next < jsonText.size() && std::isspace(static_cast<unsigned char>(jsonText[next])))
                ++next;
        };
        skipSpace();
        if (next >= jsonText.size() || jsonText[next] != ':') continue;
        ++next;
        skipSpace();
        if (jsonText.substr(next, value.size()) == value) return true;
    }
    return false;
}

PairedDataset loadPairedDataset(const nn::TransformerModel& model, const std::string& datasetFile) {
    PairedDataset paired;
    paired.dataset = loadDataset(datasetFile);
    paired.train = pairExamples(model, paired.dataset, DatasetSplit::Train, datasetFile);
    paired.test = pairExamples(model, paired.dataset, DatasetSplit::Test, datasetFile);
    return paired;
}

} // namespace al::cli
