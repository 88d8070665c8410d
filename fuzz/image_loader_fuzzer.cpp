// libFuzzer target: any bytes as a PGM image. Either parsePgm refuses them with an
// InputError, or the image has values in [0, 1] and reduces to at most 64 × 64 pixels,
// which convolve and attend like the convolution lesson's.
#include "core/base/input_error.h"
#include "core/convolution/convolution.h"
#include "core/convolution/pixel_attention.h"
#include "core/io/gray_image.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const al::Matrix image = al::parsePgm(bytes, "fuzz.pgm");
        if (image.size() == 0 || !(image.minCoeff() >= 0 && image.maxCoeff() <= 1)) std::abort();
        const al::Matrix reduced = al::reduceImage(image);
        if (reduced.rows() > al::maxImageSide || reduced.cols() > al::maxImageSide) std::abort();
        if (reduced.size() > 256) return 0; // the attention field below is N² in the pixels
        const al::Matrix edges = al::convolve(reduced, al::Matrix::Constant(3, 3, 1.0 / 9));
        const al::Matrix field = al::pixelAttentionField(reduced, 0, 0, true);
        if (!edges.allFinite() || !field.allFinite()) std::abort();
    } catch (const al::InputError&) {
        // refused with a message
    }
    return 0;
}
