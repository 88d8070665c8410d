#include "tests/ui/transformer_lesson_support.h"

#include "core/io/token_ids.h"
#include "core/io/transformer_loader.h"

namespace al::test {

std::filesystem::path bundledModelFile(const std::string& fileName) {
    return std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "samples" / "models" / fileName;
}

LessonInput transformerLessonInput(const std::filesystem::path& modelFile, const std::string& input, int step,
                                   TransformerChoice choice, std::optional<std::string> target) {
    auto model = std::make_shared<const nn::TransformerModel>(loadTransformer(modelFile));
    std::optional<std::vector<int>> targetIds;
    if (target) targetIds = tokenizeTarget(*model, *target);
    auto state = std::make_shared<TransformerLessonState>();
    state->run = std::make_shared<const TransformerRun>(model, tokenizeInput(*model, input), targetIds);
    state->choice = choice;
    state->modelTitle = QString::fromStdString(model->title);
    state->modelFile = QString::fromStdString(modelFile.string());
    LessonInput lessonInput;
    lessonInput.step = step;
    lessonInput.own = state;
    return lessonInput;
}

const TransformerLessonState& stateOf(const LessonInput& input) {
    return transformerState(input);
}

} // namespace al::test
