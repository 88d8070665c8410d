#include "ui/widgets/plot_files.h"

#include "ui/atomic_save_file.h"
#include "ui/widgets/plot_view.h"

#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMutex>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QThreadPool>

#include <cmath>
#include <limits>

namespace al {

namespace {
// Every picture is laid out at the screen's usual 96 dots per inch (a QImage's default):
// fonts are sized in points, so SVG and PDF at any other resolution would draw the text
// larger or smaller than the PNG, and text laid out for one would overflow in the other.
constexpr int pictureDpi = 96;

QString cannotWrite(const QString& path, const QString& why) {
    return QObject::tr("Cannot write %1: %2").arg(path, why);
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QString csvField(const QString& text) {
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r')) return text;
    return '"' + QString(text).replace("\"", "\"\"") + '"';
}

// A masked score (NaN in the view) is −∞; an overflow is inf, -inf or nan, as it came out.
QString csvNumber(double value, bool masked) {
    if (masked) return QStringLiteral("-inf");
    if (std::isnan(value)) return QStringLiteral("nan");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Paints on `device` (already open on the temporary file) and commits it.
QString finish(AtomicSaveFile& file, bool painted) {
    if (!painted) {
        file.cancelWriting();
        return cannotWrite(file.fileName(), QObject::tr("the picture could not be drawn"));
    }
    if (!file.commit()) return cannotWrite(file.fileName(), file.errorString());
    return {};
}
// zlib's fastest level: the pictures are flat colours, which compress well at any level,
// and the default level spends three quarters of an export in libpng and zlib.
bool savePng(const QImage& image, QIODevice& device) {
    QImageWriter writer(&device, "PNG");
    writer.setQuality(80); // Qt maps PNG quality q to zlib level (100 − q)·9/91: level 1
    return writer.write(image);
}

QString writePngFile(const QImage& image, const QString& path) {
    AtomicSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return cannotWrite(path, file.errorString());
    return finish(file, savePng(image, file));
}

} // namespace

struct PngWriter::Shared {
    QThreadPool pool;
    QMutex mutex;
    QString problem;
    // The problem of the file queued first, not of the one that failed first: the same
    // message every time (the first frame of an animation, not whichever thread lost).
    long long problemOrder = std::numeric_limits<long long>::max();
    long long queued = 0;
};

PngWriter::PngWriter() : shared_(std::make_unique<Shared>()) {}

PngWriter::~PngWriter() {
    finish();
}

void PngWriter::write(QImage image, const QString& path) {
    shared_->pool.start([shared = shared_.get(), image = std::move(image), path, order = shared_->queued++] {
        const QString problem = writePngFile(image, path);
        const QMutexLocker lock(&shared->mutex);
        if (!problem.isEmpty() && order < shared->problemOrder) shared->problem = problem, shared->problemOrder = order;
    });
}

QString PngWriter::finish() {
    shared_->pool.waitForDone();
    const QMutexLocker lock(&shared_->mutex);
    return shared_->problem;
}

std::optional<ExportFormat> exportFormatNamed(const QString& name) {
    const QString lower = name.toLower();
    if (lower == "png") return ExportFormat::Png;
    if (lower == "svg") return ExportFormat::Svg;
    if (lower == "pdf") return ExportFormat::Pdf;
    if (lower == "csv") return ExportFormat::Csv;
    return std::nullopt;
}

QString extensionOf(ExportFormat format) {
    switch (format) {
    case ExportFormat::Png:
        return "png";
    case ExportFormat::Svg:
        return "svg";
    case ExportFormat::Pdf:
        return "pdf";
    case ExportFormat::Csv:
        return "csv";
    }
    return {};
}

std::optional<ExportFormat> formatOfFile(const QString& path) {
    return exportFormatNamed(QFileInfo(path).suffix());
}

QString imageFileFilters() {
    return QObject::tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)");
}

ExportFormat chosenImageFormat(QString& path, const QString& selectedFilter) {
    if (const auto bySuffix = formatOfFile(path); bySuffix && *bySuffix != ExportFormat::Csv) return *bySuffix;
    static const ExportFormat inFilterOrder[] = {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf};
    const qsizetype filter = imageFileFilters().split(";;").indexOf(selectedFilter);
    const ExportFormat chosen = inFilterOrder[filter < 0 ? 0 : filter];
    path += '.' + extensionOf(chosen);
    return chosen;
}

QString writePicture(const QString& path, ExportFormat format, QSize size, double scale, const QString& title,
                     const std::function<void(QCPPainter&)>& paint, PngWriter* png) {
    if (format == ExportFormat::Png) {
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QCPPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        paint(painter);
        if (!painter.end()) return cannotWrite(path, QObject::tr("the picture could not be drawn"));
        if (!png) return writePngFile(image, path);
        png->write(std::move(image), path);
        return {};
    }
    AtomicSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return cannotWrite(path, file.errorString());
    bool painted = false;
    switch (format) {
    case ExportFormat::Png:
        break; // above
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(pictureDpi);
        svg.setTitle(title);
        svg.setDescription(QObject::tr("Made with AttentionLab"));
        QCPPainter painter;
        if (painter.begin(&svg)) {
            painter.setMode(QCPPainter::pmVectorized);
            paint(painter);
            painted = painter.end();
        }
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("AttentionLab"));
        pdf.setResolution(pictureDpi); // one unit = one pixel of the picture
        pdf.setPageSize(
            QPageSize(QSizeF(size) * 72.0 / pictureDpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QCPPainter painter;
        if (painter.begin(&pdf)) {
            painter.setMode(QCPPainter::pmVectorized);
            paint(painter);
            painted = painter.end();
        }
        break;
    }
    case ExportFormat::Csv:
        file.cancelWriting();
        return cannotWrite(path, QObject::tr("a picture cannot be written as CSV"));
    }
    return finish(file, painted);
}

QString writePlotFile(PlotView& plot, const QString& path, ExportFormat format, double scale, QSize size,
                      PngWriter* png) {
    if (!size.isValid()) size = plot.size();
    if (format == ExportFormat::Png) { // QCustomPlot's own raster path: crisp at any scale
        QImage image = plot.image(scale, size).toImage();
        if (!png) return writePngFile(image, path);
        png->write(std::move(image), path);
        return {};
    }
    return writePicture(path, format, size, scale, plot.title(),
                        [&](QCPPainter& painter) { plot.paint(painter, size); });
}

QString matrixCsv(const HeatmapData& data) {
    const QString corner =
        data.rowAxisTitle.isEmpty() ? data.columnAxisTitle : data.rowAxisTitle + " \\ " + data.columnAxisTitle;
    QString text = csvField(corner);
    for (int c = 0; c < data.values.cols(); ++c)
        text += ',' + csvField(data.columnLabels.value(c, QString::number(c + 1)));
    text += "\r\n";
    for (int r = 0; r < data.values.rows(); ++r) {
        text += csvField(data.rowLabels.value(r, QString::number(r + 1)));
        for (int c = 0; c < data.values.cols(); ++c)
            text += ',' + (data.showsMask()
                               ? QString(maskAllows(data.values(r, c)) ? "1" : "0") // a mask: 1 allowed, 0 masked
                               : csvNumber(data.values(r, c), data.values.isMasked(r, c)));
        text += "\r\n";
    }
    return text;
}

QString writeMatrixCsv(const HeatmapData& data, const QString& path) {
    AtomicSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return cannotWrite(path, file.errorString());
    const QByteArray bytes = matrixCsv(data).toUtf8();
    return finish(file, file.write(bytes) == bytes.size());
}

} // namespace al
