#pragma once
// What the training lesson's tests share: a bundled preset by its model file, a setup read
// as the controls read it, a session or controls stepped a given number of times and waited
// for, and the lesson's input for a progress as the page hands it to describe().
#include "ui/lessons/lesson.h"
#include "ui/lessons/training/training_controls.h"
#include "ui/lessons/training/training_presets.h"
#include "ui/lessons/training/training_session.h"
#include "ui/lessons/training/training_state.h"

#include <QString>

#include <memory>
#include <vector>

namespace al::test {

// The bundled preset whose model file is samples/models/`modelFileName`.
const TrainingPreset& trainingPreset(const QString& modelFileName);

// That preset as a request: its model, dataset and settings.
TrainingRequest presetRequest(const QString& modelFileName, bool withBaseline = false);

// prepareTraining(request), required to succeed.
TrainingSetup preparedSetup(const TrainingRequest& request);

// A new run of `setup` in `session`, at step 0, handed over.
std::shared_ptr<const TrainingProgress> resetTo(TrainingSession& session, const TrainingSetup& setup);

// `steps` single steps asked for one by one, then waited for: the progress that shows them.
std::shared_ptr<const TrainingProgress> stepTimes(TrainingSession& session, int steps);

// The controls' run read (the worker done) and handed over at step 0.
void waitUntilPrepared(TrainingControls& controls);

// The controls' state as the page describes it (never null once prepared).
std::shared_ptr<const TrainingLessonState> stateOf(const TrainingControls& controls);

// The input of step `step` of the training lesson for this progress and choice.
LessonInput trainingInput(std::shared_ptr<const TrainingProgress> progress, const TrainingChoice& choice, int step);

// The loss history of a transformer@1 file's training block, read from its JSON text.
std::vector<double> historyOfFile(const QString& path);

// Whether every number of the model's weights is finite.
bool allFinite(const std::vector<double>& values);

} // namespace al::test
