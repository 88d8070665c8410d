#include "core/io/gray_image.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/input_file.h"
#include "core/io/json_document.h"
#include "core/io/json_field.h"

#include <cctype>
#include <cmath>

namespace al {

namespace {

// Reads the next header number of a PGM, skipping white space and # comments.
long pgmHeaderNumber(std::string_view bytes, std::size_t& at, const std::string& file, const char* what) {
    while (at < bytes.size()) {
        if (std::isspace(static_cast<unsigned char>(bytes[at])))
            ++at;
        else if (bytes[at] == '#')
            while (at < bytes.size() && bytes[at] != '\n')
                ++at;
        else
            break;
    }
    long value = 0;
    std::size_t digits = 0;
    while (at < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[at])) && digits < 9) {
        value = value * 10 + (bytes[at++] - '0');
        ++digits;
    }
    if (digits == 0 || (at < bytes.size() && std::isdigit(static_cast<unsigned char>(bytes[at]))))
        throw InputError(file, {},
                         message(QT_TRANSLATE_NOOP("Message", "PGM header: %1 is missing or not a number"), what));
    return value;
}

} // namespace

Matrix parsePgm(std::string_view bytes, const std::string& file) {
    if (bytes.size() < 2 || bytes[0] != 'P' || (bytes[1] != '2' && bytes[1] != '5'))
        throw InputError(file, {},
                         message(QT_TRANSLATE_NOOP("Message", "not a PGM image (it must start with P2 or P5)")));
    const bool binary = bytes[1] == '5';
    std::size_t at = 2;
    const long width = pgmHeaderNumber(bytes, at, file, QT_TRANSLATE_NOOP("Message", "the width"));
    const long height = pgmHeaderNumber(bytes, at, file, QT_TRANSLATE_NOOP("Message", "the height"));
    const long maxval = pgmHeaderNumber(bytes, at, file, QT_TRANSLATE_NOOP("Message", "the maximum value"));
    if (width < 1 || height < 1 || width > 16384 || height > 16384)
        throw InputError(
            file, {},
            message(QT_TRANSLATE_NOOP("Message", "PGM size %1 × %2 is outside 1 … 16384 per side"), width, height));
    if (maxval < 1 || maxval > 65535)
        throw InputError(file, {}, message(QT_TRANSLATE_NOOP("Message", "PGM maximum value must be from 1 to 65535")));
    Matrix image(height, width);
    if (binary) {
        ++at; // exactly one white-space byte ends the header
        const std::size_t bytesPerPixel = maxval > 255 ? 2 : 1;
        if (bytes.size() < at + std::size_t(width * height) * bytesPerPixel)
            throw InputError(
                file, {},
                message(QT_TRANSLATE_NOOP("Message", "PGM pixel data is shorter than %1 × %2 pixels"), width, height));
        for (long p = 0; p < width * height; ++p) {
            const auto* pixel =
                reinterpret_cast<const unsigned char*>(bytes.data() + at + std::size_t(p) * bytesPerPixel);
            const long value = bytesPerPixel == 2 ? (pixel[0] << 8 | pixel[1]) : pixel[0]; // big-endian
            if (value > maxval)
                throw InputError(file, {}, message(QT_TRANSLATE_NOOP("Message", "a pixel exceeds the maximum value")));
            image(p / width, p % width) = double(value) / double(maxval);
        }
    } else {
        for (long p = 0; p < width * height; ++p) {
            const long value = pgmHeaderNumber(bytes, at, file, "a pixel value");
            if (value > maxval)
                throw InputError(file, {},
                                 message(QT_TRANSLATE_NOOP("Message", "pixel %1 exceeds the maximum value"), p + 1));
            image(p / width, p % width) = double(value) / double(maxval);
        }
    }
    return image;
}

Matrix loadPgm(const std::filesystem::path& file) {
    return parsePgm(readInputFile(file, maxImageFileBytes, QT_TRANSLATE_NOOP("Message", "image")), file.string());
}

Matrix reduceImage(const Matrix& image, int maxSide) {
    const long height = image.rows(), width = image.cols();
    const long factor = std::max((height + maxSide - 1) / maxSide, (width + maxSide - 1) / maxSide);
    if (factor <= 1) return image;
    // Each output pixel is the mean of a factor × factor block (a partial block at the edge
    // averages what it has).
    const long outHeight = (height + factor - 1) / factor, outWidth = (width + factor - 1) / factor;
    Matrix reduced(outHeight, outWidth);
    for (long i = 0; i < outHeight; ++i)
        for (long j = 0; j < outWidth; ++j) {
            const long rows = std::min(factor, height - i * factor), cols = std::min(factor, width - j * factor);
            reduced(i, j) = image.block(i * factor, j * factor, rows, cols).mean();
        }
    return reduced;
}

Matrix parseKernel(std::string_view jsonText, const std::string& fileLabel) {
    const nlohmann::json document = parseJsonDocument(jsonText, fileLabel);
    try {
        const JsonField root(document, "");
        root.allowOnly({"kernel", "title"});
        const JsonField kernel = root["kernel"];
        const auto size = kernel.arraySize();
        if (size == 0 || size % 2 == 0 || size > std::size_t(maxKernelSize))
            kernel.fail(message(QT_TRANSLATE_NOOP("Message", "expected K rows with K odd, from 1 to %1, got %2"),
                                maxKernelSize, size));
        return kernel.matrix(int(size), int(size));
    } catch (const InputError& error) {
        throw error.inFile(fileLabel);
    }
}

Matrix loadKernel(const std::filesystem::path& file) {
    return parseKernel(readInputFile(file, std::uintmax_t{1} << 20, QT_TRANSLATE_NOOP("Message", "kernel")),
                       file.string());
}

} // namespace al
