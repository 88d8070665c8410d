#pragma once
// What a heatmap shows: a matrix with named axes and labels, and how to describe a cell.
// Lessons build these from a Trace; the widget only draws them.
#include "core/matrix.h"
#include "ui/widgets/color_schemes.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace al {

// The matrix a heatmap shows, shared rather than copied: a trace's N × N matrices are 128 MB
// each at N = 4096, and a lesson can hand the trace's own to the view (Lesson::ofTrace), or
// show one transposed (the lecture's A = Sᵀ) without making the transpose.
class SharedMatrix {
public:
    SharedMatrix() : matrix_(std::make_shared<const Matrix>()) {}
    SharedMatrix(Matrix&& matrix) : matrix_(std::make_shared<const Matrix>(std::move(matrix))) {}
    template <typename Derived> // a copy of any matrix expression: W.topRows(d), M.transpose()…
    SharedMatrix(const Eigen::MatrixBase<Derived>& matrix) : matrix_(std::make_shared<const Matrix>(matrix)) {}
    SharedMatrix(std::shared_ptr<const Matrix> matrix) : matrix_(std::move(matrix)) {}

    // The same entries with rows and columns swapped: entry (r, c) is stored (c, r).
    SharedMatrix transposed() const {
        SharedMatrix view = *this;
        view.transposed_ = !transposed_;
        return view;
    }
    bool isTransposed() const { return transposed_; }
    // The entries as stored (row-major; transposed if isTransposed()).
    const Matrix& stored() const { return *matrix_; }

    Eigen::Index rows() const { return transposed_ ? matrix_->cols() : matrix_->rows(); }
    Eigen::Index cols() const { return transposed_ ? matrix_->rows() : matrix_->cols(); }
    Eigen::Index size() const { return matrix_->size(); }
    double operator()(Eigen::Index row, Eigen::Index column) const {
        return transposed_ ? (*matrix_)(column, row) : (*matrix_)(row, column);
    }
    Matrix toMatrix() const { return transposed_ ? Matrix(matrix_->transpose()) : *matrix_; }

private:
    std::shared_ptr<const Matrix> matrix_; // never null
    bool transposed_ = false;
};

struct HeatmapData {
    QString id;              // file-name-safe and unique within a lesson, e.g. "scores"
    QString title;           // e.g. "α′ = softmax(α): attention weights"
    SharedMatrix values;     // rows × columns
    QStringList rowLabels;   // one per row
    QStringList columnLabels;
    QString rowAxisTitle;    // what the rows are: "query", "key", "token", "dimension"…
    QString columnAxisTitle;
    ColorScheme scheme = ColorScheme::Sequential;
    // Hover text for a cell, e.g. "α′₁,₃ = 0.42: how much 'animal' attends to 'street'".
    std::function<QString(int row, int column, double value)> describe;
};

} // namespace al
