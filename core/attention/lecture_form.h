#pragma once
// The lecture's column form of the matrices (MATH.md §7), beside the trace's row form.
// In the lecture every vector is a column: I = [a¹ a² … a^N], Q = W^q I, A = KᵀQ with
// column i belonging to query i, A′ = softmax of each column, O = V A′.
//
//   lecture A (N × N)                 paper S = QKᵀ (N × N)
//             query i →                         key j →
//   key j   A(j,i) = kʲ·qⁱ            query i   S(i,j) = qⁱ·kʲ        A = Sᵀ
//     ↓                                 ↓
#include "core/attention/trace.h"

namespace al {

struct LectureForm {
    Matrix I;      // d_model × N, column i = xⁱ (aⁱ, plus eⁱ with positional encoding)
    Matrix Q;      // d_k × N, column i = q^{i,h}
    Matrix K;      // d_k × N, column j = k^{j,h}
    Matrix V;      // d_v × N, column j = v^{j,h}
    Matrix A;      // N × N, A(j, i) = α_{i,j}: column i = query i, row j = key j
    Matrix Aprime; // N × N, A′(j, i) = α′_{i,j}: each column normalised
    Matrix O;      // d_v × N, O = V A′, column i = b^{i,h}
};

// Throws std::out_of_range for a head outside the trace.
LectureForm lectureForm(const Trace& trace, int head = 0);

// One matrix of it, for a view that shows only some (two N × N transposes are 256 MB at
// N = 4096). The same numbers as lectureForm's.
enum class LectureMatrix { I, Q, K, V, A, Aprime, O };
Matrix lectureMatrix(const Trace& trace, int head, LectureMatrix which);

} // namespace al
