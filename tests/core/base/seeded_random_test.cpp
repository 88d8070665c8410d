// The generator's numbers are fixed forever: samples without weights must give the same
// trace on every platform and in every version. The expected values below were computed
// by tests/tools/reference_model.py, an independent implementation in Python.
#include "core/attention/weight_generation.h"
#include "core/base/seeded_random.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

TEST_CASE("SplitMix64 streams are fixed", "[random]") {
    SeededRandom random(1, "W_q");
    CHECK(random.nextBits() == 0x6dda12e16bda2430ULL);
    CHECK(random.nextBits() == 0x4e8ddfdc8faca4b5ULL);
    SeededRandom other(0, "");
    CHECK(other.nextBits() == 0xc3817c016ba4ff30ULL);
}

TEST_CASE("uniform numbers lie between −1 and 1 and differ between streams and seeds", "[random]") {
    SeededRandom a(1, "W_q"), b(1, "W_k"), c(2, "W_q");
    double lowest = 1, highest = -1;
    for (int i = 0; i < 10000; ++i) {
        const double x = a.nextSymmetric();
        lowest = std::min(lowest, x);
        highest = std::max(highest, x);
        CHECK(x >= -1.0);
        CHECK(x < 1.0);
    }
    CHECK(lowest < -0.99);
    CHECK(highest > 0.99);
    CHECK(b.nextBits() != c.nextBits());
}

TEST_CASE("generated weights follow nn.Linear's initialisation range", "[random]") {
    ModelConfig config;
    config.dModel = 16;
    config.heads = 2;
    config.dK = 8;
    config.dV = 8;
    config.outputProjection = true;
    const Weights w = generateWeights(config);
    CHECK(w.W_q.rows() == 16);
    CHECK(w.W_o.cols() == 16);
    CHECK(w.W_q.cwiseAbs().maxCoeff() <= 0.25);  // 1/√16
    CHECK(w.w_a.size() == 0);                    // not additive
    CHECK(w.W_q(0, 0) == -0.035445604307891676); // bit for bit, as reference_model.py gives
}
