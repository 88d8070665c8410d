#include "ui/attention_document.h"

#include "ui/core_messages.h"

#include "core/atomic_file.h"
#include "core/attention.h"
#include "core/input_error.h"
#include "core/masks.h"
#include "core/reconfigure.h"
#include "core/sample_loader.h"
#include "core/sample_writer.h"
#include "core/sentence_edit.h"
#include "core/trace_writer.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace al {

namespace {
Matrix* weightMatrix(Model& model, WeightMatrix which) {
    switch (which) {
    case WeightMatrix::Query: return &model.weights.W_q;
    case WeightMatrix::Key: return &model.weights.W_k;
    case WeightMatrix::Value: return &model.weights.W_v;
    case WeightMatrix::Output: return &model.weights.W_o;
    case WeightMatrix::Additive: return &model.weights.w_a;
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
        : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after)), mergeKey_(mergeKey) {}
    void undo() override { document_.apply(before_); }
    void redo() override { document_.apply(after_); }
    int id() const override { return mergeKey_; }
    // One drag of a slider is one step: edits of the same kind less than a second apart.
    bool mergeWith(const QUndoCommand* other) override {
        if (static_cast<const SampleEdit*>(other)->made_ - made_ > std::chrono::seconds(1)) return false;
        after_ = static_cast<const SampleEdit*>(other)->after_;
        made_ = static_cast<const SampleEdit*>(other)->made_;
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
} // namespace

AttentionDocument::AttentionDocument(QObject* parent) : QObject(parent), undoStack_(new QUndoStack(this)) {
    qRegisterMetaType<std::shared_ptr<const al::Trace>>();
    connect(undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

bool AttentionDocument::isModified() const { return !undoStack_->isClean(); }

QString AttentionDocument::commit(Sample next, const QString& description, int mergeKey) {
    undoStack_->push(new SampleEdit(*this, sample_, std::move(next), description, mergeKey));
    return {};
}

void AttentionDocument::apply(const Sample& sample) {
    const std::optional<SessionBlock> session = sample_.session; // where the user is is not an edit
    sample_ = sample;
    sample_.session = session;
    recompute();
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
        Sample loaded = loadSample(path.toStdString());
        filePath_ = path;
        setSample(std::move(loaded));
        return {};
    } catch (const InputError& error) {
        return describe(error);
    }
}

void AttentionDocument::setSample(Sample sample) {
    sample_ = std::move(sample);
    undoStack_->clear();
    // Each step holds two copies of the sample: about 400 MB of history at most.
    undoStack_->setUndoLimit(int(std::clamp<std::size_t>(200'000'000 / sampleBytes(sample_), 5, 100)));
    emit sampleReplaced();
    recompute();
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
                              ? QString::fromStdString(sample_.tokens[std::size_t(index)]) : QString();
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
        if (same != merged.end()) same->args[0] += ", " + m.args[0];
        else merged.push_back(m);
    }
    QStringList lines;
    for (const Message& m : merged) lines << translated(m);
    QString text = lines.join(tr("; ", "between the notes of one edit"));
    text[0] = text[0].toUpper();
    emit noted(tr("%1.", "the end of the notes of one edit").arg(text));
}

QString AttentionDocument::setMasks(std::vector<MaskSpec> masks) {
    for (const MaskSpec& mask : masks)
        if (const Message problem = checkMask(mask, sample_.tokenCount()); !problem.empty())
            return tr("%1 mask: %2").arg(QString::fromUtf8(kindName(mask).data(), qsizetype(kindName(mask).size())),
                                         translated(problem));
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
    if (const std::string field = firstNonFiniteField(*trace_); !field.empty())
        return tr("The trace has a value that is not finite (%1), which JSON cannot hold.").arg(QString::fromStdString(field));
    try {
        writeFileAtomically(path.toStdString(), [this](std::ostream& out) { al::writeTrace(out, *trace_); });
        return {};
    } catch (const std::exception& error) {
        return tr("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(error.what()));
    }
}

void AttentionDocument::recompute() {
    if (sample_.tokens.empty()) return; // nothing opened yet
    // The lessons show the first head's scores and weights, and other heads' weights only in
    // the multi-head lesson, which recomputes those it shows: the others are not kept
    // (1.8 GB at N = 4096 with 8 heads), and Export trace recomputes them as it writes.
    trace_ = std::make_shared<const Trace>(run(sample_, KeptMatrices::FirstHead));
    emit traceChanged(trace_);
}

} // namespace al
