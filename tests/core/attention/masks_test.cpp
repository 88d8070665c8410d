// Every mask kind against its rule of MATH.md §4, and their combinations.
#include "core/attention/masks.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace al;

namespace {
template <typename Rule> void requireRule(const MaskMatrix& mask, Rule rule) {
    for (Eigen::Index i = 0; i < mask.rows(); ++i)
        for (Eigen::Index j = 0; j < mask.cols(); ++j) {
            INFO("query " << i << ", key " << j);
            CHECK(mask(i, j) == (rule(int(i), int(j)) ? 1 : 0));
        }
}
} // namespace

TEST_CASE("causal: keys up to the query", "[masks]") {
    for (int n : {1, 2, 5, 17})
        requireRule(buildMask(CausalMask{}, n), [](int i, int j) { return j <= i; });
}

TEST_CASE("padding: keys before the valid length", "[masks]") {
    for (int length : {1, 3, 6})
        requireRule(buildMask(PaddingMask{length}, 6), [&](int, int j) { return j < length; });
}

TEST_CASE("window: keys within the radius", "[masks]") {
    for (int radius : {0, 1, 2, 10})
        requireRule(buildMask(WindowMask{radius}, 7), [&](int i, int j) { return std::abs(i - j) <= radius; });
}

TEST_CASE("graph: self and edges, undirected unless directed", "[masks]") {
    const GraphMask undirected{{{0, 1}, {2, 3}}, false};
    requireRule(buildMask(undirected, 4), [](int i, int j) {
        return i == j || (i == 0 && j == 1) || (i == 1 && j == 0) || (i == 2 && j == 3) || (i == 3 && j == 2);
    });
    const GraphMask directed{{{0, 1}, {2, 3}}, true};
    requireRule(buildMask(directed, 4),
                [](int i, int j) { return i == j || (i == 0 && j == 1) || (i == 2 && j == 3); });
}

TEST_CASE("custom: the matrix as given", "[masks]") {
    MaskMatrix m(2, 2);
    m << 0, 1, 1, 0;
    CHECK(buildMask(CustomMask{m}, 2) == m);
}

TEST_CASE("no mask allows everything, and several masks are AND-ed", "[masks]") {
    CHECK(combineMasks({}, 3) == MaskMatrix::Ones(3, 3));
    const std::vector<MaskSpec> masks{CausalMask{}, WindowMask{1}, PaddingMask{4}};
    requireRule(combineMasks(masks, 6), [](int i, int j) { return j <= i && std::abs(i - j) <= 1 && j < 4; });
    // queries 5 may see keys 4…5 by the window, but padding removes both: fully masked
    CHECK_FALSE(combineMasks(masks, 6).row(5).any());
    const std::vector<MaskSpec> graphAndWindow{GraphMask{{{0, 3}, {1, 2}}, false}, WindowMask{1}};
    requireRule(combineMasks(graphAndWindow, 4),
                [](int i, int j) { return i == j || (i == 1 && j == 2) || (i == 2 && j == 1); });
}

TEST_CASE("checkMask refuses masks that do not fit N tokens", "[masks]") {
    CHECK(checkMask(CausalMask{}, 3).empty());
    CHECK(checkMask(PaddingMask{3}, 3).empty());
    CHECK_FALSE(checkMask(PaddingMask{4}, 3).empty());
    CHECK_FALSE(checkMask(PaddingMask{0}, 3).empty());
    CHECK_FALSE(checkMask(WindowMask{-1}, 3).empty());
    CHECK(checkMask(GraphMask{{{0, 2}}, false}, 3).empty());
    CHECK_FALSE(checkMask(GraphMask{{{0, 3}}, false}, 3).empty());
    CHECK_FALSE(checkMask(CustomMask{MaskMatrix::Ones(2, 2)}, 3).empty());
    MaskMatrix twos = MaskMatrix::Ones(3, 3);
    twos(1, 1) = 2;
    CHECK_FALSE(checkMask(CustomMask{twos}, 3).empty());
}

TEST_CASE("allows() reads one cell of every kind of mask as buildMask does", "[masks]") {
    MaskMatrix custom = MaskMatrix::Ones(5, 5);
    custom(2, 4) = 0;
    const std::vector<MaskSpec> masks{
        CausalMask{},      PaddingMask{3}, WindowMask{1}, GraphMask{{{0, 3}, {4, 1}}, true}, GraphMask{{{0, 3}}, false},
        CustomMask{custom}};
    for (const MaskSpec& mask : masks) {
        const MaskMatrix m = buildMask(mask, 5);
        for (int i = 0; i < 5; ++i)
            for (int j = 0; j < 5; ++j)
                CHECK(allows(mask, i, j) == (m(i, j) != 0));
    }
}
