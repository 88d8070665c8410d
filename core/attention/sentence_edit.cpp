#include "core/attention/sentence_edit.h"

#include "core/attention/limits.h"
#include "core/attention/reconfigure.h"
#include "core/attention/token_vectors.h"
#include "core/attention/weight_generation.h"
#include "core/base/translatable.h"

#include <algorithm>

namespace al {

namespace {
SentenceEdit refused(const Sample& sample, Message why) {
    return {std::move(why), sample, {}};
}

// "" or why `text` cannot be a token.
Message checkText(const std::string& text) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return message(QT_TRANSLATE_NOOP("Message", "a token needs some text"));
    if (text.size() > std::size_t(limits::maxTokenLabelBytes))
        return message(QT_TRANSLATE_NOOP("Message", "token label is %1 bytes; the limit is %2"), text.size(),
                       limits::maxTokenLabelBytes);
    return {};
}

// The vector for `text` (1 × d_model), and a note saying where it came from. `skip` is a
// token not to copy from (the one being renamed).
RowVector vectorFor(const Sample& sample, const std::string& text, int skip, std::vector<Message>& notes) {
    for (int t = 0; t < sample.tokenCount(); ++t)
        if (t != skip && sample.tokens[std::size_t(t)] == text) {
            notes.push_back(
                message(QT_TRANSLATE_NOOP("Message", "“%1” takes the vector of token %2, the same word"), text, t + 1));
            return sample.embeddings.row(t);
        }
    notes.push_back(message(QT_TRANSLATE_NOOP("Message", "the vector of “%1” is generated from seed %2 and its text"),
                            text, sample.model.config.seed));
    return tokenVector(sample.model.config.seed, text, sample.model.config.dModel);
}

template <typename Scalar>
Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>
withRowInserted(const Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>& m, int index,
                const Eigen::Matrix<Scalar, 1, Eigen::Dynamic>& row) {
    Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> result(m.rows() + 1, m.cols());
    result.topRows(index) = m.topRows(index);
    result.row(index) = row;
    result.bottomRows(m.rows() - index) = m.bottomRows(m.rows() - index);
    return result;
}

template <typename M> M withRowRemoved(const M& m, int index) {
    M result(m.rows() - 1, m.cols());
    result.topRows(index) = m.topRows(index);
    result.bottomRows(m.rows() - 1 - index) = m.bottomRows(m.rows() - 1 - index);
    return result;
}

MaskMatrix customWithInserted(const MaskMatrix& m, int index) {
    const MaskMatrix rows =
        withRowInserted<std::uint8_t>(m, index, Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic>::Ones(m.cols()));
    const MaskMatrix transposed = rows.transpose();
    return withRowInserted<std::uint8_t>(transposed, index,
                                         Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic>::Ones(transposed.cols()))
        .transpose();
}

MaskMatrix customWithRemoved(const MaskMatrix& m, int index) {
    const MaskMatrix rows = withRowRemoved(m, index);
    const MaskMatrix transposed = rows.transpose();
    return withRowRemoved(transposed, index).transpose();
}

// The masks after inserting a token at `index` (`label` for the notes).
std::vector<MaskSpec> masksAfterInsert(const std::vector<MaskSpec>& masks, int index, const std::string& label,
                                       std::vector<Message>& notes) {
    std::vector<MaskSpec> result;
    for (const MaskSpec& mask : masks) {
        if (const auto* padding = std::get_if<PaddingMask>(&mask)) {
            if (index < padding->validLength) {
                result.push_back(PaddingMask{padding->validLength + 1});
                notes.push_back(message(QT_TRANSLATE_NOOP("Message", "the padding mask's valid length is now %1"),
                                        padding->validLength + 1));
            } else {
                result.push_back(*padding);
                notes.push_back(
                    message(QT_TRANSLATE_NOOP(
                                "Message", "“%1” is past the valid length %2: the padding mask treats it as padding"),
                            label, padding->validLength));
            }
        } else if (const auto* graph = std::get_if<GraphMask>(&mask)) {
            GraphMask shifted = *graph;
            for (auto& [from, to] : shifted.edges) {
                if (from >= index) ++from;
                if (to >= index) ++to;
            }
            result.push_back(std::move(shifted));
            notes.push_back(message(
                QT_TRANSLATE_NOOP("Message", "“%1” has no edges in the graph mask yet: it attends to itself only"),
                label));
        } else if (const auto* custom = std::get_if<CustomMask>(&mask)) {
            result.push_back(CustomMask{customWithInserted(custom->matrix, index)});
        } else {
            result.push_back(mask);
        }
    }
    return result;
}

std::vector<MaskSpec> masksAfterRemove(const std::vector<MaskSpec>& masks, int index, const std::string& label,
                                       std::vector<Message>& notes) {
    std::vector<MaskSpec> result;
    for (const MaskSpec& mask : masks) {
        if (const auto* padding = std::get_if<PaddingMask>(&mask)) {
            if (index >= padding->validLength) {
                result.push_back(*padding);
            } else if (padding->validLength == 1) {
                notes.push_back(
                    message(QT_TRANSLATE_NOOP("Message", "the padding mask is removed: no valid token is left")));
            } else {
                result.push_back(PaddingMask{padding->validLength - 1});
                notes.push_back(message(QT_TRANSLATE_NOOP("Message", "the padding mask's valid length is now %1"),
                                        padding->validLength - 1));
            }
        } else if (const auto* graph = std::get_if<GraphMask>(&mask)) {
            GraphMask kept{{}, graph->directed};
            for (auto [from, to] : graph->edges) {
                if (from == index || to == index) continue;
                kept.edges.emplace_back(from > index ? from - 1 : from, to > index ? to - 1 : to);
            }
            const std::size_t lost = graph->edges.size() - kept.edges.size();
            if (lost > 0)
                notes.push_back(message(QT_TRANSLATE_NOOP("Message", "edges of “%1” removed from the graph mask: %2"),
                                        label, lost));
            result.push_back(std::move(kept));
        } else if (const auto* custom = std::get_if<CustomMask>(&mask)) {
            MaskMatrix smaller = customWithRemoved(custom->matrix, index);
            if (!smaller.isOnes()) result.push_back(CustomMask{std::move(smaller)});
        } else {
            result.push_back(mask);
        }
    }
    return result;
}
} // namespace

SentenceEdit insertToken(const Sample& sample, int index, const std::string& text) {
    const int n = sample.tokenCount();
    if (index < 0 || index > n)
        return refused(sample, message(QT_TRANSLATE_NOOP("Message", "no place %1 in the sentence"), index + 1));
    if (const Message problem = checkText(text); !problem.empty()) return refused(sample, problem);
    if (n + 1 > limits::maxTokens)
        return refused(sample,
                       message(QT_TRANSLATE_NOOP("Message", "%1 tokens; the limit is %2"), n + 1, limits::maxTokens));
    if (const Message problem = checkConfig(sample.model.config, n + 1); !problem.empty())
        return refused(sample, problem);

    SentenceEdit edit{{}, sample, {}};
    Sample& next = edit.sample;
    const RowVector vector = vectorFor(sample, text, -1, edit.notes);
    next.tokens.insert(next.tokens.begin() + index, text);
    next.embeddings = withRowInserted<double>(sample.embeddings, index, vector);
    next.model.masks = masksAfterInsert(sample.model.masks, index, text, edit.notes);
    if (sample.model.config.positional == PositionalEncoding::Learned) // position n is new
        next.model.learnedPositions =
            reconfigure(sample.model, sample.model.config, n + 1, &edit.notes).learnedPositions;
    return edit;
}

SentenceEdit renameToken(const Sample& sample, int index, const std::string& text) {
    if (index < 0 || index >= sample.tokenCount())
        return refused(sample, message(QT_TRANSLATE_NOOP("Message", "no token %1 in the sentence"), index + 1));
    if (const Message problem = checkText(text); !problem.empty()) return refused(sample, problem);
    SentenceEdit edit{{}, sample, {}};
    if (sample.tokens[std::size_t(index)] == text) return edit; // nothing to do
    edit.sample.embeddings.row(index) = vectorFor(sample, text, index, edit.notes);
    edit.sample.tokens[std::size_t(index)] = text;
    return edit;
}

SentenceEdit removeToken(const Sample& sample, int index) {
    const int n = sample.tokenCount();
    if (index < 0 || index >= n)
        return refused(sample, message(QT_TRANSLATE_NOOP("Message", "no token %1 in the sentence"), index + 1));
    if (n == 1) return refused(sample, message(QT_TRANSLATE_NOOP("Message", "a sentence needs at least one token")));
    SentenceEdit edit{{}, sample, {}};
    Sample& next = edit.sample;
    const std::string label = sample.tokens[std::size_t(index)];
    next.tokens.erase(next.tokens.begin() + index);
    next.embeddings = withRowRemoved(sample.embeddings, index);
    next.model.masks = masksAfterRemove(sample.model.masks, index, label, edit.notes);
    if (next.model.learnedPositions.rows() == n) next.model.learnedPositions.conservativeResize(n - 1, Eigen::NoChange);
    return edit;
}

} // namespace al
