#include "ui/lessons/walkthrough_text.h"

#include "ui/notation.h"

#include <QCoreApplication>

#include <cmath>

namespace al::walkthrough_text {

namespace n = notation;

namespace {
// One line per key, at most `limit`, then "…".
template <typename Line> QString perKey(const QueryWalkthrough& walk, Line line, std::size_t limit = 8) {
    QString html;
    for (std::size_t j = 0; j < walk.keys.size() && j < limit; ++j)
        html += line(walk.keys[j]) + "<br>";
    if (walk.keys.size() > limit)
        html += QCoreApplication::translate("Walkthrough", "… and so on for every key.") + "<br>";
    return html;
}

QString scoreFormula(const Trace& t, int i) {
    const QString q = n::sup("q", i), k = "k<sup>j</sup>";
    QString formula = t.config.scoring == Scoring::Additive ? QString("w<sub>a</sub> · tanh(%1 + %2)").arg(q, k)
                                                            : QString("%1 · %2").arg(q, k);
    if (t.config.scoring == Scoring::ScaledDot) formula = QString("(%1) / √d<sub>k</sub>").arg(formula);
    if (t.config.temperature != 1.0) formula = QString("(%1) / τ").arg(formula);
    return formula;
}

const HeadTrace& headOf(const Trace& t, const QueryWalkthrough& w) {
    return t.heads[std::size_t(w.head)];
}
} // namespace

QString inputs(const Trace& t, const QueryWalkthrough& w) {
    const int i = w.query;
    const QString positional =
        t.config.positional == PositionalEncoding::None
            ? QString()
            : QCoreApplication::translate("Walkthrough", " (Here each aⁱ already includes its positional vector eⁱ.)");
    return QCoreApplication::translate(
               "Walkthrough",
               "<p>Self-attention takes a sequence of N = %1 vectors, each with d<sub>model</sub> = %2 numbers, "
               "and turns every one into a new vector that has looked at all the others.%3</p>"
               "<p>We follow one of them: %4 = %5 for the token %6. Click a row to follow another.</p>")
        .arg(t.tokenCount())
        .arg(t.config.dModel)
        .arg(positional, n::sup("a", i), n::vector(t.x.row(i)), n::tokenLabel(t.tokens, i));
}

QString query(const Trace& t, const QueryWalkthrough& w) {
    const int i = w.query;
    const QString ai = n::sup("a", i), qi = n::sup("q", i);
    const HeadTrace& head = headOf(t, w);
    return QCoreApplication::translate(
               "Walkthrough",
               "<p>The query asks “what am I looking for?”. It is %1 = W<sup>q</sup> %2: each entry is one row of "
               "W<sup>q</sup> times %2.</p><p>%1 = %3</p><p>For example %1[1] = %4 = %5.</p>")
        .arg(qi, ai, n::vector(head.q.row(i)), n::productSum(t.weights.W_q.row(w.head * t.config.dK), t.x.row(i)),
             n::number(head.q(i, 0)));
}

QString keys(const Trace& t, const QueryWalkthrough& w) {
    const HeadTrace& head = headOf(t, w);
    return QCoreApplication::translate(
               "Walkthrough",
               "<p>Every input also gets a key, “what do I offer?”: k<sup>j</sup> = W<sup>k</sup> a<sup>j</sup> for "
               "j = 1 … %1. The same matrix W<sup>k</sup> serves every input.</p><p>%2</p>")
        .arg(t.tokenCount())
        .arg(perKey(w, [&](const KeyTerm& k) { return n::sup("k", k.key) + " = " + n::vector(head.k.row(k.key)); }));
}

QString scores(const Trace& t, const QueryWalkthrough& w) {
    const int i = w.query;
    const HeadTrace& head = headOf(t, w);
    QString scale;
    if (t.config.scoring == Scoring::ScaledDot)
        scale = QCoreApplication::translate(
                    "Walkthrough",
                    " Dividing by √d<sub>k</sub> = √%1 keeps the scores from growing with the vectors' length.")
                    .arg(t.config.dK);
    return QCoreApplication::translate(
               "Walkthrough", "<p>How well does each key answer %1's question? α<sub>%2,j</sub> = %3.%4</p><p>%5</p>")
        .arg(n::sup("q", i))
        .arg(i + 1)
        .arg(scoreFormula(t, i), scale)
        .arg(perKey(w, [&](const KeyTerm& k) {
            const QString sum = t.config.scoring == Scoring::Additive
                                    ? QCoreApplication::translate("Walkthrough", "Σ w·tanh(q+k)")
                                    : n::productSum(head.q.row(i), head.k.row(k.key), 4);
            QString line = n::sub("α", i, k.key) + " = " + sum + " = " + n::number(k.sum);
            if (w.scale != 1.0) line += " → " + n::number(k.score);
            return line;
        }));
}

QString weights(const Trace& t, const QueryWalkthrough& w) {
    const int i = w.query;
    if (t.config.normalization == Normalization::Relu)
        return QCoreApplication::translate(
                   "Walkthrough",
                   "<p>Instead of softmax this model uses ReLU: α′ = max(0, α), not normalised, so the weights "
                   "need not add up to 1.</p><p>%1</p>")
            .arg(perKey(w, [&](const KeyTerm& k) { return n::sub("α′", i, k.key) + " = " + n::number(k.weight, 3); }));
    if (w.fullyMasked)
        return QCoreApplication::translate(
                   "Walkthrough",
                   "<p>The mask allows this query no key at all, so it attends to nothing: every α′ is 0 and "
                   "%1 is the zero vector.</p>")
            .arg(n::sup("b", i));
    return QCoreApplication::translate(
               "Walkthrough",
               "<p>Softmax turns the scores into weights that are positive and add up to 1: "
               "α′<sub>%1,j</sub> = exp(α<sub>%1,j</sub>) / Σ exp(α). Subtracting the largest score μ = %2 "
               "first changes nothing in the result but keeps the exponentials from overflowing.</p>"
               "<p>Σ exp(α − μ) = %3</p><p>%4</p>")
        .arg(i + 1)
        .arg(n::number(w.maxScore))
        .arg(n::number(w.expSum, 3))
        .arg(perKey(w, [&](const KeyTerm& k) {
            if (!k.allowed) return n::sub("α′", i, k.key) + QCoreApplication::translate("Walkthrough", " = 0 (masked)");
            return n::sub("α′", i, k.key) + " = " + n::number(k.exponential, 3) + " / " + n::number(w.expSum, 3) +
                   " = " + n::number(k.weight, 3);
        }));
}

QString values(const Trace& t, const QueryWalkthrough& w) {
    const HeadTrace& head = headOf(t, w);
    return QCoreApplication::translate(
               "Walkthrough",
               "<p>Every input also gets a value, “what I pass on”: v<sup>j</sup> = W<sup>v</sup> a<sup>j</sup>. "
               "The values carry the information that will be mixed.</p><p>%1</p>")
        .arg(perKey(w, [&](const KeyTerm& k) { return n::sup("v", k.key) + " = " + n::vector(head.v.row(k.key)); }));
}

QString output(const Trace&, const QueryWalkthrough& w) {
    const int i = w.query;
    return QCoreApplication::translate(
               "Walkthrough",
               "<p>%1 is the weighted sum of all values, each weighted by how much %2 attends to it: "
               "%1 = Σ<sub>j</sub> α′<sub>%3,j</sub> v<sup>j</sup>. The bars stack each term; the dot is the "
               "sum.</p><p>%1 = %4</p>")
        .arg(n::sup("b", i), n::sup("q", i))
        .arg(i + 1)
        .arg(n::vector(w.output));
}

QString allAtOnce(const Trace&, const QueryWalkthrough& w) {
    return QCoreApplication::translate(
               "Walkthrough",
               "<p>Nothing in %1 waited for another output: b<sup>1</sup>, b<sup>2</sup>, … b<sup>N</sup> are "
               "computed the same way and all at the same time. Put all the α′ in one matrix and all the "
               "v in another, and the whole layer is a few matrix products — the matrix form, next.</p>")
        .arg(n::sup("b", w.query));
}

} // namespace al::walkthrough_text
