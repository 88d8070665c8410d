// Typing one's own sentence: a word's vector comes from the seed and the word, and what
// depends on N (masks, learned positions) follows the tokens.
#include "core/attention/limits.h"
#include "core/attention/masks.h"
#include "core/attention/sentence_edit.h"
#include "core/attention/token_vectors.h"
#include "core/attention/weight_generation.h"
#include "core/base/seeded_random.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

TEST_CASE("the same text gives the same vector, another text another", "[sentence]") {
    CHECK(tokenVector(1, "saw", 8) == tokenVector(1, "saw", 8));
    CHECK(tokenVector(1, "saw", 8) != tokenVector(1, "was", 8));
    CHECK(tokenVector(1, "saw", 8) != tokenVector(2, "saw", 8));
    CHECK(tokenVector(1, "猫", 8) != tokenVector(1, "狗", 8));
    // nn.Linear's range for d_model inputs, and not all equal.
    const RowVector v = tokenVector(7, "animal", 64);
    CHECK(v.cwiseAbs().maxCoeff() <= 1 / std::sqrt(64.0));
    CHECK(v.maxCoeff() - v.minCoeff() > 0.1);
    // The generator is fixed: its own stream of the SplitMix64 generator, never another's.
    CHECK(tokenVector(1, "W_q", 4) != uniformMatrix(1, "W_q", 1, 4, 0.5).row(0));
}

TEST_CASE("an inserted word takes the vector of the same word in the sentence, else the generated one", "[sentence]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 4)); // t0 t1 t2
    const SentenceEdit saw = insertToken(s, 1, "saw");
    REQUIRE(saw.refusal.empty());
    REQUIRE(saw.sample.tokenCount() == 4);
    CHECK(saw.sample.tokens[1] == "saw");
    CHECK(saw.sample.embeddings.row(1) == tokenVector(s.model.config.seed, "saw", 4));
    CHECK(saw.sample.embeddings.row(0) == s.embeddings.row(0));
    CHECK(saw.sample.embeddings.row(2) == s.embeddings.row(1));
    REQUIRE(saw.notes.size() == 1);
    CHECK(saw.notes[0].text() == "the vector of “saw” is generated from seed 1 and its text");

    const SentenceEdit again = insertToken(saw.sample, 4, "saw"); // appended
    REQUIRE(again.refusal.empty());
    CHECK(again.sample.embeddings.row(4) == again.sample.embeddings.row(1));
    CHECK(again.notes[0].text() == "“saw” takes the vector of token 2, the same word");

    // A hand-made vector is the word's vector too.
    const SentenceEdit copy = insertToken(s, 3, "t0");
    CHECK(copy.sample.embeddings.row(3) == s.embeddings.row(0));
}

TEST_CASE("renaming gives the token the new word's vector, removing drops it", "[sentence]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 4));
    const SentenceEdit renamed = renameToken(s, 2, "dog");
    REQUIRE(renamed.refusal.empty());
    CHECK(renamed.sample.tokens[2] == "dog");
    CHECK(renamed.sample.embeddings.row(2) == tokenVector(1, "dog", 4));
    CHECK(renamed.sample.embeddings.topRows(2) == s.embeddings.topRows(2));
    const SentenceEdit same = renameToken(s, 2, "t2");
    CHECK(same.sample.embeddings == s.embeddings);
    CHECK(same.notes.empty());

    const SentenceEdit removed = removeToken(s, 0);
    REQUIRE(removed.refusal.empty());
    CHECK(removed.sample.tokens == std::vector<std::string>{"t1", "t2"});
    CHECK(removed.sample.embeddings == s.embeddings.bottomRows(2));
}

TEST_CASE("bad sentence edits are refused and change nothing", "[sentence]") {
    Sample s = test::sampleFrom(test::validSampleJson(1, 4));
    CHECK(removeToken(s, 0).refusal.text() == "a sentence needs at least one token");
    CHECK(insertToken(s, 0, "  ").refusal.text() == "a token needs some text");
    CHECK_FALSE(insertToken(s, 5, "x").refusal.empty());
    CHECK_FALSE(renameToken(s, 1, "x").refusal.empty());
    CHECK_FALSE(insertToken(s, 0, std::string(std::size_t(limits::maxTokenLabelBytes) + 1, 'x')).refusal.empty());
    const SentenceEdit refused = insertToken(s, 0, "");
    CHECK(refused.sample.tokens == s.tokens);
}

TEST_CASE("the token limit and heads · N² are kept", "[sentence]") {
    Sample s = test::sampleFrom(test::validSampleJson(1, 1));
    s.tokens.assign(std::size_t(limits::maxTokens), "x");
    s.embeddings = Matrix::Zero(limits::maxTokens, 1);
    CHECK_FALSE(insertToken(s, 0, "y").refusal.empty());
}

TEST_CASE("masks follow the tokens", "[sentence]") {
    Sample s = test::sampleFrom(test::validSampleJson(4, 4)); // t0 t1 t2 t3
    MaskMatrix custom = MaskMatrix::Ones(4, 4);
    custom(3, 2) = 0; // t3 may not attend to t2
    s.model.masks = {CausalMask{}, PaddingMask{3}, GraphMask{{{0, 3}, {1, 2}}, false}, CustomMask{custom}};

    const SentenceEdit inserted = insertToken(s, 1, "new");
    REQUIRE(inserted.refusal.empty());
    const auto& in = inserted.sample.model.masks;
    REQUIRE(in.size() == 4);
    CHECK(std::get<PaddingMask>(in[1]).validLength == 4);
    CHECK(std::get<GraphMask>(in[2]).edges == std::vector<std::pair<int, int>>{{0, 4}, {2, 3}}); // the same tokens
    const MaskMatrix& grown = std::get<CustomMask>(in[3]).matrix;
    REQUIRE(grown.rows() == 5);
    CHECK(grown(4, 3) == 0); // still t3 → t2
    CHECK(int((grown.array() == 0).count()) == 1);
    for (const MaskSpec& mask : in)
        CHECK(checkMask(mask, 5).empty());

    const SentenceEdit appended = insertToken(s, 4, "pad");
    CHECK(std::get<PaddingMask>(appended.sample.model.masks[1]).validLength == 3); // a padding token

    const SentenceEdit removed = removeToken(s, 2); // t2: its edge and its masked cell go
    const auto& out = removed.sample.model.masks;
    REQUIRE(out.size() == 3); // the custom mask allows everything now: dropped
    CHECK(std::get<PaddingMask>(out[1]).validLength == 2);
    CHECK(std::get<GraphMask>(out[2]).edges == std::vector<std::pair<int, int>>{{0, 2}});
    bool notedEdge = false;
    for (const Message& note : removed.notes)
        notedEdge |= note.text() == "edges of “t2” removed from the graph mask: 1";
    CHECK(notedEdge);

    Sample one = s;
    one.model.masks = {PaddingMask{1}};
    const SentenceEdit lastValid = removeToken(one, 0);
    CHECK(lastValid.sample.model.masks.empty());
    CHECK(lastValid.notes.at(0).text() == "the padding mask is removed: no valid token is left");
}

TEST_CASE("learned positions keep one row per position", "[sentence]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 4));
    s.model.config.positional = PositionalEncoding::Learned;
    s.model.learnedPositions = generateLearnedPositions(s.model.config, 3);
    s.model.learnedPositions(0, 0) = 9;
    const SentenceEdit inserted = insertToken(s, 0, "first");
    REQUIRE(inserted.sample.model.learnedPositions.rows() == 4);
    CHECK(inserted.sample.model.learnedPositions.topRows(3) == s.model.learnedPositions);
    CHECK(inserted.sample.model.learnedPositions.row(3) == generateLearnedPositions(s.model.config, 4).row(3));
    const SentenceEdit removed = removeToken(s, 0);
    CHECK(removed.sample.model.learnedPositions == s.model.learnedPositions.topRows(2));
}
