#pragma once
// One-channel images in [0, 1] for the convolution lesson: PGM files (read here, without
// Qt), reduction to at most 64 × 64 pixels, and K × K kernel files {"kernel": [[…], …]}.
#include "core/base/matrix.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace al {

inline constexpr int maxImageSide = 64; // pixels per side after reduction (N ≤ 4096 tokens)
inline constexpr int maxKernelSize = 9; // K
inline constexpr std::uintmax_t maxImageFileBytes = std::uintmax_t{64} << 20;

// P2 (text) or P5 (binary, 8 or 16 bits) PGM; values divided by maxval. InputError on
// anything else, naming the file and the problem.
Matrix loadPgm(const std::filesystem::path& file);
Matrix parsePgm(std::string_view bytes, const std::string& fileLabel);

// Averages blocks of pixels so that neither side exceeds `maxSide`, keeping the aspect
// ratio; an image already small enough is returned as it is.
Matrix reduceImage(const Matrix& image, int maxSide = maxImageSide);

// {"kernel": [[…], …]}: K × K finite numbers, K odd, 1 ≤ K ≤ 9.
Matrix loadKernel(const std::filesystem::path& file);
Matrix parseKernel(std::string_view jsonText, const std::string& fileLabel);

} // namespace al
