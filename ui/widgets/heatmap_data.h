#pragma once
// What a heatmap shows: a matrix with named axes and labels, and how to describe a cell.
// Lessons build these from a Trace; the widget only draws them.
#include "core/base/matrix.h"
#include "ui/widgets/color_schemes.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace al {

// The matrix a heatmap shows, shared rather than copied: a trace's N × N matrices are 128 MB
// each at N = 4096, and a lesson can hand the trace's own to the view (Lesson::ofTrace), show
// one transposed (the lecture's A = Sᵀ) without making the transpose, show a mask M (drawn as
// a mask: allowed and masked cells), or show scores with the masked entries as −∞ (read as
// NaN) without a copy.
class SharedMatrix {
public:
    SharedMatrix() : matrix_(std::make_shared<const Matrix>()) {}
    SharedMatrix(Matrix&& matrix) : matrix_(std::make_shared<const Matrix>(std::move(matrix))) {}
    template <typename Derived> // a copy of any matrix expression: W.topRows(d), M.transpose()…
    SharedMatrix(const Eigen::MatrixBase<Derived>& matrix) : matrix_(std::make_shared<const Matrix>(matrix)) {}
    SharedMatrix(std::shared_ptr<const Matrix> matrix) : matrix_(std::move(matrix)) {}
    // A mask M: entries 1 where the pair is allowed, 0 where it is masked. A heatmap shows it
    // as a mask (HeatmapData::showsMask), whatever its colour scheme.
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
    // Whether this is a mask's entries (ofMask), not a matrix of numbers.
    bool isMask() const { return !matrix_ && mask_; }
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
            for (Eigen::Index c = 0; c < entries.cols(); ++c)
                entries(r, c) = (*this)(r, c);
        return entries;
    }

private:
    double storedEntry(Eigen::Index row, Eigen::Index column) const {
        if (!matrix_) return (*mask_)(row, column);
        if (mask_ && !(*mask_)(row, column)) return std::numeric_limits<double>::quiet_NaN();
        return (*matrix_)(row, column);
    }

    std::shared_ptr<const Matrix> matrix_;   // null only for a mask shown as numbers
    std::shared_ptr<const MaskMatrix> mask_; // null unless a mask is read into the entries
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
    // (In either order. A range with a bound that is not a finite number fixes nothing.)
    static ColorRange between(double low, double high) {
        return {true, std::min(low, high), std::max(low, high), false};
    }
};

// Whether a mask's entry allows its pair: any number but 0 (and NaN).
inline bool maskAllows(double entry) {
    return entry != 0 && !std::isnan(entry);
}

// Rows and columns are two sequences of their own, each with its labels and axis title. In an
// attention map (scores, weights, a mask) the rows are the queries and the columns the keys:
// in self-attention both are the same tokens; in cross-attention the rows are the output
// tokens (N_q of them) and the columns the input tokens (N_k), an N_q × N_k matrix. The
// lecture's column form (A = KᵀQ) shows the same matrices transposed: rows keys, columns queries.
struct HeatmapData {
    QString id;               // file-name-safe and unique within a lesson, e.g. "scores"
    QString title;            // e.g. "α′ = softmax(α): attention weights"
    SharedMatrix values;      // rows × columns, e.g. queries × keys
    QStringList rowLabels;    // one per row, e.g. the query tokens "1 <bos>", "2 uno"…
    QStringList columnLabels; // one per column, e.g. the key tokens "1 one", "2 two"…
    QString rowAxisTitle;     // what the rows are: "query", "query (output)", "token", "dimension"…
    QString columnAxisTitle;  // what the columns are: "key", "key (input)", "dimension"…
    ColorScheme scheme = ColorScheme::Sequential;
    // Hover text for a cell, as HTML (a label like "<bos>" escaped), e.g.
    // "α′<sub>1,3</sub> = 0.42: how much 'animal' attends to 'street'".
    std::function<QString(int row, int column, double value)> describe;
    ColorRange colorRange = {};
    // The smallest and largest finite entry, when worked out already (off the GUI thread:
    // a scan of 16 M entries at N = 4096); else the view scans the values itself.
    std::optional<std::pair<double, double>> finiteSpan = {};
    // Whether the cells the values' mask hides are gaps between parts of a picture (a mosaic's
    // separators): grey, without text or hover, rather than masked scores (−∞).
    bool maskedAreGaps = false;

    // Drawn as a mask (allowed / masked) rather than on a scale of numbers: the Mask scheme,
    // or a mask's own entries (SharedMatrix::ofMask).
    bool showsMask() const { return scheme == ColorScheme::Mask || values.isMask(); }
};

// Puts `plots` on one colour scale (fixed, marked shared): the span of all their data, so
// that a lesson's side-by-side pictures compare by colour.
void shareColorRange(const std::vector<HeatmapData*>& plots);

} // namespace al
