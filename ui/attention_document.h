#pragma once
// The open sample and the user's edits to it. Every edit recomputes the trace and hands
// the new one to whoever listens (the lesson pages), by value through traceChanged:
// widgets only draw what they are given. Every edit goes on an undo stack (a snapshot of
// the sample before and after), and the document knows whether it has unsaved edits.
#include "core/message.h"
#include "core/model.h"
#include "core/trace.h"
#include "ui/session_state.h"

#include <QObject>
#include <QString>

class QUndoStack;

#include <memory>

namespace al {

struct SentenceEdit;

enum class WeightMatrix { Query, Key, Value, Output, Additive }; // W_q, W_k, W_v, W_o, w_a

class AttentionDocument : public QObject {
    Q_OBJECT
public:
    explicit AttentionDocument(QObject* parent = nullptr);

    // Opens a sample file. On failure the open sample stays as it was and the returned
    // message names the file, the field and the problem; on success it is empty.
    QString load(const QString& path);
    void setSample(Sample sample); // a new document: no undo history, nothing unsaved

    // The sample with its edits and `session` as a session file (sample@1 with a "session"
    // block), atomically. On success the document is saved and its file is `path`.
    QString saveSession(const QString& path, const SessionState& session);
    bool isModified() const;      // edits since the sample was opened or saved
    bool isSessionFile() const { return sample_.session.has_value(); } // opened or saved as a session
    QUndoStack* undoStack() const { return undoStack_; }
    void republish() { if (trace_) emit traceChanged(trace_); } // for views built after the trace

    const Sample& sample() const { return sample_; }
    const QString& filePath() const { return filePath_; }
    std::shared_ptr<const Trace> trace() const { return trace_; }
    // Writes the current trace as attention-lab/trace@1, atomically; "" or what went wrong.
    QString writeTrace(const QString& path) const;

    // Edits. Each returns "" and recomputes, or returns why it was refused (nothing changes).
    QString setEmbedding(int token, int dimension, double value);
    QString setWeight(WeightMatrix matrix, int row, int column, double value);
    // Keeps every weight that still fits (core/reconfigure.h); what it generates is noted.
    QString setConfig(const ModelConfig& config);
    QString setMasks(std::vector<MaskSpec> masks);
    QString reseed(std::uint64_t seed);           // new random weights from a new seed
    // The sentence (core/sentence_edit.h): a new word's vector comes from the seed and its
    // text; masks and learned positions follow the tokens; what changed with it is noted.
    QString insertToken(int index, const QString& text); // index 0 … N
    QString renameToken(int index, const QString& text);
    QString removeToken(int index);

signals:
    void sampleReplaced();                                   // a new sample was opened
    void modifiedChanged(bool modified);
    void traceChanged(std::shared_ptr<const al::Trace> trace); // after every change
    // What an edit did besides the edit itself, for the status bar: "W^o generated from
    // seed 7: its shape changed to 4 × 4".
    void noted(const QString& note);

private:
    friend class SampleEdit;
    // Pushes the edit from the current sample to `next` (applied at once). Consecutive
    // edits with the same mergeKey (e.g. the τ slider's drag) become one undo step.
    QString commit(Sample next, const QString& description, int mergeKey = -1);
    void apply(const Sample& sample); // undo and redo: replace the sample, recompute
    void recompute();
    void note(const std::vector<Message>& notes);
    QString commitSentence(const SentenceEdit& edit, const QString& description);

    QUndoStack* undoStack_;
    Sample sample_;
    QString filePath_;
    std::shared_ptr<const Trace> trace_;
};

} // namespace al

Q_DECLARE_METATYPE(std::shared_ptr<const al::Trace>)
