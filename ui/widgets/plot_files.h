#pragma once
// Pictures and tables on disk: a plot as PNG (at any scale), SVG or PDF (vector), a
// heatmap's matrix as CSV with the token labels as headers, and any painting as a vector
// page. Every file is written atomically (a temporary name, then renamed): a reader, or
// the user after a crash, finds the old file or the new one, never half of one.
#include "ui/widgets/heatmap_data.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QCPPainter;

namespace al {

class PlotView;

enum class ExportFormat { Png, Svg, Pdf, Csv };

// Compresses and writes PNG files on other threads while the caller draws the next
// picture: compression is most of an export's time, and drawing must stay on the GUI
// thread. Each file is still written atomically.
class PngWriter {
public:
    PngWriter();
    ~PngWriter();
    void write(QImage image, const QString& path); // queued
    QString finish();                              // waits for every file; "" or the first queued file's problem

private:
    struct Shared;
    std::unique_ptr<Shared> shared_;
};

std::optional<ExportFormat> exportFormatNamed(const QString& name); // "png", "svg", "pdf", "csv"
QString extensionOf(ExportFormat format);                           // "png" …
std::optional<ExportFormat> formatOfFile(const QString& path);      // by the file's suffix
QString imageFileFilters();                                         // for a save dialog
// The format a save dialog's answer asks for: the file's suffix when it has a known one,
// else the chosen filter's (whose extension is then added to `path`).
ExportFormat chosenImageFormat(QString& path, const QString& selectedFilter);

// Each returns "" or a message naming the file and the problem (nothing is left behind).
// `size` in pixels at scale 1 (a PDF page is as large as the picture at 96 dpi); the
// plot's own size when empty.
// With `png`, a PNG is queued there rather than written before returning.
QString writePlotFile(PlotView& plot, const QString& path, ExportFormat format, double scale = 1.0, QSize size = {},
                      PngWriter* png = nullptr);
// The matrix with a header row of column labels and a label first in every row; numbers
// in round-trip precision; a masked score (NaN in the view) as -inf, an overflowed value as
// inf, -inf or nan.
QString writeMatrixCsv(const HeatmapData& data, const QString& path);
QString matrixCsv(const HeatmapData& data);
// A picture of `size` made by `paint` (which gets an active painter): PNG at `scale`, SVG or PDF.
QString writePicture(const QString& path, ExportFormat format, QSize size, double scale, const QString& title,
                     const std::function<void(QCPPainter&)>& paint, PngWriter* png = nullptr);

} // namespace al
