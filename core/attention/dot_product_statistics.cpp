#include "core/attention/dot_product_statistics.h"

#include "core/attention/normalization.h"
#include "core/base/seeded_random.h"

#include <cmath>
#include <string>

namespace al {

RowVector randomDotProducts(int dK, int count, std::uint64_t seed) {
    SeededRandom random(seed, "dot products d_k=" + std::to_string(dK));
    const double halfWidth = std::sqrt(3.0);
    RowVector products(count);
    for (int c = 0; c < count; ++c) {
        double sum = 0;
        for (int d = 0; d < dK; ++d)
            sum += (random.nextSymmetric() * halfWidth) * (random.nextSymmetric() * halfWidth);
        products(c) = sum;
    }
    return products;
}

RowVector softmax(const RowVector& scores) {
    const Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic> all =
        Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic>::Ones(scores.size());
    return normalizeRow(Normalization::Softmax, scores, all);
}

} // namespace al
