// Changing the configuration keeps what still fits and regenerates the rest.
#include "core/attention/reconfigure.h"
#include "core/attention/weight_generation.h"
#include "core/io/sample_loader.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

using namespace al;

namespace {
std::string notesText(const std::vector<Message>& notes) {
    std::string text;
    for (const Message& m : notes)
        text += m.text() + "\n";
    return text;
}
} // namespace

TEST_CASE("edited weights survive a change that keeps their shape", "[reconfigure]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 4));
    s.model.weights.W_q(0, 0) = 42;
    ModelConfig next = s.model.config;
    next.scoring = Scoring::Additive;
    next.temperature = 2;
    std::vector<Message> notes;
    const Model m = reconfigure(s.model, next, 3, &notes);
    CHECK(m.weights.W_q(0, 0) == 42);
    CHECK(m.weights.w_a.rows() == 1);
    CHECK(m.weights.w_a.cols() == 4);
    REQUIRE(notes.size() == 1); // only w_a is new
    CHECK(notesText(notes) == "w_a generated from seed 1 (1 × 4)\n");
}

TEST_CASE("more heads of the same d_k keep every row and add the new heads' rows", "[reconfigure]") {
    // The animal sample: H = 1, d_k = d_v = 4, d_model = 8, hand-made W^q, W^k, W^v.
    const Sample animal = loadSample(ATTENTION_LAB_SOURCE_DIR "/samples/animal-street.json");
    ModelConfig two = animal.model.config;
    two.heads = 2; // d_k stays 4: head 1 is the sample's, head 2 is new
    std::vector<Message> notes;
    const Model m = reconfigure(animal.model, two, animal.tokenCount(), &notes);
    REQUIRE(m.weights.W_q.rows() == 8);
    CHECK(m.weights.W_q.topRows(4) == animal.model.weights.W_q);
    CHECK(m.weights.W_k.topRows(4) == animal.model.weights.W_k);
    CHECK(m.weights.W_v.topRows(4) == animal.model.weights.W_v);
    // The new rows are those the seed gives at the new shape.
    CHECK(m.weights.W_q.bottomRows(4) == generateQueryWeights(two).bottomRows(4));
    CHECK(notesText(notes) == "W^q: rows 5–8 generated from seed 1 (now 8 × 8), rows 1–4 kept\n"
                              "W^k: rows 5–8 generated from seed 1 (now 8 × 8), rows 1–4 kept\n"
                              "W^v: rows 5–8 generated from seed 1 (now 8 × 8), rows 1–4 kept\n");

    // Back to one head: the first four rows are the sample's again, exactly.
    notes.clear();
    const Model back = reconfigure(m, animal.model.config, animal.tokenCount(), &notes);
    CHECK(back.weights.W_q == animal.model.weights.W_q);
    CHECK(notesText(notes).find("W^q: rows 1–4 kept, rows 5–8 dropped (now 4 × 8)") != std::string::npos);
}

TEST_CASE("with H·d_k unchanged every weight keeps its value and only the split changes", "[reconfigure]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 8));
    s.model.config.outputProjection = true;
    s.model.weights.W_o = generateOutputWeights(s.model.config);
    s.model.weights.W_q(2, 3) = 42;
    s.model.weights.W_o(1, 5) = -7;
    for (int heads : {2, 4, 8, 1}) {
        ModelConfig next = s.model.config;
        next.heads = heads;
        next.dK = next.dV = 8 / heads; // d_model / H, as the Heads control keeps it
        std::vector<Message> notes;
        const Model m = reconfigure(s.model, next, 3, &notes);
        CHECK(m.weights.W_q == s.model.weights.W_q);
        CHECK(m.weights.W_k == s.model.weights.W_k);
        CHECK(m.weights.W_v == s.model.weights.W_v);
        CHECK(m.weights.W_o == s.model.weights.W_o);
        REQUIRE(notes.size() == (heads == 1 ? 0u : 1u)); // H = 1 is no change at all
        if (heads > 1)
            CHECK(notes[0].text() == "every weight kept: q and k split into " + std::to_string(heads) + " heads of " +
                                         std::to_string(8 / heads) + " entries, v into heads of " +
                                         std::to_string(8 / heads));
    }
}

TEST_CASE("W^o keeps the columns of the heads that remain", "[reconfigure]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 4));
    ModelConfig one = s.model.config;
    one.outputProjection = true;
    std::vector<Message> notes;
    const Model projected = reconfigure(s.model, one, 3, &notes);
    CHECK(notesText(notes) == "W^o generated from seed 1 (4 × 4)\n");
    ModelConfig two = one;
    two.heads = 2; // d_v stays 4: W^o grows from 4 × 4 to 4 × 8
    notes.clear();
    const Model m = reconfigure(projected, two, 3, &notes);
    REQUIRE(m.weights.W_o.cols() == 8);
    CHECK(m.weights.W_o.leftCols(4) == projected.weights.W_o);
    CHECK(m.weights.W_o.rightCols(4) == generateOutputWeights(two).rightCols(4));
    CHECK(notesText(notes).find("W^o: columns 5–8 generated from seed 1 (now 4 × 8), columns 1–4 kept") !=
          std::string::npos);
}

TEST_CASE("w_a keeps the remaining heads' rows while d_k stays, and is generated when d_k changes", "[reconfigure]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 4));
    ModelConfig additive = s.model.config;
    additive.scoring = Scoring::Additive;
    const Model a = reconfigure(s.model, additive, 3);
    ModelConfig twoHeads = additive;
    twoHeads.heads = 2;
    const Model b = reconfigure(a, twoHeads, 3);
    CHECK(b.weights.w_a.row(0) == a.weights.w_a.row(0));
    ModelConfig smallerKeys = twoHeads;
    smallerKeys.dK = 2;
    std::vector<Message> notes;
    const Model c = reconfigure(b, smallerKeys, 3, &notes);
    CHECK(c.weights.w_a == generateAdditiveWeights(smallerKeys));
    CHECK(notesText(notes).find("w_a generated from seed 1: its shape changed to 2 × 2") != std::string::npos);
}

TEST_CASE("a new seed regenerates everything, and says so once", "[reconfigure]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 4));
    ModelConfig next = s.model.config;
    next.heads = 2;
    next.dK = 2;
    next.dV = 3;
    next.outputProjection = true;
    next.positional = PositionalEncoding::Learned;
    const Model m = reconfigure(s.model, next, 3);
    CHECK(m.weights.W_q.rows() == 4);
    CHECK(m.weights.W_v.rows() == 6);
    CHECK(m.weights.W_o.rows() == 4);
    CHECK(m.weights.W_o.cols() == 6);
    CHECK(m.learnedPositions.rows() == 3);
    ModelConfig reseeded = next;
    reseeded.seed = 99;
    std::vector<Message> notes;
    const Model r = reconfigure(m, reseeded, 3, &notes);
    CHECK(r.weights.W_q == generateQueryWeights(reseeded));
    CHECK(r.weights.W_q != m.weights.W_q);
    CHECK(r.learnedPositions != m.learnedPositions);
    CHECK(notesText(notes) == "every weight generated from seed 99\n");
}

TEST_CASE("checkConfig refuses what the loader refuses", "[reconfigure]") {
    ModelConfig c;
    c.dModel = c.dK = c.dV = 4;
    CHECK(checkConfig(c, 3).empty());
    c.dK = 0;
    CHECK_FALSE(checkConfig(c, 3).empty());
    c.dK = 4;
    c.temperature = 0;
    CHECK_FALSE(checkConfig(c, 3).empty());
    c.temperature = 1;
    c.heads = 65;
    CHECK_FALSE(checkConfig(c, 3).empty());
}
