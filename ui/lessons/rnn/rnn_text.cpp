#include "ui/lessons/rnn/rnn_text.h"

#include "ui/lessons/rnn/rnn_lesson.h"
#include "ui/notation.h"

#include <cmath>

namespace al {

namespace n = notation;

namespace {
// The mean at distance d of a profile (0 when no pair is that far apart).
double meanAt(const DistanceProfile& profile, int d) {
    for (int k = 0; k < profile.distance.size(); ++k)
        if (profile.distance[k] == d) return profile.mean[k];
    return 0;
}

QString token(const Trace& trace, int index) {
    return n::tokenLabel(trace.tokens, index).toHtmlEscaped();
}

// "12 times smaller", "about the same", "3.1 times larger": `to` against `from`.
QString change(double from, double to) {
    if (!(from > 0) || !(to > 0)) return RnnLesson::tr("zero");
    const double ratio = to / from;
    if (ratio < 0.8) return RnnLesson::tr("%1 times smaller").arg(n::number(1 / ratio, ratio < 0.01 ? 0 : 1));
    if (ratio > 1.25) return RnnLesson::tr("%1 times larger").arg(n::number(ratio, ratio > 100 ? 0 : 1));
    return RnnLesson::tr("about the same");
}
} // namespace

ReachFigures reachFigures(const RnnComparison& comparison) {
    ReachFigures figures;
    figures.farthest = std::max(int(comparison.rnn.rows()) - 1, 0);
    const DistanceProfile rnn = distanceProfile(comparison.rnn, comparison.rnnPairs, false);
    const DistanceProfile attention = distanceProfile(comparison.attention, comparison.attentionPairs, false);
    figures.rnnNearest = meanAt(rnn, 0);
    figures.rnnFarthest = meanAt(rnn, figures.farthest);
    figures.attentionNearest = meanAt(attention, 0);
    figures.attentionFarthest = meanAt(attention, figures.farthest);
    for (int k = 0; k < attention.distance.size(); ++k)
        if (attention.distance[k] > 0 && attention.mean[k] > figures.attentionPeakMean) {
            figures.attentionPeak = int(attention.distance[k]);
            figures.attentionPeakMean = attention.mean[k];
        }
    figures.rnnAtAttentionPeak = meanAt(rnn, figures.attentionPeak);
    return figures;
}

MemoryFigures memoryFigures(const RnnComparison& comparison) {
    MemoryFigures figures;
    figures.spectralRadius = spectralRadius(comparison.weights.W_h);
    figures.tanhSlope = meanTanhSlope(comparison.hidden);
    const DistanceProfile rnn = distanceProfile(comparison.rnn, comparison.rnnPairs, false);
    const int farthest = int(comparison.rnn.rows()) - 1;
    figures.nearest = meanAt(rnn, 0);
    figures.farthest = meanAt(rnn, farthest);
    figures.perStep = farthest > 0 && figures.nearest > 0 && figures.farthest > 0
                          ? std::pow(figures.farthest / figures.nearest, 1.0 / farthest)
                          : 0;
    return figures;
}

QString tooLong(int tokens, int limit) {
    return RnnLesson::tr("<p>This sentence has %1 tokens. The exact influence of every input on every output is "
                         "computed for up to %2 tokens (N² blocks of the Jacobian): open a shorter one.</p>")
        .arg(tokens)
        .arg(limit);
}

QString recurrentCaption(int frame, int count) {
    if (frame == 0) return RnnLesson::tr("sequential steps: 0 of %1 — nothing computed yet").arg(count);
    if (frame == 1) return RnnLesson::tr("sequential steps: 1 of %1 — h¹ from a¹ alone").arg(count);
    return RnnLesson::tr("sequential steps: %1 of %2 — %3 had to wait for %4")
        .arg(frame)
        .arg(count)
        .arg(n::plainSup("h", frame - 1), n::plainSup("h", frame - 2));
}

QString attentionCaption(int frame, int count) {
    if (frame == 0) return RnnLesson::tr("sequential steps: 0 of 1 — nothing computed yet");
    return RnnLesson::tr("sequential steps: 1 of 1 — all %1 outputs at once").arg(count);
}

QString pathCaption(Layer layer, bool reaches, int length) {
    if (!reaches)
        return layer == Layer::Recurrent ? RnnLesson::tr("no path: the RNN reads left to right")
                                         : RnnLesson::tr("no path: the mask keeps them apart");
    return RnnLesson::tr("path length: %1").arg(length);
}

QString sequenceText(int frame, int count) {
    QString text =
        RnnLesson::tr(
            "<p>An <b>RNN</b> reads the sentence one vector after another: hᵗ = tanh(W_x aᵗ + W_h hᵗ⁻¹ + b) "
            "needs hᵗ⁻¹ first, so its %1 outputs take <b>%1 sequential steps</b>, however many processors "
            "there are. <b>Self-attention</b> computes every bᵗ from all the inputs at once — Q, K, V, A′ "
            "and O are matrix products — so its %1 outputs take <b>1 step</b>, in parallel: "
            "“Self-attention 可以并行处理所有的输出，效率更高”; “RNN 无法并行化，必须依次产生” (note 001 §5.3.2).</p>")
            .arg(count);
    if (frame == 0)
        text += RnnLesson::tr("<p>Time step 0: nothing is computed yet. Press <b>▶ Animate</b>.</p>");
    else if (frame < count)
        text += RnnLesson::tr("<p>Time step %1: the RNN has %2 of its %3 states; self-attention finished in its "
                              "first step. Press <b>▶ Animate</b>, or drag the time step.</p>")
                    .arg(frame)
                    .arg(frame)
                    .arg(count);
    else
        text += RnnLesson::tr("<p>Time step %1: the RNN has just finished, %1 steps after self-attention did. "
                              "Press <b>▶ Animate</b> to watch it again.</p>")
                    .arg(frame);
    return text;
}

QString reachText(const Trace& trace, const RnnComparison& comparison, const ReachFigures& figures, int output) {
    QString text = RnnLesson::tr("<p>Each cell is the exact <b>influence</b> I<sub>t,s</sub> = ‖∂out<sup>t</sup>/∂a"
                                 "<sup>s</sup>‖ of input s on output t: how far the output moves when the input "
                                 "moves, the size of that block of the Jacobian (computed by backward passes).</p>");
    if (figures.farthest == 0) return text + RnnLesson::tr("<p>With one token there is no distance to compare.</p>");
    text += RnnLesson::tr("<p><b>RNN</b> (left): aˢ reaches hᵗ only through hˢ, hˢ⁺¹, …, hᵗ, one multiplication "
                          "by W_h and tanh′ per step. On average an input moves its own state by %1 and the state "
                          "%2 steps later by %3: <b>%4</b>. Above the diagonal I = 0: hᵗ is computed before aˢ is "
                          "read.</p>")
                .arg(n::number(figures.rnnNearest, 3))
                .arg(figures.farthest)
                .arg(n::number(figures.rnnFarthest, 3))
                .arg(change(figures.rnnNearest, figures.rnnFarthest));
    const long forbidden = long(comparison.attentionPairs.size()) - long(comparison.attentionPairs.cast<int>().sum());
    text += forbidden == 0 ? RnnLesson::tr("<p><b>Self-attention</b> (right): bᵗ reads every aˢ in one step, so "
                                           "distance does not decide: content does, through α′.")
                           : RnnLesson::tr("<p><b>Self-attention</b> (right): bᵗ reads every aˢ the sample's mask "
                                           "allows in one step, so within the mask distance does not decide: "
                                           "content does, through α′. The mask forbids %1 of the %2 pairs: their "
                                           "influence is 0, and the chart leaves them out, as it leaves out the "
                                           "RNN's inputs not yet read.")
                                 .arg(forbidden)
                                 .arg(comparison.attentionPairs.size());
    if (figures.attentionPeakMean > 0)
        text += RnnLesson::tr(" Beyond distance 0 its mean influence is largest at distance %1: %2, against the "
                              "RNN's %3 there.")
                    .arg(figures.attentionPeak)
                    .arg(n::number(figures.attentionPeakMean, 3))
                    .arg(n::number(figures.rnnAtAttentionPeak, 3));
    const int strongest = strongestInput(comparison.attention, output);
    if (strongest != output && comparison.attention(output, strongest) > 0)
        text += (strongest > output ? RnnLesson::tr(" Leaving itself out, output %1 %2 depends most on %3 %4, at "
                                                    "distance %5: I = %6 in self-attention, while the RNN has not "
                                                    "read it yet when it computes %7 (I = 0).")
                                    : RnnLesson::tr(" Leaving itself out, output %1 %2 depends most on %3 %4, at "
                                                    "distance %5: I = %6 in self-attention, against %7 in the RNN."))
                    .arg(output + 1)
                    .arg(token(trace, output))
                    .arg(n::sup("a", strongest))
                    .arg(token(trace, strongest))
                    .arg(std::abs(output - strongest))
                    .arg(n::number(comparison.attention(output, strongest), 3))
                    .arg(strongest > output ? n::sup("h", output) : n::number(comparison.rnn(output, strongest), 3));
    text += QStringLiteral("</p>");
    return text + RnnLesson::tr("<p>Below, every pair's influence against its distance |t − s|, with the mean at "
                                "each distance. Click a cell to follow its output t (and to draw the path from its "
                                "input s in step 4); tick <i>log scale</i> to tell the small values apart.</p>");
}

QString memoryText(const RnnComparison& comparison, const MemoryFigures& figures) {
    QString text =
        RnnLesson::tr("<p>What carries hᵗ⁻¹ into hᵗ is W_h: ∂hᵗ/∂hᵗ⁻¹ = Dₜ W_h, with Dₜ = diag(1 − (hᵗ)²) from "
                      "tanh. An input d steps back reaches the output through d such factors, so its influence "
                      "shrinks or grows like their product.</p>");
    text += RnnLesson::tr("<p>Here W_h × %1: its largest |eigenvalue| is ρ = %2, and tanh keeps on average "
                          "1 − h² = %3 of each step. ")
                .arg(n::number(comparison.memory, 2), n::number(figures.spectralRadius, 2),
                     n::number(figures.tanhSlope, 2));
    if (figures.perStep > 0) {
        text += RnnLesson::tr("Per step the influence changes by a factor of about %1 on average (%2 at distance 0, "
                              "%3 at distance %4). ρ and 1 − h² only guide: the factor also depends on the directions "
                              "the vectors take through W_h, and on which states tanh squeezes.</p>")
                    .arg(n::number(figures.perStep, 2), n::number(figures.nearest, 3), n::number(figures.farthest, 3))
                    .arg(comparison.rnn.rows() - 1);
        if (figures.perStep < 0.9)
            text += RnnLesson::tr("<p>It <b>vanishes</b>: far inputs are all but forgotten. This is why the notes say "
                                  "the RNN must keep the leftmost input in its memory “都不能够忘掉” — without "
                                  "forgetting — all the way to the right.</p>");
        else if (figures.perStep > 1.1)
            text += RnnLesson::tr("<p>It <b>blows up</b>: far inputs move the output more than near ones, and "
                                  "gradients that grow like this make training unstable. Only tanh's saturation "
                                  "(1 − h² → 0) holds it back.</p>");
        else
            text += RnnLesson::tr("<p>It <b>carries</b>, neither vanishing nor blowing up: a memory balanced on the "
                                  "edge, which training rarely keeps.</p>");
    } else {
        text += QStringLiteral("</p>");
        if (comparison.memory == 0)
            text += RnnLesson::tr("<p>With W_h × 0 there is no memory at all: hᵗ depends on aᵗ alone.</p>");
    }
    return text + RnnLesson::tr("<p>Drag <i>memory's strength</i>. Self-attention's line does not move: it has no "
                                "W_h, and every input is one step from every output.</p>");
}

QString pathText(const Trace& trace, const RnnComparison& comparison, int output, int input) {
    const int distance = std::abs(output - input);
    QString text = RnnLesson::tr("<p>From %1 %2 to output %3 %4, at distance %5:</p><ul>")
                       .arg(n::sup("a", input), token(trace, input))
                       .arg(output + 1)
                       .arg(token(trace, output))
                       .arg(distance);
    if (input == output)
        text += RnnLesson::tr("<li><b>RNN</b>: %1 → %2 directly, no step along the chain (path length 0); I = %3.</li>")
                    .arg(n::sup("a", input), n::sup("h", output), n::number(comparison.rnn(output, input), 3));
    else if (input < output)
        text += RnnLesson::tr("<li><b>RNN</b>: %1 → %2 → … → %3, path length <b>%4</b> along the chain, each step "
                              "through W_h and tanh; what arrives is I = %5.</li>")
                    .arg(n::sup("a", input), n::sup("h", input), n::sup("h", output))
                    .arg(distance)
                    .arg(n::number(comparison.rnn(output, input), 3));
    else
        text += RnnLesson::tr("<li><b>RNN</b>: no path. %1 is computed before %2 is read: the RNN reads left to "
                              "right (a bidirectional RNN adds a second chain from the right).</li>")
                    .arg(n::sup("h", output), n::sup("a", input));
    const bool allowed = comparison.attentionPairs(output, input) != 0;
    if (allowed)
        text += RnnLesson::tr("<li><b>Self-attention</b>: %1 → %2 directly, path length <b>1</b> whatever the "
                              "distance; I = %3.</li>")
                    .arg(n::sup("a", input), n::sup("b", output), n::number(comparison.attention(output, input), 3));
    else
        text += RnnLesson::tr("<li><b>Self-attention</b>: no path — the sample's mask keeps %1 from %2.</li>")
                    .arg(n::sup("a", input), n::sup("b", output));
    const bool masked = comparison.attentionPairs.cast<int>().sum() < comparison.attentionPairs.size();
    return text +
           (masked ? RnnLesson::tr("</ul><p>The longest path between two positions is |t − s| for the RNN and "
                                   "1 for self-attention wherever the mask allows the pair: “它可以在整个"
                                   "sequence 上非常远的vector之间轻易地抽取信息”. ")
                   : RnnLesson::tr("</ul><p>The longest path between two positions is |t − s| for the RNN and "
                                   "1 for self-attention: “它可以在整个sequence 上非常远的vector之间轻易地抽取"
                                   "信息”. ")) +
           RnnLesson::tr("Choose the input with <i>path from input</i> (or a click on a cell of step 2's maps) and "
                         "the output with the query.</p>");
}

} // namespace al
