#pragma once
// The colour table of an animated GIF: at most 256 colours for every frame at once, so that
// a colour means the same in every frame (a per-frame table would make the white background
// and the colour bar flicker). Pictures with 256 colours or fewer keep them exactly; others
// get the table that keeps the colours' total squared error small: the heatmaps' flat cells,
// the background and the text are most of the pixels and come out exact or nearly, and the
// colour bar's smooth scale gets the entries that are left. (giflib's own GifQuantizeBuffer
// works on 5 bits a channel and rounds down: white comes out as a grey 248 and every colour
// darker by up to 7 units — a grey box on a white slide.)
#include <QList>
#include <QRgb>

#include <vector>

class QImage;

namespace al {

// The colours (opaque, at most 256) for `images`, which are Format_RGB32.
QList<QRgb> gifPalette(const std::vector<QImage>& images);

} // namespace al
