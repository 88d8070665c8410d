#include "ui/lessons/transformer/transformer_lesson.h"

#include "ui/lessons/transformer/transformer_controls.h"

#include <algorithm>

namespace al {

QString taskName(nn::Task task) {
    switch (task) {
    case nn::Task::Labelling:
        return QCoreApplication::translate("al::TransformerLesson", "labelling");
    case nn::Task::Classification:
        return QCoreApplication::translate("al::TransformerLesson", "classification");
    case nn::Task::Seq2Seq:
        return QCoreApplication::translate("al::TransformerLesson", "sequence to sequence");
    case nn::Task::LanguageModel:
        return QCoreApplication::translate("al::TransformerLesson", "language modelling");
    }
    return {};
}

LessonControls* TransformerLesson::createControls(AttentionDocument&) const {
    return new TransformerControls(*this);
}

bool TransformerLesson::accepts(nn::Task task) const {
    const std::vector<nn::Task> shown = tasks();
    return std::find(shown.begin(), shown.end(), task) != shown.end();
}

StepContent TransformerLesson::noModel() {
    StepContent content;
    content.explanation = QCoreApplication::translate(
        "al::TransformerLesson", "<p><b>No model is open.</b> Open a Transformer model (an "
                                 "attention-lab/transformer@1 file) with the button above, File → Open, or by "
                                 "dropping it on the window.</p>");
    return content;
}

} // namespace al
