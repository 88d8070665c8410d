#include "ui/lessons/training/training_controls.h"

#include "core/base/input_error.h"
#include "ui/lessons/transformer/transformer_lesson.h"
#include "ui/notation.h"
#include "ui/widgets/flow_layout.h"
#include "ui/worker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace al {

namespace n = notation;

namespace {

QString joined(const std::vector<int>& ids, const std::vector<std::string>& names) {
    QStringList words;
    for (int id : ids)
        words << QString::fromStdString(names.at(std::size_t(id)));
    return words.join(' ');
}

// An example as the list shows it: "I saw a saw → PRON VERB DET NOUN".
QString exampleText(const nn::TransformerModel& model, const nn::Example& example) {
    const QString input = joined(example.input, model.vocabulary);
    if (example.target.empty() || model.task == nn::Task::LanguageModel) return input;
    return input + QStringLiteral("  →  ") + joined(example.target, model.outputs);
}

QSpinBox* spin(const QString& prefix, int low, int high, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setPrefix(prefix);
    box->setRange(low, high);
    box->setAccelerated(true);
    return box;
}

QHBoxLayout* row(QWidget* parent) {
    auto* layout = new QHBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

TrainingControls::TrainingControls(QWidget* parent)
    : LessonControls(parent), session_(new TrainingSession(this)), files_(new Worker(this)),
      animation_(new TrainingAnimation(this)) {
    buildWidgets();
    connect(animation_, &TrainingAnimation::finished, this, [this](const QString& problem) {
        setMessage(problem);
        showProgress();
        emit animated(animationPath_, problem);
    });
    connect(session_, &TrainingSession::progressed, this, &TrainingControls::progressed);
    connect(files_, &Worker::failed, this, [this](const QString& why) {
        preparing_ = false;
        setMessage(why);
        emit changed();
    });
    if (!bundledTrainingPresets().isEmpty())
        choosePreset(0);
    else
        setMessage(tr("The bundled datasets were not found: open a dataset file."));
}

void TrainingControls::buildWidgets() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    // What to train, its shape, its settings and the commands: groups that wrap in a narrow
    // window (or presentation mode's large type) rather than widen it.
    auto* groups = new FlowLayout(nullptr, 10);
    groups->addWidget(buildDatasetGroup());
    groups->addWidget(buildShapeGroup());
    groups->addWidget(buildSettingsGroup());
    groups->addWidget(buildCommandGroup());
    layout->addLayout(groups);
    layout->addWidget(buildViewRow());
    message_ = new QLabel(this);
    message_->setObjectName("message");
    message_->setWordWrap(true);
    message_->setStyleSheet("color: #b00020;");
    message_->hide();
    layout->addWidget(message_);
}

QWidget* TrainingControls::buildDatasetGroup() {
    auto* box = new QWidget(this);
    auto* layout = row(box);
    presets_ = new QComboBox(box);
    presets_->setObjectName("presets"); // the datasets' own titles (content, not translated)
    presets_->setToolTip(tr("A bundled dataset, with the model and settings it is trained with"));
    for (const TrainingPreset& preset : bundledTrainingPresets())
        presets_->addItem(preset.title);
    openDataset_ = new QPushButton(tr("Open dataset…"), box);
    openDataset_->setToolTip(tr("Train a fresh model of the shape shown on any attention-lab/dataset@1 file"));
    layout->addWidget(new QLabel(tr("Train:"), box));
    layout->addWidget(presets_);
    layout->addWidget(openDataset_);
    connect(presets_, &QComboBox::activated, this, &TrainingControls::choosePreset);
    connect(openDataset_, &QPushButton::clicked, this, &TrainingControls::browseDataset);
    return box;
}

QWidget* TrainingControls::buildShapeGroup() {
    auto* box = new QWidget(this);
    auto* layout = row(box);
    dModel_ = spin(tr("d "), 4, 256, box);
    dModel_->setSingleStep(4);
    dModel_->setToolTip(tr("d_model: the width of every vector x"));
    heads_ = spin(tr("heads "), 1, 16, box);
    heads_->setToolTip(tr("H: the heads of each attention; d_h = d / H"));
    layers_ = spin(tr("layers "), 1, 6, box);
    layers_->setToolTip(tr("The layers of each stack (encoder, decoder)"));
    norm_ = new QComboBox(box);
    norm_->addItem(tr("post-norm"), int(nn::NormPlacement::Post));
    norm_->addItem(tr("pre-norm"), int(nn::NormPlacement::Pre));
    norm_->setToolTip(tr("Where LayerNorm stands: after the residual's sum (post) or before the sublayer (pre)"));
    positions_ = new QComboBox(box);
    positions_->addItem(tr("no positions"), int(PositionalEncoding::None));
    positions_->addItem(tr("sinusoidal"), int(PositionalEncoding::Sinusoidal));
    positions_->addItem(tr("learned"), int(PositionalEncoding::Learned));
    positions_->setToolTip(tr("The positions added to the embeddings: none, sinusoidal or learned"));
    attention_ = new QCheckBox(tr("self-attention"), box);
    attention_->setToolTip(tr("Off: the feed-forward-only baseline, which looks at each word alone"));
    for (QWidget* widget : std::initializer_list<QWidget*>{dModel_, heads_, layers_, norm_, positions_, attention_})
        layout->addWidget(widget);
    for (QSpinBox* spinBox : {dModel_, heads_, layers_})
        connect(spinBox, &QSpinBox::valueChanged, this, &TrainingControls::architectureEdited);
    for (QComboBox* combo : {norm_, positions_})
        connect(combo, &QComboBox::currentIndexChanged, this, &TrainingControls::architectureEdited);
    connect(attention_, &QCheckBox::toggled, this, &TrainingControls::architectureEdited);
    return box;
}

QWidget* TrainingControls::buildSettingsGroup() {
    auto* box = new QWidget(this);
    auto* layout = row(box);
    optimizer_ = new QComboBox(box);
    optimizer_->setObjectName("optimizers"); // the optimisers' own names, as torch.optim spells them
    optimizer_->addItem("Adam", int(nn::Optimizer::Adam));
    optimizer_->addItem("SGD", int(nn::Optimizer::Sgd));
    learningRate_ = new QDoubleSpinBox(box);
    learningRate_->setPrefix(tr("η "));
    learningRate_->setDecimals(5);
    learningRate_->setRange(0.00001, 10);
    learningRate_->setSingleStep(0.001);
    learningRate_->setToolTip(tr("The learning rate η"));
    batch_ = spin(tr("batch "), 1, 1024, box);
    batch_->setToolTip(tr("B: the examples of each step"));
    baseline_ = new QCheckBox(tr("baseline alongside"), box);
    baseline_->setToolTip(
        tr("Also train the same model without attention, step for step (labelling and classification)"));
    for (QWidget* widget : std::initializer_list<QWidget*>{optimizer_, learningRate_, batch_, baseline_})
        layout->addWidget(widget);
    connect(optimizer_, &QComboBox::currentIndexChanged, this, &TrainingControls::settingsEdited);
    connect(learningRate_, &QDoubleSpinBox::valueChanged, this, &TrainingControls::settingsEdited);
    connect(batch_, &QSpinBox::valueChanged, this, &TrainingControls::settingsEdited);
    connect(baseline_, &QCheckBox::toggled, this, &TrainingControls::settingsEdited);
    return box;
}

QWidget* TrainingControls::buildCommandGroup() {
    auto* box = new QWidget(this);
    auto* layout = row(box);
    train_ = new QPushButton(tr("Train"), box);
    train_->setObjectName("train");
    train_->setToolTip(tr("Train until paused (Space in presentation mode)"));
    step_ = new QPushButton(tr("Step"), box);
    step_->setToolTip(
        tr("One step: one batch forward and backward, then the optimiser's update (→ in presentation mode)"));
    reset_ = new QPushButton(tr("Reset"), box);
    reset_->setToolTip(tr("Back to step 0: the weights as the seed makes them, with the settings shown"));
    save_ = new QPushButton(tr("Save model…"), box);
    save_->setToolTip(tr("Save the model as trained now, with its settings and history, as a transformer@1 file"));
    openSaved_ = new QPushButton(tr("Open in lessons"), box);
    openSaved_->setToolTip(tr("Show the saved model in the Transformer lessons"));
    openSaved_->setEnabled(false);
    animate_ = new QPushButton(tr("Animation…"), box);
    animate_->setToolTip(
        tr("Export α′ of the example shown over training as an animated GIF or PNG frames, for slides"));
    for (QWidget* widget : std::initializer_list<QWidget*>{train_, step_, reset_, save_, openSaved_, animate_})
        layout->addWidget(widget);
    connect(train_, &QPushButton::clicked, this, &TrainingControls::trainOrPause);
    connect(step_, &QPushButton::clicked, this, &TrainingControls::stepOnce);
    connect(reset_, &QPushButton::clicked, this, &TrainingControls::resetTraining);
    connect(save_, &QPushButton::clicked, this, &TrainingControls::browseSave);
    connect(openSaved_, &QPushButton::clicked, this, [this] { emit openInLessons(savedPath_); });
    connect(animate_, &QPushButton::clicked, this, &TrainingControls::browseAnimation);
    return box;
}

QWidget* TrainingControls::buildViewRow() {
    auto* box = new QWidget(this);
    auto* layout = row(box);
    example_ = new QComboBox(box);
    example_->setObjectName("examples"); // the dataset's own tokens (content, not translated)
    example_->setToolTip(tr("The training example whose attention the plots show"));
    example_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    example_->setMinimumContentsLength(14);
    layer_ = spin(tr("layer "), 1, 1, box);
    head_ = spin(tr("head "), 1, 1, box);
    site_ = new QComboBox(box);
    timeline_ = new QSlider(Qt::Horizontal, box);
    timeline_->setObjectName("timeline");
    timeline_->setToolTip(tr("Back through training: the moments kept, from step 0 to now (at the right end)"));
    timeline_->setRange(0, 0);
    timeline_->setMinimumWidth(80);
    status_ = new QLabel(box);
    status_->setObjectName("status");
    status_->setMinimumWidth(60); // a long status is cut: the row never widens the window
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(new QLabel(tr("Show:"), box));
    layout->addWidget(example_, 2);
    for (QWidget* widget : std::initializer_list<QWidget*>{layer_, head_, site_})
        layout->addWidget(widget);
    layout->addWidget(timeline_, 3);
    layout->addWidget(status_, 2);
    connect(example_, &QComboBox::currentIndexChanged, this, &TrainingControls::choiceEdited);
    connect(layer_, &QSpinBox::valueChanged, this, &TrainingControls::choiceEdited);
    connect(head_, &QSpinBox::valueChanged, this, &TrainingControls::choiceEdited);
    connect(site_, &QComboBox::currentIndexChanged, this, &TrainingControls::choiceEdited);
    connect(timeline_, &QSlider::valueChanged, this, &TrainingControls::choiceEdited);
    return box;
}

std::shared_ptr<const void> TrainingControls::state() const {
    const auto progress = session_->progress();
    if (!progress) return nullptr;
    return std::make_shared<const TrainingLessonState>(TrainingLessonState{progress, choice_});
}

bool TrainingControls::isReady() const {
    // Ready once a run was handed over, or when the first one was refused (then the step says why).
    return session_->progress() != nullptr || (!preparing_ && !message().isEmpty());
}

QString TrainingControls::message() const {
    return message_->isHidden() ? QString() : message_->text();
}

void TrainingControls::setMessage(const QString& message) {
    message_->setText(message);
    message_->setHidden(message.isEmpty());
}

void TrainingControls::choosePreset(int index) {
    const auto& presets = bundledTrainingPresets();
    if (index < 0 || index >= presets.size()) return;
    const TrainingPreset& preset = presets[index];
    TrainingRequest request;
    request.modelFile = preset.modelFile;
    request.datasetFile = preset.datasetFile;
    request.settings = preset.settings;
    request.steps = preset.steps;
    // The notes' comparison comes with "I saw a saw": the baseline trains beside attention.
    request.withBaseline = QFileInfo(preset.modelFile).fileName() == QLatin1String("i-saw-a-saw.model.json");
    setRequest(request);
}

void TrainingControls::browseDataset() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a dataset"), QFileInfo(request_.datasetFile).path(), tr("Datasets (*.json);;All files (*)"));
    if (!path.isEmpty()) openDataset(path);
}

void TrainingControls::openDataset(const QString& path) {
    TrainingRequest request = request_;
    request.datasetFile = path;
    request.modelFile.clear(); // a fresh model with the dataset's own vocabularies
    if (model_) request.architecture = model_->architecture;
    request.seed.reset();
    setRequest(request);
}

void TrainingControls::setRequest(const TrainingRequest& request) {
    request_ = request;
    prepare();
}

void TrainingControls::prepare() {
    preparing_ = true;
    session_->pause();
    files_->start([request = request_, this](Cancellation&) -> Worker::Delivery {
        auto prepared = std::make_shared<PreparedTraining>(prepareTraining(request)); // worker thread
        return [this, prepared] {                                                     // GUI thread
            preparing_ = false;
            if (!prepared->setup) {
                setMessage(prepared->problem);
                // Back to what trains: Reset then restarts it, not the file refused.
                if (session_->progress()) request_ = training_;
                showRequest();
                emit changed();
                return;
            }
            setMessage({});
            settingsPending_ = false;
            shapeRefused_ = false;
            savedPath_.clear(); // "Open in lessons" is for this run's saved model
            openSaved_->setEnabled(false);
            const bool newTask = !model_ || prepared->setup->model->task != task_;
            model_ = prepared->setup->model;
            task_ = model_->task;
            // Seq2seq opens on cross-attention: the alignment that forms as it learns.
            if (newTask && task_ == nn::Task::Seq2Seq) choice_.site = AttentionSite::Cross;
            request_.architecture = model_->architecture;
            training_ = request_;
            session_->reset(*prepared->setup);
            showRequest();
        };
    });
}

void TrainingControls::resetTraining() {
    prepare();
}

bool TrainingControls::hasFailed() const {
    const auto progress = session_->progress();
    return progress &&
           (!progress->main.failure.isEmpty() || (progress->baseline && !progress->baseline->failure.isEmpty()));
}

void TrainingControls::trainOrPause() {
    if (preparing_ || !session_->progress() || shapeRefused_ || hasFailed()) return;
    if (settingsPending_) {
        prepare(); // the new settings first: training starts once they are read
        return;
    }
    const long long steps = session_->progress()->main.steps;
    if (session_->isRunning())
        session_->pause();
    else // first as far as the preset's make models trains; then on, until paused
        session_->train(steps < request_.steps ? request_.steps : -1);
    showProgress();
}

void TrainingControls::stepOnce() {
    if (preparing_ || !session_->progress() || session_->isRunning() || shapeRefused_ || hasFailed()) return;
    session_->step();
}

void TrainingControls::architectureEdited() {
    if (showing_ || !model_) return;
    nn::Architecture architecture = model_->architecture;
    architecture.dModel = dModel_->value();
    architecture.heads = heads_->value();
    if (nn::hasEncoder(task_)) architecture.encoderLayers = layers_->value();
    if (nn::hasDecoder(task_)) architecture.decoderLayers = layers_->value();
    architecture.norm = nn::NormPlacement(norm_->currentData().toInt());
    architecture.positional = PositionalEncoding(positions_->currentData().toInt());
    architecture.attention = attention_->isChecked();
    if (const QString problem = architectureProblem(task_, architecture); !problem.isEmpty()) {
        setMessage(problem); // nothing trains until the shape is one the engine takes
        shapeRefused_ = true;
        session_->pause();
        showProgress();
        return;
    }
    shapeRefused_ = false;
    request_.architecture = architecture;
    prepare(); // a new shape is a new model: training starts again
}

void TrainingControls::settingsEdited() {
    if (showing_) return;
    auto& optimizer = request_.settings.optimizer;
    const auto kind = nn::Optimizer(optimizer_->currentData().toInt());
    optimizer.kind = kind;
    optimizer.learningRate = learningRate_->value();
    request_.settings.batch = batch_->value();
    request_.withBaseline = baseline_->isChecked();
    const auto progress = session_->progress();
    if (progress && progress->main.steps == 0 && !session_->isRunning()) {
        prepare(); // nothing trained yet: the settings apply at once
        return;
    }
    settingsPending_ = true;
    showProgress();
}

void TrainingControls::choiceEdited() {
    if (showing_) return;
    choice_.example = std::max(example_->currentIndex(), 0);
    choice_.layer = layer_->value() - 1;
    choice_.head = head_->value() - 1;
    choice_.site = AttentionSite(site_->currentData().toInt());
    const auto progress = session_->progress();
    const int moments = progress ? int(progress->main.snapshots.size()) : 0;
    choice_.moment = timeline_->value() >= moments ? -1 : timeline_->value();
    showProgress();
    emit changed();
}

void TrainingControls::setChoice(const TrainingChoice& choice) {
    choice_ = choice;
    showRequest();
    emit changed();
}

void TrainingControls::showRequest() {
    showing_ = true;
    if (model_) {
        const nn::Architecture& a = model_->architecture;
        dModel_->setValue(a.dModel);
        heads_->setValue(a.heads);
        layers_->setValue(nn::hasEncoder(task_) ? a.encoderLayers : a.decoderLayers);
        norm_->setCurrentIndex(norm_->findData(int(a.norm)));
        positions_->setCurrentIndex(positions_->findData(int(a.positional)));
        attention_->setChecked(a.attention);
        attention_->setEnabled(!nn::hasDecoder(task_));
        layer_->setRange(
            1, std::max(nn::hasEncoder(task_) ? a.encoderLayers : 1, nn::hasDecoder(task_) ? a.decoderLayers : 1));
        head_->setRange(1, a.heads);
        site_->clear();
        if (nn::hasEncoder(task_) && a.attention)
            site_->addItem(tr("encoder self-attention"), int(AttentionSite::EncoderSelf));
        if (nn::hasDecoder(task_)) site_->addItem(tr("masked self-attention"), int(AttentionSite::DecoderSelf));
        if (task_ == nn::Task::Seq2Seq) site_->addItem(tr("cross-attention"), int(AttentionSite::Cross));
        site_->setEnabled(site_->count() > 1);
        // Seq2seq opens on cross-attention: the alignment that forms as it learns.
        int site = site_->findData(int(choice_.site));
        if (task_ == nn::Task::Seq2Seq && site < 0) site = site_->findData(int(AttentionSite::Cross));
        site_->setCurrentIndex(std::max(site, 0));
        choice_.site = AttentionSite(site_->currentData().toInt());
        layer_->setValue(choice_.layer + 1);
        head_->setValue(choice_.head + 1);
        choice_.layer = layer_->value() - 1;
        choice_.head = head_->value() - 1;
    }
    const auto& settings = request_.settings;
    optimizer_->setCurrentIndex(optimizer_->findData(int(settings.optimizer.kind)));
    learningRate_->setValue(settings.optimizer.learningRate);
    batch_->setValue(settings.batch);
    baseline_->setChecked(request_.withBaseline);
    baseline_->setEnabled(model_ && model_->architecture.attention && !nn::hasDecoder(task_));
    // The bundled preset trained, or the dataset file opened, as an entry after the presets.
    const int bundled = int(bundledTrainingPresets().size());
    while (presets_->count() > bundled)
        presets_->removeItem(bundled);
    int shown = -1;
    for (int p = 0; p < bundled; ++p)
        if (bundledTrainingPresets()[p].datasetFile == request_.datasetFile &&
            bundledTrainingPresets()[p].modelFile == request_.modelFile)
            shown = p;
    if (shown < 0 && !request_.datasetFile.isEmpty()) {
        presets_->addItem(QFileInfo(request_.datasetFile).fileName());
        shown = bundled;
    }
    presets_->setCurrentIndex(shown);
    showing_ = false;
    showProgress();
}

void TrainingControls::progressed() {
    const auto progress = session_->progress();
    if (!progress) return;
    showing_ = true;
    // The example list follows the run's dataset (filled once per run).
    if (example_->property("run").toULongLong() != progress->run) {
        example_->clear();
        const nn::TransformerModel& model = *progress->setup.model;
        for (const nn::Example& example : progress->setup.data->train)
            example_->addItem(exampleText(model, example));
        example_->setCurrentIndex(std::clamp(choice_.example, 0, std::max(example_->count() - 1, 0)));
        choice_.example = std::max(example_->currentIndex(), 0);
        example_->setProperty("run", QVariant::fromValue<qulonglong>(progress->run));
    }
    showing_ = false;
    showProgress();
    emit changed();
}

void TrainingControls::showProgress() {
    const auto progress = session_->progress();
    const bool failed = hasFailed();
    const bool running = session_->isRunning() && !failed;
    train_->setText(running ? tr("Pause") : tr("Train"));
    train_->setEnabled(progress && !preparing_ && !shapeRefused_ && !failed);
    step_->setEnabled(progress && !preparing_ && !running && !shapeRefused_ && !failed);
    reset_->setEnabled(!preparing_);
    save_->setEnabled(progress && progress->main.steps > 0);
    animate_->setEnabled(progress && progress->main.steps > 0 && !animation_->isBusy());
    QFont font = reset_->font();
    font.setBold(settingsPending_);
    reset_->setFont(font);
    if (!progress) {
        status_->setText(preparing_ ? tr("Reading the dataset…") : QString());
        return;
    }
    const RunProgress& main = progress->main;
    if (failed && failureShown_ != progress->run) { // once: a message that follows may replace it
        failureShown_ = progress->run;
        setMessage(!main.failure.isEmpty() ? main.failure : tr("The baseline: %1").arg(progress->baseline->failure));
    }

    // The timeline: one notch per moment kept, and "now" at the right end.
    showing_ = true;
    const int moments = int(main.snapshots.size());
    const bool following = choice_.moment < 0 || choice_.moment >= moments;
    timeline_->setRange(0, moments);
    timeline_->setValue(following ? moments : choice_.moment);
    showing_ = false;
    QString status = following
                         ? tr("now: step %1").arg(main.steps)
                         : tr("step %1 of %2").arg(main.snapshots[std::size_t(choice_.moment)].step).arg(main.steps);
    if (following && !main.history->empty()) status += tr(" · loss %1").arg(n::number(main.history->back(), 4));
    if (running && progress->stepsPerSecond > 0) status += tr(" · %1 steps/s").arg(progress->stepsPerSecond, 0, 'f', 0);
    if (settingsPending_) status += tr(" · Reset applies the new settings");
    status_->setText(status);
    status_->setToolTip(status);
}

} // namespace al
