#include "core/lecture_form.h"

#include "core/attention.h"

#include <stdexcept>

namespace al {

LectureForm lectureForm(const Trace& trace, int head) {
    if (head < 0 || head >= trace.config.heads) throw std::out_of_range("head " + std::to_string(head));
    const HeadTrace& h = trace.heads[std::size_t(head)];
    LectureForm form;
    form.I = trace.x.transpose();
    form.Q = h.q.transpose();
    form.K = h.k.transpose();
    form.V = h.v.transpose();
    withHeadScores(trace, head, [&](const Matrix& scores) { form.A = scores.transpose(); });
    form.Aprime = h.weights.transpose();
    form.O.noalias() = form.V * form.Aprime; // computed the lecture's way, not transposed
    return form;
}

} // namespace al
