#include "core/attention/lecture_form.h"

#include "core/attention/attention.h"
#include "core/attention/transpose.h"

#include <memory>
#include <stdexcept>

namespace al {

Matrix lectureMatrix(const Trace& trace, int head, LectureMatrix which) {
    if (head < 0 || head >= trace.config.heads) throw std::out_of_range("head " + std::to_string(head));
    const HeadTrace& h = trace.heads[std::size_t(head)];
    switch (which) {
    case LectureMatrix::I:
        return transposed(trace.x);
    case LectureMatrix::Q:
        return transposed(h.q);
    case LectureMatrix::K:
        return transposed(h.k);
    case LectureMatrix::V:
        return transposed(h.v);
    case LectureMatrix::A:
        return transposed(trace.attention(head)->scores);
    case LectureMatrix::Aprime:
        return transposed(trace.attention(head)->weights);
    case LectureMatrix::O:
        break;
    }
    // O = V A′, computed the lecture's way (d_v × N times N × N), not transposed from A′V.
    const std::shared_ptr<const HeadAttention> attention = trace.attention(head);
    Matrix O(h.v.cols(), attention->weights.rows());
    O.noalias() = h.v.transpose() * attention->weights.transpose();
    return O;
}

LectureForm lectureForm(const Trace& trace, int head) {
    auto matrix = [&](LectureMatrix which) { return lectureMatrix(trace, head, which); };
    return {matrix(LectureMatrix::I), matrix(LectureMatrix::Q),      matrix(LectureMatrix::K), matrix(LectureMatrix::V),
            matrix(LectureMatrix::A), matrix(LectureMatrix::Aprime), matrix(LectureMatrix::O)};
}

} // namespace al
