#pragma once
// The open sample and the user's edits to it. Every edit recomputes the trace and hands
// the new one to whoever listens (the lesson pages), by value through traceChanged:
// widgets only draw what they are given.
#include "core/model.h"
#include "core/trace.h"

#include <QObject>
#include <QString>

#include <memory>

namespace al {

enum class WeightMatrix { Query, Key, Value, Output, Additive }; // W_q, W_k, W_v, W_o, w_a

class AttentionDocument : public QObject {
    Q_OBJECT
public:
    explicit AttentionDocument(QObject* parent = nullptr);

    // Opens a sample file. On failure the open sample stays as it was and the returned
    // message names the file, the field and the problem; on success it is empty.
    QString load(const QString& path);
    void setSample(Sample sample);

    const Sample& sample() const { return sample_; }
    const QString& filePath() const { return filePath_; }
    std::shared_ptr<const Trace> trace() const { return trace_; }
    // Writes the current trace as attention-lab/trace@1, atomically; "" or what went wrong.
    QString writeTrace(const QString& path) const;

    // Edits. Each returns "" and recomputes, or returns why it was refused (nothing changes).
    QString setEmbedding(int token, int dimension, double value);
    QString setWeight(WeightMatrix matrix, int row, int column, double value);
    QString setConfig(const ModelConfig& config); // keeps weights whose shape still fits
    QString setMasks(std::vector<MaskSpec> masks);
    QString reseed(std::uint64_t seed);           // new random weights from a new seed

signals:
    void sampleReplaced();                                   // a new sample was opened
    void traceChanged(std::shared_ptr<const al::Trace> trace); // after every change

private:
    void recompute();

    Sample sample_;
    QString filePath_;
    std::shared_ptr<const Trace> trace_;
};

} // namespace al

Q_DECLARE_METATYPE(std::shared_ptr<const al::Trace>)
