#pragma once
// Helpers for the tests: valid samples to mutate, random matrices, comparisons.
#include "core/attention/model.h"
#include "core/base/matrix.h"

#include <nlohmann/json.hpp>

#include <random>
#include <string>

namespace al::test {

// A valid sample: N tokens "t0"…, d_model-wide embeddings with simple distinct values,
// and an empty "model" block to add fields to.
nlohmann::json validSampleJson(int tokens = 3, int dModel = 4);

// parseSample on the JSON's text, with "test.json" as the file name.
Sample sampleFrom(const nlohmann::json& json);

nlohmann::json toJson(const Matrix& matrix);
Matrix randomMatrix(std::mt19937_64& rng, int rows, int cols, double scale = 1.0);

// max |a − b| / max(1, |b|) over all entries; shapes must match (else +∞).
double largestDifference(const Matrix& a, const Matrix& b);

} // namespace al::test
