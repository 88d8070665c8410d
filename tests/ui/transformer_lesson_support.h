#pragma once
// A Transformer lesson's input for one step, as TransformerControls hands it to the page:
// a model file read, the typed text turned into ids, the layer, head and position chosen.
// The lesson tests describe steps with it, without a window.
#include "ui/lessons/lesson.h"
#include "ui/lessons/transformer/transformer_lesson.h"

#include <filesystem>
#include <optional>
#include <string>

namespace al::test {

// samples/models/`fileName` in the source tree: "i-saw-a-saw.trained.json".
std::filesystem::path bundledModelFile(const std::string& fileName);

LessonInput transformerLessonInput(const std::filesystem::path& modelFile, const std::string& input, int step,
                                   TransformerChoice choice = {}, std::optional<std::string> target = std::nullopt);

// The state inside such an input.
const TransformerLessonState& stateOf(const LessonInput& input);

} // namespace al::test
