#include "ui/attention_document.h"

#include "core/atomic_file.h"
#include "core/attention.h"
#include "core/input_error.h"
#include "core/masks.h"
#include "core/reconfigure.h"
#include "core/sample_loader.h"
#include "core/trace_writer.h"

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

AttentionDocument::AttentionDocument(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const al::Trace>>();
}

QString AttentionDocument::load(const QString& path) {
    try {
        Sample loaded = loadSample(path.toStdString());
        filePath_ = path;
        setSample(std::move(loaded));
        return {};
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
}

void AttentionDocument::setSample(Sample sample) {
    sample_ = std::move(sample);
    emit sampleReplaced();
    recompute();
}

QString AttentionDocument::setEmbedding(int token, int dimension, double value) {
    if (!inside(sample_.embeddings, token, dimension)) return tr("No such entry in the input vectors.");
    if (!std::isfinite(value)) return tr("Enter a finite number.");
    sample_.embeddings(token, dimension) = value;
    recompute();
    return {};
}

QString AttentionDocument::setWeight(WeightMatrix which, int row, int column, double value) {
    Matrix* matrix = weightMatrix(sample_.model, which);
    if (!matrix || !inside(*matrix, row, column)) return tr("No such entry in this weight matrix.");
    if (!std::isfinite(value)) return tr("Enter a finite number.");
    (*matrix)(row, column) = value;
    recompute();
    return {};
}

QString AttentionDocument::setConfig(const ModelConfig& config) {
    ModelConfig next = config;
    next.dModel = sample_.model.config.dModel; // fixed by the input vectors
    if (std::string problem = checkConfig(next, sample_.tokenCount()); !problem.empty())
        return QString::fromStdString(problem);
    sample_.model = reconfigure(sample_.model, next, sample_.tokenCount());
    recompute();
    return {};
}

QString AttentionDocument::setMasks(std::vector<MaskSpec> masks) {
    for (const MaskSpec& mask : masks)
        if (std::string problem = checkMask(mask, sample_.tokenCount()); !problem.empty())
            return tr("%1 mask: %2").arg(QString::fromUtf8(kindName(mask).data(), qsizetype(kindName(mask).size())),
                                         QString::fromStdString(problem));
    sample_.model.masks = std::move(masks);
    recompute();
    return {};
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
    trace_ = std::make_shared<const Trace>(run(sample_));
    emit traceChanged(trace_);
}

} // namespace al
