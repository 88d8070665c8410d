#include "ui/animation/gif_palette.h"

#include <QImage>

#include <algorithm>
#include <array>
#include <numeric>
#include <unordered_map>

namespace al {

namespace {
constexpr int maximumColours = 256;

struct Colour {
    std::array<int, 3> channel; // red, green, blue: 0 … 255
    double count;               // how many pixels have it
};

// Sums over a set of colours, weighted by their pixel counts, from which the mean and the
// squared error about the mean follow without another pass.
struct Moments {
    double count = 0;
    std::array<double, 3> sum{};
    double sumOfSquares = 0;

    void add(const Colour& colour) {
        count += colour.count;
        for (int c = 0; c < 3; ++c) {
            sum[c] += colour.count * colour.channel[c];
            sumOfSquares += colour.count * double(colour.channel[c]) * colour.channel[c];
        }
    }
    double squaredError() const {
        if (count == 0) return 0;
        double error = sumOfSquares;
        for (int c = 0; c < 3; ++c)
            error -= sum[c] * sum[c] / count;
        return std::max(error, 0.0);
    }
    QRgb mean() const {
        auto channel = [&](int c) { return std::clamp(int(sum[c] / count + 0.5), 0, 255); };
        return qRgb(channel(0), channel(1), channel(2));
    }
};

// A box of colours: a contiguous range of the colour list.
struct Box {
    std::size_t begin, end;
    Moments moments;
};

Moments momentsOf(const std::vector<Colour>& colours, std::size_t begin, std::size_t end) {
    Moments moments;
    for (std::size_t i = begin; i < end; ++i)
        moments.add(colours[i]);
    return moments;
}

// Splits `box` in two where the two halves' squared errors add up to the least: along the
// channel the colours spread most over, at the best cut of the colours sorted along it.
// Returns false when the box holds one colour.
bool split(std::vector<Colour>& colours, const Box& box, Box& low, Box& high) {
    if (box.end - box.begin < 2) return false;
    int axis = 0;
    double widest = -1;
    for (int c = 0; c < 3; ++c) {
        const double mean = box.moments.sum[c] / box.moments.count;
        double spread = 0;
        for (std::size_t i = box.begin; i < box.end; ++i)
            spread += colours[i].count * (colours[i].channel[c] - mean) * (colours[i].channel[c] - mean);
        if (spread > widest) widest = spread, axis = c;
    }
    const auto first = colours.begin() + std::ptrdiff_t(box.begin), last = colours.begin() + std::ptrdiff_t(box.end);
    std::sort(first, last, [axis](const Colour& a, const Colour& b) { return a.channel[axis] < b.channel[axis]; });
    // Cut before colour `cut`: the lower part's moments grow one colour at a time, the upper
    // part's are the box's minus them.
    Moments below;
    double bestError = -1;
    std::size_t bestCut = box.begin + 1;
    for (std::size_t cut = box.begin + 1; cut < box.end; ++cut) {
        below.add(colours[cut - 1]);
        if (colours[cut].channel[axis] == colours[cut - 1].channel[axis]) continue; // not a cut along the axis
        Moments above;
        above.count = box.moments.count - below.count;
        above.sumOfSquares = box.moments.sumOfSquares - below.sumOfSquares;
        for (int c = 0; c < 3; ++c)
            above.sum[c] = box.moments.sum[c] - below.sum[c];
        const double error = below.squaredError() + above.squaredError();
        if (bestError < 0 || error < bestError) bestError = error, bestCut = cut;
    }
    low = {box.begin, bestCut, momentsOf(colours, box.begin, bestCut)};
    high = {bestCut, box.end, momentsOf(colours, bestCut, box.end)};
    return true;
}
} // namespace

QList<QRgb> gifPalette(const std::vector<QImage>& images) {
    // Every colour with its pixel count; a run of equal pixels (a cell, the background) is
    // counted at once.
    std::unordered_map<QRgb, double> counts;
    for (const QImage& image : images)
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width();) {
                int run = 1;
                while (x + run < image.width() && line[x + run] == line[x])
                    ++run;
                counts[line[x] | 0xff000000u] += run;
                x += run;
            }
        }
    std::vector<Colour> colours;
    colours.reserve(counts.size());
    for (const auto& [rgb, count] : counts)
        colours.push_back({{qRed(rgb), qGreen(rgb), qBlue(rgb)}, count});
    // The same table for the same pictures, whatever order the hash kept them in.
    std::sort(colours.begin(), colours.end(), [](const Colour& a, const Colour& b) { return a.channel < b.channel; });

    QList<QRgb> palette;
    if (colours.size() <= maximumColours) {
        for (const Colour& colour : colours)
            palette << qRgb(colour.channel[0], colour.channel[1], colour.channel[2]);
        return palette;
    }
    // Split the box with the largest squared error until there are 256 boxes; each box's
    // colour is its pixels' mean.
    std::vector<Box> boxes{{0, colours.size(), momentsOf(colours, 0, colours.size())}};
    while (int(boxes.size()) < maximumColours) {
        const auto worst = std::max_element(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) {
            return a.moments.squaredError() < b.moments.squaredError();
        });
        Box low, high;
        if (worst->moments.squaredError() <= 0 || !split(colours, *worst, low, high)) break;
        *worst = low;
        boxes.push_back(high);
    }
    for (const Box& box : boxes)
        palette << box.moments.mean();
    return palette;
}

} // namespace al
