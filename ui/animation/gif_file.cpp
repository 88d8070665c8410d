#include "ui/animation/animation_files.h"

#include "ui/animation/gif_palette.h"
#include "ui/atomic_save_file.h"

#include <QCoreApplication>
#include <QPainter>

#include <gif_lib.h>

namespace al {

namespace {
struct GifAnimation {
    Q_DECLARE_TR_FUNCTIONS(al::GifAnimation)
};

// A GIF holds delays in hundredths of a second up to 65535; browsers show a frame of less
// than 20 ms for 100 ms, so such a delay would not mean what it says.
constexpr int shortestDelayMs = 20, longestDelayMs = 65535 * 10;
constexpr int largestSide = 65535; // the screen descriptor's 16-bit width and height

QString cannotWrite(const QString& path, const QString& why) {
    return GifAnimation::tr("Cannot write %1: %2").arg(path, why);
}

// "" or what keeps `frames` from being one GIF.
QString problemWith(const std::vector<AnimationFrame>& frames) {
    if (frames.empty()) return GifAnimation::tr("an animation needs at least one frame");
    const QSize size = frames.front().image.size();
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const QImage& image = frames[i].image;
        const int number = int(i) + 1;
        if (image.isNull()) return GifAnimation::tr("frame %1 is empty").arg(number);
        if (image.size() != size)
            return GifAnimation::tr("frame %1 is %2 × %3 pixels and frame 1 is %4 × %5: the frames of an animation "
                                    "have one size")
                .arg(number)
                .arg(image.width())
                .arg(image.height())
                .arg(size.width())
                .arg(size.height());
        if (image.width() > largestSide || image.height() > largestSide)
            return GifAnimation::tr("frame %1 is %2 × %3 pixels, larger than a GIF holds (%4 × %4)")
                .arg(number)
                .arg(image.width())
                .arg(image.height())
                .arg(largestSide);
        if (frames[i].delayMs < shortestDelayMs || frames[i].delayMs > longestDelayMs)
            return GifAnimation::tr("frame %1 would show for %2 ms; a GIF shows a frame for %3 ms to %4 ms")
                .arg(number)
                .arg(frames[i].delayMs)
                .arg(shortestDelayMs)
                .arg(longestDelayMs);
    }
    return {};
}

// The frame's colours without transparency: what shows through is white, as on a slide.
QImage opaque(const QImage& image) {
    if (!image.hasAlphaChannel()) return image.convertToFormat(QImage::Format_RGB32);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter(&flat).drawImage(0, 0, image);
    return flat;
}

// giflib's output function: appends to the QIODevice in UserData.
int appendBytes(GifFileType* gif, const GifByteType* bytes, int length) {
    return int(static_cast<QIODevice*>(gif->UserData)->write(reinterpret_cast<const char*>(bytes), length));
}

// Writes the GIF onto `device`: the screen with the colour table, the loop, then every
// frame (its delay in a graphics control block, its pixels as indices into the table).
// Returns "" or giflib's message.
QString encode(QIODevice& device, std::vector<QImage>& indexed, const QList<QRgb>& palette,
               const std::vector<AnimationFrame>& frames) {
    int error = D_GIF_SUCCEEDED;
    GifFileType* gif = EGifOpen(&device, appendBytes, &error);
    if (!gif) return QString::fromLatin1(GifErrorString(error));
    auto failed = [&] {
        const QString why = QString::fromLatin1(GifErrorString(gif->Error));
        EGifCloseFile(gif, &error);
        return why;
    };
    EGifSetGifVersion(gif, true); // GIF89a: the extensions below

    // A colour table has a power of two entries (at least 2); the unused ones are black.
    int tableSize = 2;
    while (tableSize < palette.size())
        tableSize *= 2;
    std::vector<GifColorType> colours(std::size_t(tableSize), GifColorType{0, 0, 0});
    for (int i = 0; i < palette.size(); ++i)
        colours[std::size_t(i)] = {GifByteType(qRed(palette[i])), GifByteType(qGreen(palette[i])),
                                   GifByteType(qBlue(palette[i]))};
    ColorMapObject* table = GifMakeMapObject(tableSize, colours.data());
    const int width = indexed.front().width(), height = indexed.front().height();
    const bool screen = table && EGifPutScreenDesc(gif, width, height, 8, 0, table) == GIF_OK; // copies the table
    GifFreeMapObject(table);
    if (!screen) return failed();

    // NETSCAPE2.0's application extension: sub-block 1, loop count 0 (little-endian) = forever.
    static const GifByteType application[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    static const GifByteType loopForever[] = {1, 0, 0};
    if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) != GIF_OK ||
        EGifPutExtensionBlock(gif, sizeof application, application) != GIF_OK ||
        EGifPutExtensionBlock(gif, sizeof loopForever, loopForever) != GIF_OK || EGifPutExtensionTrailer(gif) != GIF_OK)
        return failed();

    for (std::size_t i = 0; i < indexed.size(); ++i) {
        // Each frame is whole and stays until the next is drawn over it.
        const GraphicsControlBlock control{DISPOSE_DO_NOT, false, (frames[i].delayMs + 5) / 10, NO_TRANSPARENT_COLOR};
        GifByteType extension[4];
        const std::size_t length = EGifGCBToExtension(&control, extension);
        if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, int(length), extension) != GIF_OK ||
            EGifPutImageDesc(gif, 0, 0, width, height, false, nullptr) != GIF_OK)
            return failed();
        for (int y = 0; y < height; ++y)
            if (EGifPutLine(gif, indexed[i].scanLine(y), width) != GIF_OK) return failed();
    }
    if (EGifCloseFile(gif, &error) != GIF_OK) return QString::fromLatin1(GifErrorString(error));
    return {};
}
} // namespace

QString writeGif(const QString& path, const std::vector<AnimationFrame>& frames) {
    if (const QString problem = problemWith(frames); !problem.isEmpty()) return cannotWrite(path, problem);
    std::vector<QImage> pictures;
    for (const AnimationFrame& frame : frames)
        pictures.push_back(opaque(frame.image));
    const QList<QRgb> palette = gifPalette(pictures);
    // Each pixel as the index of its nearest colour in the table (Qt's conversion with a
    // given table: nearest colour, no dithering, which would speckle the flat cells).
    std::vector<QImage> indexed;
    for (const QImage& picture : pictures)
        indexed.push_back(picture.convertToFormat(QImage::Format_Indexed8, palette, Qt::ThresholdDither));
    pictures.clear();

    AtomicSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return cannotWrite(path, file.errorString());
    if (const QString why = encode(file, indexed, palette, frames); !why.isEmpty()) {
        file.cancelWriting();
        return cannotWrite(path, GifAnimation::tr("the GIF could not be encoded (%1)").arg(why));
    }
    if (!file.commit()) return cannotWrite(path, file.errorString());
    return {};
}

} // namespace al
