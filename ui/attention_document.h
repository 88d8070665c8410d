#pragma once
// The open sample and the user's edits to it. Every edit recomputes the trace on the
// document's worker thread and hands the finished one to whoever listens (the lesson
// pages), by value through traceChanged: widgets only draw what they are given, and keep
// the previous picture while the next is on its way. Every edit goes on an undo stack (a
// snapshot of the sample before and after), and the document knows whether it has unsaved
// edits.
//
// The pictures never claim to show a sample they were not computed from: a newly opened
// sample replaces the open one only once its trace is ready, and a recompute that is
// cancelled (or fails) after an edit takes the edit back (undo), so that sample() is again
// the sample of trace().
#include "core/attention/model.h"
#include "core/attention/trace.h"
#include "core/base/message.h"
#include "ui/session_state.h"

#include <QObject>
#include <QString>

class QUndoStack;

#include <memory>
#include <optional>

namespace al {

struct SentenceEdit;
class SampleEdit;

enum class WeightMatrix { Query, Key, Value, Output, Additive }; // W_q, W_k, W_v, W_o, w_a

class Worker;

class AttentionDocument : public QObject {
    Q_OBJECT
public:
    explicit AttentionDocument(QObject* parent = nullptr);

    // Opens a sample file. On failure the open sample stays as it was and the returned
    // message names the file, the field and the problem; on success it is empty, and the
    // sample replaces the open one once its trace is computed (opened() then says so; a
    // cancelled or failed computation keeps the open sample and file).
    QString load(const QString& path);
    // A new document: no undo history, nothing unsaved; like load(), it takes the place of
    // the open sample once its trace is computed.
    void setSample(Sample sample);

    // The sample with its edits and `session` as a session file (sample@1 with a "session"
    // block), atomically. On success the document is saved and its file is `path`.
    QString saveSession(const QString& path, const SessionState& session);
    bool isModified() const;                                           // edits since the sample was opened or saved
    bool isSessionFile() const { return sample_.session.has_value(); } // opened or saved as a session
    QUndoStack* undoStack() const { return undoStack_; }
    void republish() {
        if (trace_) emit traceChanged(trace_);
    } // for views built after the trace

    const Sample& sample() const { return sample_; }
    const QString& filePath() const { return filePath_; }
    // The latest finished trace: while a recompute is on its way, the one before the edit.
    std::shared_ptr<const Trace> trace() const { return trace_; }
    // A trace (or a newly opened sample) is being computed; the busy indicator follows
    // worker(), whose Cancel takes the edit back or keeps the open sample.
    bool isComputing() const;
    Worker& worker() const { return *worker_; }
    // Processes events until nothing is being computed, for the headless commands and the
    // tests: true when trace() is then the trace of sample(), false when the computation
    // was cancelled or failed (lastFailure() says why) or `timeoutMs` passed first.
    bool waitForTrace(int timeoutMs = 120'000);
    const QString& lastFailure() const { return lastFailure_; }
    // Writes the current trace as attention-lab/trace@1, atomically; "" or what went wrong.
    // Refused while a recompute is on its way: the file must hold the sample's own numbers.
    QString writeTrace(const QString& path) const;

    // Edits. Each returns "" and recomputes, or returns why it was refused (nothing changes).
    QString setEmbedding(int token, int dimension, double value);
    QString setWeight(WeightMatrix matrix, int row, int column, double value);
    // Keeps every weight that still fits (core/attention/reconfigure.h); what it generates is noted.
    QString setConfig(const ModelConfig& config);
    QString setMasks(std::vector<MaskSpec> masks);
    QString reseed(std::uint64_t seed); // new random weights from a new seed
    // The sentence (core/attention/sentence_edit.h): a new word's vector comes from the seed and its
    // text; masks and learned positions follow the tokens; what changed with it is noted.
    QString insertToken(int index, const QString& text); // index 0 … N
    QString renameToken(int index, const QString& text);
    QString removeToken(int index);

signals:
    void sampleReplaced();            // a new sample was opened
    void opened(const QString& path); // after sampleReplaced and traceChanged, for load()
    void modifiedChanged(bool modified);
    void traceChanged(std::shared_ptr<const al::Trace> trace); // after every change
    // What an edit did besides the edit itself, for the status bar: "W^o generated from
    // seed 7: its shape changed to 4 × 4". Also what a cancelled or failed recompute did
    // ("Stopped: the edit was undone").
    void noted(const QString& note);

private:
    friend class SampleEdit;
    // Pushes the edit from the current sample to `next` (applied at once). Consecutive
    // edits with the same mergeKey (e.g. the τ slider's drag) become one undo step.
    QString commit(Sample next, const QString& description, int mergeKey = -1);
    void apply(const Sample& sample); // undo and redo: replace the sample, recompute
    void recompute();
    // Computes `sample`'s trace on the worker; on delivery it replaces the open sample.
    void replaceWhenComputed(Sample sample, const QString& path, bool fromFile);
    // A recompute that did not finish (Cancel, or an error such as running out of memory):
    // the edits since trace() was computed are taken back, a new sample is not opened.
    void giveUp(const QString& why);
    void restoreTracedSample();
    void note(const std::vector<Message>& notes);
    QString commitSentence(const SentenceEdit& edit, const QString& description);

    QUndoStack* undoStack_;
    Worker* worker_;
    Sample sample_;
    QString filePath_;
    std::shared_ptr<const Trace> trace_;
    // What trace_ was computed from, and where that sample is on the undo stack (-1 when
    // it is no longer there: a new edit replaced the redo steps that held it).
    Sample tracedSample_;
    int tracedIndex_ = 0;
    // The step that ends at tracedSample_ but was merged with later edits since (a drag).
    SampleEdit* tracedStep_ = nullptr;
    bool editPending_ = false; // sample_ is ahead of trace_: its recompute is on its way
    bool loadPending_ = false; // a new sample is being computed, to replace sample_
    bool restoring_ = false;   // undoing to tracedIndex_: the sample is already computed
    bool merged_ = false;      // the last push merged into the step before
    QString lastFailure_;
};

} // namespace al

Q_DECLARE_METATYPE(std::shared_ptr<const al::Trace>)
