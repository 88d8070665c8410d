// Numbers at the edges of double: every weight stays finite, each row of α′ still sums to
// 1 (or is 0 when fully masked), and an overflow is reported by firstNonFiniteField.
#include "core/attention/attention.h"
#include "core/attention/normalization.h"
#include "core/io/sample_loader.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace al;

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

RowVector row(std::initializer_list<double> values) {
    RowVector r(Eigen::Index(values.size()));
    Eigen::Index j = 0;
    for (double v : values)
        r(j++) = v;
    return r;
}

RowVector softmaxOf(const RowVector& scores) {
    const Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic> all = decltype(all)::Ones(scores.size());
    return normalizeRow(Normalization::Softmax, scores, all);
}

// Every weight finite and each row summing to 1, or to 0 for a fully masked query.
void requireFiniteRows(const Trace& trace) {
    for (int h = 0; h < int(trace.heads.size()); ++h) {
        const Matrix& weights = trace.attention(h)->weights; // kept by run()
        REQUIRE(weights.allFinite());
        for (int i = 0; i < trace.tokenCount(); ++i) {
            const bool masked = std::find(trace.fullyMaskedQueries.begin(), trace.fullyMaskedQueries.end(), i) !=
                                trace.fullyMaskedQueries.end();
            CHECK(weights.row(i).sum() == Approx(masked ? 0.0 : 1.0).margin(1e-12));
        }
    }
}

Trace runJson(const nlohmann::json& json) {
    return run(parseSample(json.dump(), "extreme.json"));
}
} // namespace

TEST_CASE("softmax of ±1e300 is one-hot, and of equal scores exactly uniform", "[normalization][extremes]") {
    CHECK(softmaxOf(row({1e300, -1e300, 0})) == row({1, 0, 0}));
    CHECK(softmaxOf(row({-1e300, -1e300})) == row({0.5, 0.5}));
    CHECK(softmaxOf(row({7, 7, 7, 7})) == row({0.25, 0.25, 0.25, 0.25}));
}

TEST_CASE("softmax of overflowed scores is its limit, finite and summing to 1", "[normalization][extremes]") {
    CHECK(softmaxOf(row({infinity, 1, infinity})) == row({0.5, 0, 0.5}));
    CHECK(softmaxOf(row({-infinity, -infinity, -infinity, -infinity})) == row({0.25, 0.25, 0.25, 0.25}));
    CHECK(softmaxOf(row({notANumber, 0, 0})) == row({0, 0.5, 0.5}));
    CHECK(softmaxOf(row({notANumber, -infinity, 3})) == row({0, 0, 1}));
    const SoftmaxTerms terms = softmaxTerms(row({infinity, 2}), Eigen::Matrix<std::uint8_t, 1, 2>(1, 1));
    CHECK(terms.maxScore == infinity);
    CHECK(terms.sum == 1);
    // A masked key's +∞ does not count.
    CHECK(normalizeRow(Normalization::Softmax, row({infinity, 1, 2}), Eigen::Matrix<std::uint8_t, 1, 3>(0, 1, 1))
              .isApprox(softmaxOf(row({-infinity, 1, 2}))));
}

TEST_CASE("relu keeps overflowed weights finite", "[normalization][extremes]") {
    const Eigen::Matrix<std::uint8_t, 1, 4> all(1, 1, 1, 1);
    CHECK(normalizeRow(Normalization::Relu, row({infinity, notANumber, -infinity, 2}), all) ==
          row({std::numeric_limits<double>::max(), 0, 0, 2}));
}

TEST_CASE("embeddings of 1e150 and 1e160: weights stay finite, and an overflow is reported", "[attention][extremes]") {
    for (double scale : {1e150, 1e160}) { // q·k ≈ 1e300 still fits; ≈ 1e320 overflows
        auto json = test::validSampleJson(4, 4);
        for (auto& r : json["embeddings"])
            for (auto& v : r)
                v = v.get<double>() * scale;
        const Trace trace = runJson(json);
        INFO("scale " << scale);
        requireFiniteRows(trace);
        const std::string field = firstNonFiniteField(trace);
        if (scale == 1e150)
            CHECK(field.empty());
        else
            CHECK(field.find("scores") != std::string::npos);
    }
}

TEST_CASE("a temperature of 1e-300 sharpens to the largest score, finite", "[attention][extremes]") {
    auto json = test::validSampleJson(5, 4);
    json["model"] = {{"temperature", 1e-300}};
    const Trace trace = runJson(json);
    requireFiniteRows(trace);
    // Every score is multiplied by 1e300: those above about 1.8e8·… overflow to ±∞, reported.
    const std::string field = firstNonFiniteField(trace);
    CHECK((field.empty() || field.find("scores") != std::string::npos));
    for (int h = 0; h < int(trace.heads.size()); ++h)
        for (int i = 0; i < trace.tokenCount(); ++i)
            CHECK(trace.attention(h)->weights.row(i).maxCoeff() >= 0.5 - 1e-12);
}

TEST_CASE("every query fully masked: α′ = 0 and b = 0, never NaN", "[attention][extremes]") {
    auto json = test::validSampleJson(3, 4);
    json["model"] = {{"output_projection", false},
                     {"masks", {{{"kind", "custom"}, {"matrix", {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}}}}}};
    const Trace trace = runJson(json);
    CHECK(trace.fullyMaskedQueries == std::vector<int>{0, 1, 2});
    requireFiniteRows(trace);
    CHECK(trace.output.isZero(0));
    CHECK(firstNonFiniteField(trace).empty());
}
