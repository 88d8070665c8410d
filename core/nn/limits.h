#pragma once
// The largest Transformer and dataset AttentionLab accepts from a file. The loaders refuse
// anything beyond these with a message before allocating, so that a few bytes of JSON
// ("encoder_layers": 1000000) cannot ask for gigabytes. At the parameter limit the weights
// take 2²⁴ · 8 bytes = 128 MiB (and as many again for gradients and for each of Adam's moments).
#include <cstddef>
#include <cstdint>

namespace al::nn::limits {

inline constexpr int maxModelDim = 1024;                           // d_model
inline constexpr int maxHeads = 64;                                // H
inline constexpr int maxFeedForwardDim = 8192;                     // d_ff
inline constexpr int maxLayers = 64;                               // encoder_layers, decoder_layers (each)
inline constexpr int maxLength = 4096;                             // max_length: the longest sequence a stack reads
inline constexpr int maxVocabulary = 65536;                        // |vocabulary|, |outputs|
inline constexpr int maxTokenBytes = 1024;                         // one token's spelling, in UTF-8 bytes
inline constexpr std::size_t maxParameters = std::size_t{1} << 24; // every number of θ
inline constexpr std::size_t maxExamples = std::size_t{1} << 20;   // per split of a dataset
inline constexpr std::uintmax_t maxModelFileBytes = std::uintmax_t{512} << 20;   // 512 MiB
inline constexpr std::uintmax_t maxDatasetFileBytes = std::uintmax_t{256} << 20; // 256 MiB
// JSON values (numbers, strings, arrays, objects) a model or dataset file may hold: every
// parameter once, and room for the rest. Counted while parsing, so a file of a billion
// zeros stops at this many instead of growing a document of tens of gigabytes.
inline constexpr std::size_t maxJsonValues = maxParameters + (std::size_t{1} << 23);

} // namespace al::nn::limits
