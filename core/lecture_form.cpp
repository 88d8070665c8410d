#include "core/lecture_form.h"

#include "core/attention.h"
#include "core/transpose.h"

#include <stdexcept>

namespace al {

LectureForm lectureForm(const Trace& trace, int head) {
    if (head < 0 || head >= trace.config.heads) throw std::out_of_range("head " + std::to_string(head));
    const HeadTrace& h = trace.heads[std::size_t(head)];
    LectureForm form;
    form.I = transposed(trace.x);
    form.Q = transposed(h.q);
    form.K = transposed(h.k);
    form.V = transposed(h.v);
    withHeadScores(trace, head, [&](const Matrix& scores) { form.A = transposed(scores); });
    form.Aprime = transposed(h.weights);
    form.O.noalias() = form.V * form.Aprime; // computed the lecture's way, not transposed
    return form;
}

} // namespace al
