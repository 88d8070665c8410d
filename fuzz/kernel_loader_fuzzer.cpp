// libFuzzer target: any bytes as a kernel file. Either parseKernel refuses them with an
// InputError, or the kernel is K × K, K odd and at most 9, with finite entries, and
// convolves an image and turns into attention weights as the convolution lesson does.
#include "core/base/input_error.h"
#include "core/convolution/convolution.h"
#include "core/io/gray_image.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const al::Matrix kernel = al::parseKernel(text, "fuzz.json");
        if (kernel.rows() != kernel.cols() || kernel.rows() % 2 == 0 || kernel.rows() > al::maxKernelSize ||
            !kernel.allFinite())
            std::abort();
        const al::Matrix image = al::Matrix::Constant(12, 10, 0.5);
        const al::Matrix convolved = al::convolve(image, kernel);
        const al::ConvolutionAsAttention attention = al::convolutionAsAttention(image, kernel, 2.0);
        (void)convolved;
        (void)attention;
    } catch (const al::InputError&) {
        // refused with a message
    }
    return 0;
}
