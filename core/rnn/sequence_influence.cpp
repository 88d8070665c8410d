#include "core/rnn/sequence_influence.h"

#include "core/attention/attention.h"
#include "core/attention/attention_influence.h"

#include <stdexcept>

namespace al {

SequenceInfluence sequenceInfluence(const Sample& sample, Cancellation& cancellation) {
    if (sample.tokenCount() > maxInfluenceTokens)
        throw std::invalid_argument("sequenceInfluence: more than maxInfluenceTokens tokens");
    SequenceInfluence influence;
    influence.tokens = sample.tokens;
    influence.rnn = rnnWeightsOf(sample);
    influence.hidden = rnnHidden(influence.rnn, sample.embeddings);
    influence.rnnInfluence = rnnInfluence(influence.rnn, influence.hidden, cancellation);
    const Trace trace = run(sample, KeptMatrices::EveryHead, ComputedHeads::All, cancellation);
    if (std::string field = firstNonFiniteField(trace); !field.empty()) throw std::overflow_error(field);
    influence.attentionInfluence = attentionInfluence(trace, cancellation);
    return influence;
}

std::string firstNonFiniteField(const SequenceInfluence& influence) {
    if (!influence.hidden.allFinite()) return "rnn.hidden";
    if (!influence.rnnInfluence.allFinite()) return "rnn.influence";
    if (!influence.attentionInfluence.allFinite()) return "attention.influence";
    return {};
}

} // namespace al
