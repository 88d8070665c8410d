#pragma once
// What a heatmap shows: a matrix with named axes and labels, and how to describe a cell.
// Lessons build these from a Trace; the widget only draws them.
#include "core/matrix.h"
#include "ui/widgets/color_schemes.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace al {

// The matrix a heatmap shows, shared rather than copied: a trace's N × N matrices are 128 MB
// each at N = 4096, and a lesson can hand the trace's own to the view (Lesson::ofTrace), show
// one transposed (the lecture's A = Sᵀ) without making the transpose, show a mask M as its
// 0/1 entries, or show scores with the masked entries as −∞ (read as NaN) without a copy.
class SharedMatrix {
public:
    SharedMatrix() : matrix_(std::make_shared<const Matrix>()) {}
    SharedMatrix(Matrix&& matrix) : matrix_(std::make_shared<const Matrix>(std::move(matrix))) {}
    template <typename Derived> // a copy of any matrix expression: W.topRows(d), M.transpose()…
    SharedMatrix(const Eigen::MatrixBase<Derived>& matrix) : matrix_(std::make_shared<const Matrix>(matrix)) {}
    SharedMatrix(std::shared_ptr<const Matrix> matrix) : matrix_(std::move(matrix)) {}
    // The mask's entries as numbers: 1 where allowed, 0 where not.
    static SharedMatrix ofMask(std::shared_ptr<const MaskMatrix> mask) {
        SharedMatrix view;
        view.matrix_.reset();
        view.mask_ = std::move(mask);
        return view;
    }
    // These entries where `mask` allows them and NaN (a masked score, −∞) where it does not;
    // the mask has the stored matrix's shape.
    SharedMatrix maskedBy(std::shared_ptr<const MaskMatrix> mask) const {
        SharedMatrix view = *this;
        view.mask_ = std::move(mask);
        return view;
    }

    // The same entries with rows and columns swapped: entry (r, c) is stored (c, r).
    SharedMatrix transposed() const {
        SharedMatrix view = *this;
        view.transposed_ = !transposed_;
        return view;
    }
    bool isTransposed() const { return transposed_; }
    // The stored matrix when the entries are exactly its own (no mask read into them), else
    // null; row-major, and transposed if isTransposed().
    const Matrix* plain() const { return mask_ ? nullptr : matrix_.get(); }

    Eigen::Index storedRows() const { return matrix_ ? matrix_->rows() : mask_->rows(); }
    Eigen::Index storedCols() const { return matrix_ ? matrix_->cols() : mask_->cols(); }
    Eigen::Index rows() const { return transposed_ ? storedCols() : storedRows(); }
    Eigen::Index cols() const { return transposed_ ? storedRows() : storedCols(); }
    Eigen::Index size() const { return storedRows() * storedCols(); }
    double operator()(Eigen::Index row, Eigen::Index column) const {
        return transposed_ ? storedEntry(column, row) : storedEntry(row, column);
    }
    // Whether entry (row, column) is a score the mask read into the entries forbids (read as
    // NaN). A NaN or ±∞ anywhere else is the matrix's own: an overflow, never a masked entry.
    bool isMasked(Eigen::Index row, Eigen::Index column) const {
        if (!matrix_ || !mask_) return false;
        return transposed_ ? !(*mask_)(column, row) : !(*mask_)(row, column);
    }
    Matrix toMatrix() const {
        if (const Matrix* matrix = plain()) return transposed_ ? Matrix(matrix->transpose()) : *matrix;
        Matrix entries(rows(), cols());
        for (Eigen::Index r = 0; r < entries.rows(); ++r)
            for (Eigen::Index c = 0; c < entries.cols(); ++c) entries(r, c) = (*this)(r, c);
        return entries;
    }

private:
    double storedEntry(Eigen::Index row, Eigen::Index column) const {
        if (!matrix_) return (*mask_)(row, column);
        if (mask_ && !(*mask_)(row, column)) return std::numeric_limits<double>::quiet_NaN();
        return (*matrix_)(row, column);
    }

    std::shared_ptr<const Matrix> matrix_;         // null only for a mask shown as numbers
    std::shared_ptr<const MaskMatrix> mask_;       // null unless a mask is read into the entries
    bool transposed_ = false;
};

// What a heatmap's colour scale spans. By default the data's own range (and 0); attention
// weights (ColorScheme::Weights) the fixed 0 … 1. A fixed range — set by hand, or by
// shareColorRange for plots a step compares — is widened to take in any value beyond it,
// so no cell is ever coloured as something it is not.
struct ColorRange {
    bool fixed = false;
    double low = 0, high = 1;
    bool shared = false; // the range of a group of plots shown side by side
    static ColorRange between(double low, double high) { return {true, low, high, false}; }
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
    ColorRange colorRange = {};
};

// Puts `plots` on one colour scale (fixed, marked shared): the span of all their data, so
// that a lesson's side-by-side pictures compare by colour.
void shareColorRange(const std::vector<HeatmapData*>& plots);

} // namespace al
