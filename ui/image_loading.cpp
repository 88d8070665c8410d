#include "ui/image_loading.h"

#include "core/base/input_error.h"
#include "core/io/gray_image.h"
#include "core/io/input_file.h"

#include <QByteArray>
#include <QImage>

namespace al {

Matrix loadGrayImage(const QString& path) {
    const std::string file = path.toStdString();
    const std::string bytes = readInputFile(file, maxImageFileBytes, QT_TRANSLATE_NOOP("Message", "image"));
    if (bytes.size() >= 2 && bytes[0] == 'P' && (bytes[1] == '2' || bytes[1] == '5'))
        return reduceImage(parsePgm(bytes, file));
    QImage image;
    if (!image.loadFromData(QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size()))) || image.isNull())
        throw InputError(
            file, {}, message(QT_TRANSLATE_NOOP("Message", "not an image this app can read (PGM, PNG, JPEG, BMP …)")));
    if (image.width() > 16384 || image.height() > 16384)
        throw InputError(file, {},
                         message(QT_TRANSLATE_NOOP("Message", "the image is larger than 16384 pixels a side")));
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    Matrix gray(rgb.height(), rgb.width());
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) // Rec. 601 luminance, as PGM converters use
            gray(y, x) = (0.299 * qRed(line[x]) + 0.587 * qGreen(line[x]) + 0.114 * qBlue(line[x])) / 255.0;
    }
    return reduceImage(gray);
}

} // namespace al
