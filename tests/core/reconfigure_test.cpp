// Changing the configuration keeps what still fits and regenerates the rest.
#include "core/reconfigure.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

using namespace al;

TEST_CASE("edited weights survive a change that keeps their shape", "[reconfigure]") {
    Sample s = test::sampleFrom(test::validSampleJson(3, 4));
    s.model.weights.W_q(0, 0) = 42;
    ModelConfig next = s.model.config;
    next.scoring = Scoring::Additive;
    next.temperature = 2;
    const Model m = reconfigure(s.model, next, 3);
    CHECK(m.weights.W_q(0, 0) == 42);
    CHECK(m.weights.w_a.rows() == 1);
    CHECK(m.weights.w_a.cols() == 4);
}

TEST_CASE("a change of shape regenerates, and a new seed regenerates everything", "[reconfigure]") {
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
    const Model r = reconfigure(m, reseeded, 3);
    CHECK(r.weights.W_q != m.weights.W_q);
    CHECK(r.learnedPositions != m.learnedPositions);
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
