#include "core/base/seeded_random.h"

namespace al {

namespace {
std::uint64_t fnv1a64(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char byte : text) {
        hash ^= byte;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}
} // namespace

SeededRandom::SeededRandom(std::uint64_t seed, std::string_view streamName) : state_(seed ^ fnv1a64(streamName)) {}

std::uint64_t SeededRandom::nextBits() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double SeededRandom::nextUniform() {
    return static_cast<double>(nextBits() >> 11) * 0x1.0p-53;
}

double SeededRandom::nextSymmetric() {
    return 2.0 * nextUniform() - 1.0;
}

Matrix uniformMatrix(std::uint64_t seed, std::string_view streamName, int rows, int cols, double scale) {
    SeededRandom random(seed, streamName);
    Matrix result(rows, cols);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            result(r, c) = random.nextSymmetric() * scale;
    return result;
}

} // namespace al
