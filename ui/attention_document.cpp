#include "ui/attention_document.h"

#include "ui/core_messages.h"
#include "ui/worker.h"

#include "core/attention/attention.h"
#include "core/attention/masks.h"
#include "core/attention/reconfigure.h"
#include "core/attention/sentence_edit.h"
#include "core/base/input_error.h"
#include "core/io/atomic_file.h"
#include "core/io/sample_loader.h"
#include "core/io/sample_writer.h"
#include "core/io/trace_writer.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace al {

namespace {
Matrix* weightMatrix(Model& model, WeightMatrix which) {
    switch (which) {
    case WeightMatrix::Query:
        return &model.weights.W_q;
    case WeightMatrix::Key:
        return &model.weights.W_k;
    case WeightMatrix::Value:
        return &model.weights.W_v;
    case WeightMatrix::Output:
        return &model.weights.W_o;
    case WeightMatrix::Additive:
        return &model.weights.w_a;
    }
    return nullptr;
}

bool inside(const Matrix& matrix, int row, int column) {
    return row >= 0 && column >= 0 && row < matrix.rows() && column < matrix.cols();
}
} // namespace

// One edit: the sample before and after it.
class SampleEdit : public QUndoCommand {
public:
    SampleEdit(AttentionDocument& document, Sample before, Sample after, const QString& text, int mergeKey)
        : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after)),
          mergeKey_(mergeKey) {}
    void undo() override { document_.apply(before_); }
    void redo() override { document_.apply(after_); }
    int id() const override { return mergeKey_; }
    void endAt(const Sample& sample) { after_ = sample; }
    // One drag of a slider is one step: edits of the same kind less than a second apart.
    bool mergeWith(const QUndoCommand* other) override {
        if (static_cast<const SampleEdit*>(other)->made_ - made_ > std::chrono::seconds(1)) return false;
        // The drag went on from a sample whose trace is shown: Cancel ends the step there again.
        if (document_.tracedIndex_ == document_.undoStack_->index()) document_.tracedStep_ = this;
        after_ = static_cast<const SampleEdit*>(other)->after_;
        made_ = static_cast<const SampleEdit*>(other)->made_;
        document_.merged_ = true;
        return true;
    }

private:
    AttentionDocument& document_;
    Sample before_, after_;
    int mergeKey_;
    std::chrono::steady_clock::time_point made_ = std::chrono::steady_clock::now();
};

namespace {
enum MergeKey { temperatureDrag = 1 };

// A sample's size in bytes, roughly: what one undo step holds twice.
std::size_t sampleBytes(const Sample& s) {
    const Weights& w = s.model.weights;
    const std::size_t numbers = std::size_t(s.embeddings.size() + w.W_q.size() + w.W_k.size() + w.W_v.size() +
                                            w.W_o.size() + w.w_a.size() + s.model.learnedPositions.size());
    return numbers * sizeof(double) + 1;
}

// The trace the lessons show, computed on the worker thread. They show the first head's
// scores and weights, and other heads' weights only in the multi-head lesson, which
// recomputes those it shows: the others are not kept (1.8 GB at N = 4096 with 8 heads),
// and Export trace recomputes them as it writes.
std::shared_ptr<const Trace> computeTrace(const Sample& sample, Cancellation& cancellation) {
    auto trace = std::make_shared<const Trace>(run(sample, KeptMatrices::FirstHead, ComputedHeads::All, cancellation));
    cancellation.check(); // a stop asked for while run() worked: its trace is not wanted
    return trace;
}
} // namespace

AttentionDocument::AttentionDocument(QObject* parent)
    : QObject(parent), undoStack_(new QUndoStack(this)), worker_(new Worker(this)) {
    qRegisterMetaType<std::shared_ptr<const al::Trace>>();
    connect(undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    connect(worker_, &Worker::cancelled, this, [this] { giveUp({}); });
    connect(worker_, &Worker::failed, this, [this](const QString& error) { giveUp(error); });
}

bool AttentionDocument::isComputing() const {
    return worker_->isBusy();
}

bool AttentionDocument::waitForTrace(int timeoutMs) {
    return worker_->waitUntilIdle(timeoutMs) && lastFailure_.isEmpty() && !editPending_ && !loadPending_;
}

bool AttentionDocument::isModified() const {
    return !undoStack_->isClean();
}

QString AttentionDocument::commit(Sample next, const QString& description, int mergeKey) {
    const int before = undoStack_->index();
    if (before < tracedIndex_) { // the push drops the redo steps that held it
        tracedIndex_ = -1;
        tracedStep_ = nullptr;
    }
    merged_ = false;
    undoStack_->push(new SampleEdit(*this, sample_, std::move(next), description, mergeKey));
    // Neither a new step nor a merge: the oldest step went (the undo limit), and the rest moved down.
    if (!merged_ && undoStack_->index() == before && tracedIndex_ >= 0) {
        --tracedIndex_;
        tracedStep_ = nullptr;
    }
    return {};
}

void AttentionDocument::apply(const Sample& sample) {
    const std::optional<SessionBlock> session = sample_.session; // where the user is is not an edit
    sample_ = sample;
    sample_.session = session;
    if (!restoring_) recompute();
}

QString AttentionDocument::saveSession(const QString& path, const SessionState& session) {
    Sample saved = sample_;
    saved.session = session.toBlock();
    try {
        writeFileAtomically(path.toStdString(), [&](std::ostream& out) { writeSample(out, saved); });
    } catch (const std::exception& error) {
        return tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(error.what()));
    }
    sample_.session = saved.session;
    filePath_ = path;
    undoStack_->setClean();
    return {};
}

QString AttentionDocument::load(const QString& path) {
    try {
        replaceWhenComputed(loadSample(path.toStdString()), path, true);
        return {};
    } catch (const InputError& error) {
        return describe(error);
    }
}

void AttentionDocument::setSample(Sample sample) {
    replaceWhenComputed(std::move(sample), filePath_, false);
}

void AttentionDocument::replaceWhenComputed(Sample sample, const QString& path, bool fromFile) {
    loadPending_ = true;
    lastFailure_.clear();
    worker_->start(
        [this, sample = std::move(sample), path, fromFile](Cancellation& cancellation) mutable -> Worker::Delivery {
            // Worker thread: only the sample, by value, is touched here.
            auto trace = computeTrace(sample, cancellation);
            return [this, trace, sample = std::move(sample), path, fromFile]() mutable { // GUI thread
                loadPending_ = editPending_ = false;
                sample_ = sample;
                tracedSample_ = std::move(sample);
                filePath_ = path;
                undoStack_->clear();
                // Each step holds two copies of the sample: about 400 MB of history at most.
                undoStack_->setUndoLimit(int(std::clamp<std::size_t>(200'000'000 / sampleBytes(sample_), 5, 100)));
                tracedIndex_ = 0;
                tracedStep_ = nullptr;
                trace_ = trace;
                emit sampleReplaced();
                emit traceChanged(trace_);
                if (fromFile) emit opened(path);
            };
        });
}

QString AttentionDocument::setEmbedding(int token, int dimension, double value) {
    if (!inside(sample_.embeddings, token, dimension)) return tr("No such entry in the input vectors.");
    if (!std::isfinite(value)) return tr("Enter a finite number.");
    Sample next = sample_;
    next.embeddings(token, dimension) = value;
    return commit(std::move(next), tr("Edit %1 of vector %2").arg(dimension + 1).arg(token + 1));
}

QString AttentionDocument::setWeight(WeightMatrix which, int row, int column, double value) {
    Sample next = sample_;
    Matrix* matrix = weightMatrix(next.model, which);
    if (!matrix || !inside(*matrix, row, column)) return tr("No such entry in this weight matrix.");
    if (!std::isfinite(value)) return tr("Enter a finite number.");
    (*matrix)(row, column) = value;
    return commit(std::move(next), tr("Edit a weight"));
}

QString AttentionDocument::setConfig(const ModelConfig& config) {
    ModelConfig next = config;
    next.dModel = sample_.model.config.dModel; // fixed by the input vectors
    if (const Message problem = checkConfig(next, sample_.tokenCount()); !problem.empty()) return translated(problem);
    ModelConfig onlyTemperature = sample_.model.config;
    onlyTemperature.temperature = next.temperature;
    const bool temperatureOnly = onlyTemperature == next;
    if (next == sample_.model.config) return {};
    Sample edited = sample_;
    std::vector<Message> notes;
    edited.model = reconfigure(sample_.model, next, sample_.tokenCount(), &notes);
    commit(std::move(edited), temperatureOnly ? tr("Change the temperature") : tr("Change the model"),
           temperatureOnly ? temperatureDrag : -1);
    note(notes);
    return {};
}

QString AttentionDocument::commitSentence(const SentenceEdit& edit, const QString& description) {
    if (!edit.refusal.empty()) return translated(edit.refusal);
    if (edit.sample.tokens == sample_.tokens && edit.sample.embeddings == sample_.embeddings) return {}; // no change
    commit(edit.sample, description);
    note(edit.notes);
    return {};
}

QString AttentionDocument::insertToken(int index, const QString& text) {
    return commitSentence(al::insertToken(sample_, index, text.trimmed().toStdString()),
                          tr("Insert “%1”").arg(text.trimmed()));
}

QString AttentionDocument::renameToken(int index, const QString& text) {
    return commitSentence(al::renameToken(sample_, index, text.trimmed().toStdString()),
                          tr("Rename token %1 to “%2”").arg(index + 1).arg(text.trimmed()));
}

QString AttentionDocument::removeToken(int index) {
    const QString label = index >= 0 && index < sample_.tokenCount()
                              ? QString::fromStdString(sample_.tokens[std::size_t(index)])
                              : QString();
    return commitSentence(al::removeToken(sample_, index), tr("Remove “%1”").arg(label));
}

void AttentionDocument::note(const std::vector<Message>& notes) {
    if (notes.empty()) return;
    // Notes that differ only in what they are about become one: "W^q, W^k, W^v: rows 5–8 …".
    std::vector<Message> merged;
    for (const Message& m : notes) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const Message& earlier) {
            return !m.args.empty() && earlier.pattern == m.pattern && earlier.args.size() == m.args.size() &&
                   std::equal(m.args.begin() + 1, m.args.end(), earlier.args.begin() + 1);
        });
        if (same != merged.end())
            same->args[0] += ", " + m.args[0];
        else
            merged.push_back(m);
    }
    QStringList lines;
    for (const Message& m : merged)
        lines << translated(m);
    QString text = lines.join(tr("; ", "between the notes of one edit"));
    text[0] = text[0].toUpper();
    emit noted(tr("%1.", "the end of the notes of one edit").arg(text));
}

QString AttentionDocument::setMasks(std::vector<MaskSpec> masks) {
    for (const MaskSpec& mask : masks)
        if (const Message problem = checkMask(mask, sample_.tokenCount()); !problem.empty())
            return tr("%1 mask: %2")
                .arg(QString::fromUtf8(kindName(mask).data(), qsizetype(kindName(mask).size())), translated(problem));
    Sample next = sample_;
    next.model.masks = std::move(masks);
    return commit(std::move(next), tr("Change the masks"));
}

QString AttentionDocument::reseed(std::uint64_t seed) {
    ModelConfig next = sample_.model.config;
    next.seed = seed;
    return setConfig(next);
}

QString AttentionDocument::writeTrace(const QString& path) const {
    if (!trace_) return tr("There is no trace yet: open a sample first.");
    if (editPending_ || loadPending_)
        return tr("The trace of the latest change is still being computed: export it once the pictures are complete.");
    if (const std::string field = firstNonFiniteField(*trace_); !field.empty())
        return tr("The trace has a value that is not finite (%1), which JSON cannot hold.")
            .arg(QString::fromStdString(field));
    try {
        writeFileAtomically(path.toStdString(), [this](std::ostream& out) { al::writeTrace(out, *trace_); });
        return {};
    } catch (const std::exception& error) {
        return tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(error.what()));
    }
}

void AttentionDocument::recompute() {
    if (sample_.tokens.empty()) return; // nothing opened yet
    editPending_ = true;
    lastFailure_.clear();
    if (loadPending_) return; // the sample being opened replaces this one (or Cancel takes the edit back)
    worker_->start([this, sample = sample_](Cancellation& cancellation) mutable -> Worker::Delivery {
        // Worker thread: only the sample, by value, is touched here.
        auto trace = computeTrace(sample, cancellation);
        return [this, trace, sample = std::move(sample)]() mutable { // GUI thread
            editPending_ = false;
            tracedSample_ = std::move(sample);
            // The stack is as it was when this recompute began: any change since would have
            // started a newer one, and this one would not be delivered. (Not read at the
            // start: an edit recomputes inside push(), before the stack counts it.)
            tracedIndex_ = undoStack_->index();
            tracedStep_ = nullptr;
            trace_ = trace;
            emit traceChanged(trace_);
        };
    });
}

void AttentionDocument::giveUp(const QString& why) {
    const bool load = loadPending_, edit = editPending_;
    if (!load && !edit) return;
    loadPending_ = false;
    if (edit) restoreTracedSample();
    const QString open = filePath_.isEmpty() ? QString::fromStdString(sample_.title) : QFileInfo(filePath_).fileName();
    const QString outcome = load && edit                ? tr("the new sample was not opened and the edit was undone")
                            : load && trace_ == nullptr ? tr("no sample was opened")
                            : load                      ? tr("the new sample was not opened; %1 stays open").arg(open)
                                                        : tr("the edit was undone");
    lastFailure_ = why.isEmpty() ? tr("Stopped: %1").arg(outcome)
                                 : tr("The trace could not be computed (%1): %2").arg(why, outcome);
    emit noted(lastFailure_);
}

void AttentionDocument::restoreTracedSample() {
    editPending_ = false;
    const std::optional<SessionBlock> session = sample_.session; // where the user is is not an edit
    restoring_ = true; // back to a sample whose trace is trace_: nothing to recompute
    if (tracedIndex_ >= 0 && tracedIndex_ <= undoStack_->count()) {
        undoStack_->setIndex(tracedIndex_);
        if (tracedStep_ && tracedIndex_ > 0 && undoStack_->command(tracedIndex_ - 1) == tracedStep_)
            tracedStep_->endAt(tracedSample_); // a drag: its step ends at the value computed last
    } else { // that step is gone from the stack: going back to it is a step of its own
        undoStack_->push(new SampleEdit(*this, sample_, tracedSample_, tr("Back to the computed sample"), -1));
        tracedIndex_ = undoStack_->index();
    }
    restoring_ = false;
    sample_ = tracedSample_;
    sample_.session = session;
    emit traceChanged(trace_); // the editors show sample() again
}

} // namespace al
