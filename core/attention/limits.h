#pragma once
// The largest problem AttentionLab accepts. The loader refuses anything beyond these
// with a message, instead of trying to allocate gigabytes. The trace keeps, per head,
// two N×N matrices of doubles (scores and weights), so heads·N² bounds its size:
// at the limit that is 2 · 8 · 4096² · 8 bytes ≈ 2.1 GB.
#include <cstddef>
#include <cstdint>

namespace al::limits {

inline constexpr int maxTokens = 4096;                                           // N
inline constexpr int maxModelDim = 1024;                                         // d_model
inline constexpr int maxHeads = 64;                                              // H
inline constexpr int maxHeadDim = 1024;                                          // d_k and d_v
inline constexpr int maxProjectedDim = 4096;                                     // H·d_k and H·d_v
inline constexpr std::int64_t maxAttentionCells = std::int64_t{8} * 4096 * 4096; // H·N²
inline constexpr std::int64_t maxTokenLabelBytes = 1024;
inline constexpr std::uintmax_t maxSampleFileBytes = std::uintmax_t{512} << 20; // 512 MiB

} // namespace al::limits
