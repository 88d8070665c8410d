#include "tests/support/test_samples.h"

#include "core/io/sample_loader.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace al::test {

nlohmann::json validSampleJson(int tokens, int dModel) {
    nlohmann::json sample = {{"format", "attention-lab/sample@1"}, {"title", "test sample"}};
    sample["tokens"] = nlohmann::json::array();
    sample["embeddings"] = nlohmann::json::array();
    for (int i = 0; i < tokens; ++i) {
        sample["tokens"].push_back("t" + std::to_string(i));
        nlohmann::json row = nlohmann::json::array();
        for (int d = 0; d < dModel; ++d)
            row.push_back(std::sin(1.0 + i * dModel + d));
        sample["embeddings"].push_back(row);
    }
    sample["model"] = nlohmann::json::object();
    return sample;
}

Sample sampleFrom(const nlohmann::json& json) {
    return parseSample(json.dump(), "test.json");
}

nlohmann::json toJson(const Matrix& matrix) {
    nlohmann::json rows = nlohmann::json::array();
    for (Eigen::Index r = 0; r < matrix.rows(); ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (Eigen::Index c = 0; c < matrix.cols(); ++c)
            row.push_back(matrix(r, c));
        rows.push_back(row);
    }
    return rows;
}

Matrix randomMatrix(std::mt19937_64& rng, int rows, int cols, double scale) {
    std::normal_distribution<double> normal(0.0, scale);
    Matrix m(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = normal(rng);
    return m;
}

double largestDifference(const Matrix& a, const Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) return std::numeric_limits<double>::infinity();
    double worst = 0;
    for (Eigen::Index r = 0; r < a.rows(); ++r)
        for (Eigen::Index c = 0; c < a.cols(); ++c)
            worst = std::max(worst, std::abs(a(r, c) - b(r, c)) / std::max(1.0, std::abs(b(r, c))));
    return worst;
}

} // namespace al::test
