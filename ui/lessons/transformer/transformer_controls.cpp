#include "ui/lessons/transformer/transformer_controls.h"

#include "core/base/input_error.h"
#include "core/io/token_ids.h"
#include "ui/core_messages.h"
#include "ui/sample_catalog.h"
#include "ui/worker.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

namespace al {

namespace {

QString joined(const std::vector<std::string>& tokens) {
    QStringList words;
    for (const std::string& token : tokens)
        words << QString::fromStdString(token);
    return words.join(' ');
}

QSpinBox* counter(const QString& prefix, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setPrefix(prefix);
    box->setRange(1, 1);
    box->setAccelerated(true);
    return box;
}

// The typed tokens as ids, or the reason they cannot be read: an unknown token named with
// its place counted from 1, as on screen; then the lengths the model can read (`tokenize`).
template <typename Tokenize>
std::optional<std::vector<int>> readTokens(const QString& text, const std::vector<std::string>& known, QString* problem,
                                           Tokenize tokenize) {
    const std::vector<std::string> tokens = splitTokens(text.toStdString());
    const TokenIndex index(known);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (!index.find(tokens[i])) {
            *problem = TransformerControls::tr("“%1” (token %2) is not in the model's vocabulary")
                           .arg(QString::fromStdString(tokens[i]))
                           .arg(i + 1);
            return std::nullopt;
        }
    try {
        return tokenize(text.toStdString());
    } catch (const InputError& error) {
        *problem = translated(error.problemMessage());
        return std::nullopt;
    }
}

// A start for a model's input: its first few tokens (what a language model must read: two).
QString firstTokens(const nn::TransformerModel& model) {
    const std::size_t count =
        std::min<std::size_t>({4, model.vocabulary.size(), std::size_t(model.architecture.maxLength)});
    return joined({model.vocabulary.begin(), model.vocabulary.begin() + std::ptrdiff_t(count)});
}

} // namespace

TransformerControls::TransformerControls(const TransformerLesson& lesson, QWidget* parent)
    : LessonControls(parent), lesson_(lesson), loader_(new Worker(this)) {
    buildWidgets();
    fillModelList();
    connect(loader_, &Worker::failed, this, [this](const QString& why) {
        loading_ = false;
        setMessage(why);
        emit refused(why);
        emit changed();
    });
    connect(loader_, &Worker::cancelled, this, [this] {
        loading_ = false;
        emit changed();
    });
    if (const QString path = bundledModelPath(lesson_.defaultModel()); !path.isEmpty()) {
        input_->setText(lesson_.defaultInput());
        openModel(path);
    } else {
        setMessage(tr("The bundled model %1 was not found: open a model file.").arg(lesson_.defaultModel()));
    }
}

void TransformerControls::readTyped() {
    typing_->stop();
    if (model_) rebuild();
}

void TransformerControls::buildWidgets() {
    typing_ = new QTimer(this);
    typing_->setSingleShot(true);
    typing_->setInterval(300);
    connect(typing_, &QTimer::timeout, this, &TransformerControls::readTyped);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(4, 2, 4, 2);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* modelRow = new QHBoxLayout;
    models_ = new QComboBox(this);
    models_->setObjectName("models"); // lists the models' own titles (content, not translated)
    models_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    models_->setToolTip(tr("The bundled trained models this lesson can show, and the files opened here"));
    open_ = new QPushButton(tr("Open model…"), this);
    open_->setToolTip(tr("Open an attention-lab/transformer@1 file (or drop one on the window)"));
    modelRow->addWidget(models_, 1);
    modelRow->addWidget(open_);
    form->addRow(tr("Model:"), modelRow);

    input_ = new QLineEdit(this);
    input_->setClearButtonEnabled(true);
    input_->setPlaceholderText(tr("tokens of the model's vocabulary, separated by spaces"));
    vocabulary_ = new QLabel(this);
    vocabulary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(input_, 2);
    inputRow->addWidget(vocabulary_, 1);
    form->addRow(lesson_.primaryTask() == nn::Task::LanguageModel ? tr("Prompt:") : tr("Input:"), inputRow);
    connect(input_, &QLineEdit::textEdited, this, &TransformerControls::inputEdited);
    connect(input_, &QLineEdit::returnPressed, this, &TransformerControls::readTyped);

    if (lesson_.usesTarget()) {
        target_ = new QLineEdit(this);
        target_->setClearButtonEnabled(true);
        target_->setPlaceholderText(tr("empty: the decoder reads the model's own output (generation)"));
        target_->setToolTip(tr("Teacher forcing: the decoder reads <bos> and these tokens, whatever it predicts"));
        form->addRow(tr("Target:"), target_);
        connect(target_, &QLineEdit::textEdited, this, &TransformerControls::inputEdited);
        connect(target_, &QLineEdit::returnPressed, this, &TransformerControls::readTyped);
    }

    auto* choiceRow = new QHBoxLayout;
    layer_ = counter(tr("Layer "), this);
    head_ = counter(tr("Head "), this);
    position_ = counter(tr("Position "), this);
    position_->setToolTip(tr("The position (row) the steps follow"));
    for (QSpinBox* box : {layer_, head_, position_})
        choiceRow->addWidget(box);
    if (lesson_.usesGenerationStep()) {
        generationStep_ = counter(tr("Generation step "), this);
        generationStep_->setRange(1, 1);
        choiceRow->addWidget(generationStep_);
    }
    choiceRow->addStretch(1);
    form->addRow(tr("Show:"), choiceRow);
    for (QSpinBox* box : findChildren<QSpinBox*>())
        connect(box, &QSpinBox::valueChanged, this, &TransformerControls::choiceEdited);

    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->setStyleSheet("color: #b00020");
    message_->hide();
    form->addRow(message_);

    connect(models_, &QComboBox::activated, this, &TransformerControls::modelChosen);
    connect(open_, &QPushButton::clicked, this, &TransformerControls::browse);
}

void TransformerControls::fillModelList() {
    models_->clear();
    for (const ModelEntry& entry : bundledModels())
        if (const auto task = nn::parseTask(entry.task.toStdString()); task && lesson_.accepts(*task))
            models_->addItem(entry.title, entry.path);
}

std::shared_ptr<const void> TransformerControls::state() const {
    if (!run_) return nullptr;
    auto state = std::make_shared<TransformerLessonState>();
    state->run = run_;
    state->choice = choice_;
    state->modelTitle = QString::fromStdString(run_->model().title);
    state->modelFile = modelPath_;
    return state;
}

bool TransformerControls::isReady() const {
    return !loading_ || run_ != nullptr;
}

bool TransformerControls::takeQuery(int query) {
    position_->setValue(query + 1); // clamped by the counter; changed() follows
    return true;
}

void TransformerControls::openModel(const QString& path) {
    if (!isModelFile(path)) { // a sample, a dataset…: say what it is not, before reading it
        const QString why = tr("%1 is not a Transformer model: its \"format\" is not attention-lab/transformer@1.")
                                .arg(QFileInfo(path).fileName());
        setMessage(why);
        emit refused(why);
        return;
    }
    loading_ = true;
    setMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    message_->setStyleSheet("");
    loader_->start([path, this](Cancellation&) -> Worker::Delivery {
        const ModelRead read = readModelFile(path); // worker thread
        return [this, read, path] {                 // GUI thread
            loading_ = false;
            if (!read.model) {
                setMessage(read.problem);
                emit refused(read.problem);
                emit changed();
                return;
            }
            setModel(read.model, path);
        };
    });
}

void TransformerControls::setModel(std::shared_ptr<const nn::TransformerModel> model, const QString& path) {
    loading_ = false;
    if (!lesson_.accepts(model->task)) {
        const QString why =
            tr("%1 is a model for %2: this lesson shows %3.")
                .arg(QFileInfo(path).fileName(), taskName(model->task), taskName(lesson_.primaryTask()));
        setMessage(why);
        emit refused(why);
        emit changed();
        return;
    }
    model_ = std::move(model);
    modelPath_ = path;
    int index = models_->findData(path);
    if (index < 0) {
        models_->addItem(tr("%1 (file)").arg(QString::fromStdString(model_->title)), path);
        index = models_->count() - 1;
    }
    models_->setCurrentIndex(index);
    // The typed input stays when the new model can read it; else the lesson's own sentence
    // for its bundled model, or the first tokens of another model's vocabulary.
    QString unused;
    if (!readTokens(input_->text(), model_->vocabulary, &unused,
                    [&](const std::string& text) { return tokenizeInput(*model_, text); }))
        input_->setText(path == bundledModelPath(lesson_.defaultModel()) ? lesson_.defaultInput()
                                                                         : firstTokens(*model_));
    showModel();
    rebuild();
}

QString TransformerControls::setInputText(const QString& text) {
    input_->setText(text);
    readTyped();
    return message();
}

QString TransformerControls::setTargetText(const QString& text) {
    if (!target_) return tr("This lesson has no target.");
    target_->setText(text);
    readTyped();
    return message();
}

void TransformerControls::setChoice(const TransformerChoice& choice) {
    const QSignalBlocker blocks[] = {QSignalBlocker(layer_), QSignalBlocker(head_), QSignalBlocker(position_)};
    layer_->setValue(choice.layer + 1);
    head_->setValue(choice.head + 1);
    position_->setValue(choice.position + 1);
    if (generationStep_) {
        const QSignalBlocker block(generationStep_);
        generationStep_->setValue(choice.generationStep + 1);
    }
    choiceEdited();
}

TransformerSetup TransformerControls::setup() const {
    return {model_, modelPath_, input_->text(), target_ ? target_->text() : QString(), choice_};
}

void TransformerControls::applySetup(const TransformerSetup& setup) {
    if (!setup.model) return;
    loader_->cancel(); // the default model being read is not wanted
    input_->setText(setup.input);
    if (target_) target_->setText(setup.target);
    setModel(setup.model, setup.modelPath);
    setChoice(setup.choice);
}

QString TransformerControls::message() const {
    return message_->isHidden() ? QString() : message_->text(); // isVisible() needs a shown window
}

void TransformerControls::modelChosen(int index) {
    const QString path = models_->itemData(index).toString();
    if (!path.isEmpty() && path != modelPath_) openModel(path);
}

void TransformerControls::browse() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Transformer model"), QFileInfo(modelPath_).path(),
                                     tr("Transformer models (*.json);;All files (*)"));
    if (!path.isEmpty()) openModel(path);
}

void TransformerControls::showModel() {
    const nn::Architecture& a = model_->architecture;
    const QString words = joined(model_->vocabulary);
    vocabulary_->setText(tr("%n token(s) known", nullptr, int(model_->vocabulary.size())));
    vocabulary_->setToolTip(tr("The model's vocabulary: %1").arg(words.toHtmlEscaped()));
    input_->setToolTip(tr("Tokens of the model's vocabulary, separated by spaces: %1").arg(words.toHtmlEscaped()));
    const QSignalBlocker blocks[] = {QSignalBlocker(layer_), QSignalBlocker(head_), QSignalBlocker(position_)};
    const int layers = std::max(nn::hasEncoder(model_->task) ? a.encoderLayers : 0,
                                nn::hasDecoder(model_->task) ? a.decoderLayers : 0);
    layer_->setRange(1, std::max(layers, 1));
    head_->setRange(1, std::max(a.heads, 1));
    head_->setEnabled(a.attention);
    position_->setRange(1, std::max(a.maxLength, 1));
    if (generationStep_) generationStep_->setRange(1, std::max(a.maxLength, 1));
}

void TransformerControls::inputEdited() {
    typing_->start(); // read once the typing pauses, not a half-typed word at every key
}

void TransformerControls::choiceEdited() {
    readChoice();
    if (run_) emit changed();
}

void TransformerControls::readChoice() {
    choice_.layer = layer_->value() - 1;
    choice_.head = head_->value() - 1;
    choice_.position = position_->value() - 1;
    choice_.generationStep = generationStep_ ? generationStep_->value() - 1 : 0;
}

void TransformerControls::rebuild() {
    const nn::TransformerModel& model = *model_;
    QString problem;
    const auto input = readTokens(input_->text(), model.vocabulary, &problem,
                                  [&](const std::string& text) { return tokenizeInput(model, text, "input"); });
    std::optional<std::vector<int>> target;
    if (input && target_ && !target_->text().trimmed().isEmpty()) {
        target = readTokens(target_->text(), targetTokens(model), &problem,
                            [&](const std::string& text) { return tokenizeTarget(model, text, "target"); });
        if (!target) problem = tr("Target: %1").arg(problem);
    }
    if (!problem.isEmpty() && run_ && run_->sharedModel() == model_) {
        // What is shown stays: the last input the model could read, and the message says so.
        setMessage(tr("%1 — the pictures still show “%2”.").arg(problem, run_->inputText()));
        return;
    }
    setMessage(problem);
    // A new model reads the input it can (setModel made sure it can), without a target it cannot.
    run_ = std::make_shared<const TransformerRun>(model_, input ? *input : std::vector<int>{0},
                                                  problem.isEmpty() ? target : std::nullopt);
    readChoice();
    emit changed();
}

void TransformerControls::setMessage(const QString& message) {
    message_->setStyleSheet("color: #b00020");
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
}

} // namespace al
