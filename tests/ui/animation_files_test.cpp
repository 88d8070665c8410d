// Animations for slides: a GIF of heatmap frames read back with giflib has every frame, its
// size and delay, the endless loop and colours close to the frames drawn; frames of 256
// colours or fewer come back exactly; a GIF that cannot be written says which file and why
// and leaves nothing; the numbered PNG frames read back equal; heatmap frames share one
// colour scale and carry their captions.
#include "tests/ui/heatmap_checks.h"
#include "ui/animation/animation_files.h"
#include "ui/animation/gif_palette.h"
#include "ui/animation/heatmap_frames.h"
#include "ui/widgets/color_schemes.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <gif_lib.h>

#include <cmath>
#include <cstring>
#include <memory>

using namespace al;
using namespace al::test;

namespace {
// α′ of `tokens` tokens at `progress` (0 … 1) of a training that teaches each query to look
// at the token mirrored to it (reversal's anti-diagonal): each row softmax(8·progress·target).
HeatmapData learningWeights(int tokens, double progress) {
    Matrix weights(tokens, tokens);
    for (int r = 0; r < tokens; ++r) {
        double total = 0;
        for (int c = 0; c < tokens; ++c)
            total += weights(r, c) = std::exp(8 * progress * (c == tokens - 1 - r ? 1.0 : 0.0) + 0.3 * std::sin(r + c));
        weights.row(r) /= total;
    }
    const QStringList labels = words(tokens, "t");
    HeatmapData data = matrixData("weights", std::move(weights), labels, labels, ColorScheme::Weights);
    data.title = "α′ = softmax(α)";
    return data;
}

// A decoded GIF, freed with it.
using Gif = std::unique_ptr<GifFileType, void (*)(GifFileType*)>;
Gif readGif(const QString& path) {
    int error = 0;
    Gif gif(DGifOpenFileName(QFile::encodeName(path).constData(), &error), [](GifFileType* file) {
        int closeError = 0;
        DGifCloseFile(file, &closeError);
    });
    REQUIRE(gif);
    REQUIRE(DGifSlurp(gif.get()) == GIF_OK);
    return gif;
}

// Frame `index` of `gif` as a picture (each frame covers the whole screen here).
QImage decodedFrame(const GifFileType& gif, int index) {
    const SavedImage& saved = gif.SavedImages[index];
    const ColorMapObject* table = saved.ImageDesc.ColorMap ? saved.ImageDesc.ColorMap : gif.SColorMap;
    REQUIRE(table);
    REQUIRE(saved.ImageDesc.Width == gif.SWidth);
    REQUIRE(saved.ImageDesc.Height == gif.SHeight);
    QImage image(gif.SWidth, gif.SHeight, QImage::Format_RGB32);
    int largestEntry = 0;
    for (int y = 0; y < gif.SHeight; ++y)
        for (int x = 0; x < gif.SWidth; ++x) {
            const int entry = saved.RasterBits[y * gif.SWidth + x];
            largestEntry = std::max(largestEntry, entry);
            const GifColorType& colour = table->Colors[std::min(entry, table->ColorCount - 1)];
            image.setPixel(x, y, qRgb(colour.Red, colour.Green, colour.Blue));
        }
    REQUIRE(largestEntry < table->ColorCount);
    return image;
}

// The mean and the largest difference of a channel between two pictures of one size.
struct ChannelError {
    double mean = 0;
    int largest = 0;
};
ChannelError channelError(const QImage& a, const QImage& b) {
    const QImage one = a.convertToFormat(QImage::Format_RGB32), other = b.convertToFormat(QImage::Format_RGB32);
    REQUIRE(one.size() == other.size());
    ChannelError error;
    for (int y = 0; y < one.height(); ++y)
        for (int x = 0; x < one.width(); ++x) {
            const QRgb p = one.pixel(x, y), q = other.pixel(x, y);
            for (const int difference :
                 {std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))}) {
                error.mean += difference;
                error.largest = std::max(error.largest, difference);
            }
        }
    error.mean /= 3.0 * one.width() * one.height();
    return error;
}

// Whether the application extension before the first frame is NETSCAPE2.0's loop, forever.
bool loopsForever(const GifFileType& gif) {
    const SavedImage& first = gif.SavedImages[0];
    for (int i = 0; i + 1 < first.ExtensionBlockCount; ++i) {
        const ExtensionBlock& block = first.ExtensionBlocks[i];
        const ExtensionBlock& data = first.ExtensionBlocks[i + 1];
        if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11 &&
            std::memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0)
            return data.Function == CONTINUE_EXT_FUNC_CODE && data.ByteCount == 3 && data.Bytes[0] == 1 &&
                   data.Bytes[1] == 0 && data.Bytes[2] == 0;
    }
    return false;
}

// How many pixels have each colour.
QHash<QRgb, int> colourCounts(const QImage& image) {
    QHash<QRgb, int> counts;
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < pixels.height(); ++y)
        for (int x = 0; x < pixels.width(); ++x)
            ++counts[pixels.pixel(x, y)];
    return counts;
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}
} // namespace

TEST_CASE("a GIF of heatmap frames reads back with every frame, its delay, the loop and close colours", "[animation]") {
    std::vector<HeatmapMoment> moments;
    for (int step : {0, 150, 300})
        moments.push_back({learningWeights(6, step / 300.0), trainingCaption(step, 1.8 / (1 + step / 50.0))});
    HeatmapData gradient = matrixData("gradient", Matrix::Random(6, 6), words(6, "t"), words(6, "t"));
    moments.push_back({gradient, "another kind of heatmap"});
    std::vector<AnimationFrame> frames = heatmapAnimationFrames(moments);
    REQUIRE(frames.size() == 4);
    frames[1].delayMs = 250;
    frames[2].delayMs = 1230;

    QTemporaryDir folder;
    const QString path = folder.filePath("weights.gif");
    REQUIRE(writeGif(path, frames) == "");
    CHECK(filesIn(folder.path()) == QStringList{"weights.gif"}); // no temporary left beside it

    const Gif gif = readGif(path);
    REQUIRE(gif->ImageCount == 4);
    CHECK(gif->SWidth == frames[0].image.width());
    CHECK(gif->SHeight == frames[0].image.height());
    CHECK(loopsForever(*gif));
    for (int i = 0; i < gif->ImageCount; ++i) {
        INFO("frame " << i + 1);
        GraphicsControlBlock control;
        REQUIRE(DGifSavedExtensionToGCB(gif.get(), i, &control) == GIF_OK);
        CHECK(control.DelayTime * 10 == frames[std::size_t(i)].delayMs);
        CHECK(control.TransparentColor == NO_TRANSPARENT_COLOR);
        const QImage decoded = decodedFrame(*gif, i);
        const ChannelError error = channelError(decoded, frames[std::size_t(i)].image);
        INFO("mean channel error " << error.mean << ", largest " << error.largest);
        CHECK(error.mean < 0.5);
        CHECK(error.largest < 40);                         // antialiased text between two colours, at worst
        CHECK(decoded.pixel(2, 2) == qRgb(255, 255, 255)); // the background stays white, not grey
    }
    CHECK(frames[0].delayMs == HeatmapAnimationStyle{}.delayMs);
    CHECK(frames[3].delayMs == HeatmapAnimationStyle{}.lastDelayMs); // the result, held
}

TEST_CASE("a smooth colour scale keeps close colours in a GIF, and a few colours stay exact", "[animation]") {
    // The weights' colour scale across 600 pixels: more colours than a GIF's table holds.
    QCPColorGradient scale = gradientFor(ColorScheme::Weights);
    scale.setLevelCount(600);
    QImage ramp(600, 40, QImage::Format_RGB32);
    for (int x = 0; x < ramp.width(); ++x)
        for (int y = 0; y < ramp.height(); ++y)
            ramp.setPixel(x, y, y < 30 ? scale.color(x, QCPRange(0, ramp.width() - 1)) : qRgb(255, 255, 255));
    CHECK(colourCounts(ramp).size() > 256);
    const QList<QRgb> palette = gifPalette({ramp});
    CHECK(palette.size() == 256);
    CHECK(palette.contains(qRgb(255, 255, 255)));

    // Four flat colours (a 2 × 2 heatmap's cells on a white page): exact.
    QImage flat(90, 60, QImage::Format_RGB32);
    flat.fill(Qt::white);
    const QRgb cells[] = {qRgb(68, 1, 84), qRgb(59, 82, 139), qRgb(33, 145, 140), qRgb(253, 231, 37)};
    for (int i = 0; i < 4; ++i)
        for (int y = 5 + 25 * (i / 2); y < 28 + 25 * (i / 2); ++y)
            for (int x = 5 + 40 * (i % 2); x < 43 + 40 * (i % 2); ++x)
                flat.setPixel(x, y, cells[i]);
    QImage halfTransparent(90, 60, QImage::Format_ARGB32);
    halfTransparent.fill(qRgba(0, 0, 0, 0)); // shows as white

    QTemporaryDir folder;
    const QString path = folder.filePath("ramp.gif");
    REQUIRE(writeGif(path, {{ramp, 100}, {flat.scaled(600, 40), 100}}) == "");
    const Gif gif = readGif(path);
    REQUIRE(gif->ImageCount == 2);
    const ChannelError rampError = channelError(decodedFrame(*gif, 0), ramp);
    INFO("ramp: mean channel error " << rampError.mean << ", largest " << rampError.largest);
    CHECK(rampError.mean < 1.5);
    CHECK(rampError.largest <= 6);

    const QString few = folder.filePath("few.gif");
    REQUIRE(writeGif(few, {{flat, 100}, {halfTransparent, 100}}) == "");
    const Gif exact = readGif(few);
    REQUIRE(exact->ImageCount == 2);
    CHECK(decodedFrame(*exact, 0) == flat);
    CHECK(colourCounts(decodedFrame(*exact, 1)).keys() == QList<QRgb>{qRgb(255, 255, 255)});
}

TEST_CASE("a GIF that cannot be written names the file and the problem and leaves nothing", "[animation]") {
    QTemporaryDir folder;
    QImage small(40, 30, QImage::Format_RGB32);
    small.fill(Qt::darkCyan);
    const std::vector<AnimationFrame> frames{{small, 100}, {small, 100}};
    auto refused = [&](const QString& path, const std::vector<AnimationFrame>& given, const QString& why) {
        INFO(path.toStdString() << ": " << why.toStdString());
        const QString message = writeGif(path, given);
        CHECK(message.contains(path));
        CHECK(message.contains(why));
        CHECK_FALSE(QFile::exists(path));
    };
    refused(folder.filePath("missing/anim.gif"), frames, "");
    QFile plain(folder.filePath("plain.txt"));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    refused(folder.filePath("plain.txt/anim.gif"), frames, "");
    refused(folder.filePath("none.gif"), {}, "at least one frame");
    refused(folder.filePath("sizes.gif"), {{small, 100}, {QImage(41, 30, QImage::Format_RGB32), 100}},
            "frame 2 is 41 × 30 pixels and frame 1 is 40 × 30");
    refused(folder.filePath("empty.gif"), {{small, 100}, {QImage(), 100}}, "frame 2 is empty");
    refused(folder.filePath("fast.gif"), {{small, 100}, {small, 5}}, "frame 2 would show for 5 ms");
    CHECK(filesIn(folder.path()) == QStringList{"plain.txt"});
    // A failed write leaves the old file as it was.
    const QString kept = folder.filePath("kept.gif");
    REQUIRE(writeGif(kept, frames) == "");
    QFile before(kept);
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    CHECK_FALSE(writeGif(kept, {{small, 100}, {small, 1}}).isEmpty());
    QFile after(kept);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == bytes);
}

TEST_CASE("PNG frames are numbered in order and read back equal to the frames", "[animation]") {
    CHECK(pngFrameName("weights", 0, 12) == "weights-001.png");
    CHECK(pngFrameName("weights", 11, 12) == "weights-012.png");
    CHECK(pngFrameName("weights", 41, 1200) == "weights-0042.png");

    std::vector<HeatmapMoment> moments;
    for (int step = 0; step < 3; ++step)
        moments.push_back({learningWeights(4, step / 2.0), trainingCaption(step * 10, 1.0 / (step + 1))});
    const std::vector<AnimationFrame> frames = heatmapAnimationFrames(moments);
    QTemporaryDir folder;
    REQUIRE(writePngFrames(folder.path(), "weights", frames) == "");
    CHECK(filesIn(folder.path()) == QStringList{"weights-001.png", "weights-002.png", "weights-003.png"});
    for (int i = 0; i < 3; ++i) {
        const QImage read(folder.filePath(pngFrameName("weights", i, 3)));
        REQUIRE_FALSE(read.isNull());
        CHECK(read.convertToFormat(QImage::Format_RGB32) == frames[std::size_t(i)].image);
    }
    const QString missing = folder.filePath("missing");
    const QString message = writePngFrames(missing, "weights", frames);
    CHECK(message.contains(QDir(missing).filePath("weights-001.png")));
    CHECK_FALSE(QDir(missing).exists());
    CHECK(writePngFrames(folder.path(), "none", {}).contains("at least one frame"));
}

TEST_CASE("heatmap frames share one colour scale across frames and carry their captions", "[animation]") {
    // The value 1 is the top of the first frame's own range and half the second's: on one
    // scale its cells have one colour in both.
    Matrix first(2, 2), second(2, 2);
    first << 1, 0, 0, 1;
    second << 1, 0, 0, 2;
    const QStringList labels = words(2, "t");
    const std::vector<AnimationFrame> frames =
        heatmapAnimationFrames({{matrixData("m", first, labels, labels, ColorScheme::Sequential), "step 1"},
                                {matrixData("m", second, labels, labels, ColorScheme::Sequential), "step 2"}},
                               {plotExportSize, 1.0, 300, 900});
    REQUIRE(frames.size() == 2);
    CHECK(frames[0].delayMs == 300);
    CHECK(frames[1].delayMs == 900);
    CHECK(frames[0].image.width() == plotExportSize.width());
    CHECK(frames[0].image.height() > plotExportSize.height()); // and the caption under it
    // The colour of the first frame's value 1: its two diagonal cells, the most common colour but white.
    const QHash<QRgb, int> inFirst = colourCounts(frames[0].image), inSecond = colourCounts(frames[1].image);
    QRgb one = 0;
    int most = 0;
    for (auto it = inFirst.begin(); it != inFirst.end(); ++it)
        if (it.key() != qRgb(255, 255, 255) && it.value() > most) most = it.value(), one = it.key();
    REQUIRE(most > 5000);
    CHECK(inSecond.value(one) > most / 3); // the second frame's one cell of 1

    // α′ keeps its 0 … 1: uniform weights of ¼ are drawn as ¼ on that scale, not as the top of their own range.
    const QStringList four = words(4, "t");
    const std::vector<AnimationFrame> uniform = heatmapAnimationFrames(
        {{matrixData("w", Matrix::Constant(4, 4, 0.25), four, four, ColorScheme::Weights), "uniform"}});
    const QColor quarter = gradientFor(ColorScheme::Weights).color(0.25, QCPRange(0, 1));
    const QHash<QRgb, int> counts = colourCounts(uniform[0].image);
    int closest = 1000, cellPixels = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QColor colour(it.key());
        const int distance = std::abs(colour.red() - quarter.red()) + std::abs(colour.green() - quarter.green()) +
                             std::abs(colour.blue() - quarter.blue());
        if (it.key() != qRgb(255, 255, 255) && it.value() > cellPixels)
            cellPixels = it.value(), closest = distance; // the cells' colour
    }
    CHECK(closest < 12);

    // The caption band differs with the caption, and has dark text in it.
    const QRect band(0, plotExportSize.height(), plotExportSize.width(),
                     frames[0].image.height() - plotExportSize.height());
    CHECK(frames[0].image.copy(band) != frames[1].image.copy(band));
    const QHash<QRgb, int> captionColours = colourCounts(frames[0].image.copy(band));
    CHECK(captionColours.value(qRgb(0, 0, 0)) > 20);
    CHECK(trainingCaption(340, 0.21349) == "step 340 · loss 0.213");
    CHECK(trainingCaption(0, std::nullopt) == "step 0");
}
