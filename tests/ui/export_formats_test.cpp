// Every export format through the command line: SVG and PDF are well-formed vector files
// of the plot's size, CSV tables carry the token headers and exactly the trace's numbers,
// and the whole-page pictures exist for every step.
#include "core/attention/attention.h"
#include "core/io/sample_loader.h"
#include "tests/app/process.h"
#include "ui/lessons/lesson_registry.h"
#include "ui/widgets/plot_files.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace al;

namespace {
const QString samples = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/";

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray exportIndex(const QString& folder) {
    return QJsonDocument::fromJson(contents(QDir(folder).filePath("index.json"))).object()["images"].toArray();
}

QStringList exportTo(const QString& folder, const std::string& format,
                     const std::string& sample = "animal-street.json") {
    const auto r = test::runAttentionLab(
        {"export", (samples + sample.c_str()).toStdString(), "-d", folder.toStdString(), "--format", format});
    INFO(r.err);
    REQUIRE(r.status == 0);
    QStringList files;
    for (const QJsonValue& entry : exportIndex(folder))
        files << entry.toObject()["file"].toString();
    return files;
}
} // namespace

TEST_CASE("export --format svg writes a vector picture of every plot and every page", "[export]") {
    QTemporaryDir folder;
    const QStringList files = exportTo(folder.path(), "svg");
    REQUIRE(files.size() > 40);
    int pages = 0;
    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK(file.endsWith(".svg"));
        const QByteArray svg = contents(QDir(folder.path()).filePath(file));
        CHECK(svg.startsWith("<?xml"));
        CHECK(svg.contains("<svg"));
        CHECK(svg.trimmed().endsWith("</svg>"));
        CHECK(svg.contains("<text")); // labels stay text, not pixels
        if (file.endsWith("-page.svg"))
            ++pages;
        else
            CHECK(svg.contains("viewBox=\"0 0 560 500\""));
    }
    int steps = 0;
    for (const auto& lesson : lessonRegistry())
        steps += lesson->stepCount();
    CHECK(pages == steps); // one page per step of every lesson
    CHECK(files.contains("matrix-step5-A_prime.svg"));
}

TEST_CASE("export --format pdf writes one-page PDF documents", "[export]") {
    QTemporaryDir folder;
    const QStringList files = exportTo(folder.path(), "pdf", "lecture-four-vectors.json");
    REQUIRE(files.size() > 40);
    for (const QString& file : files) {
        INFO(file.toStdString());
        const QByteArray pdf = contents(QDir(folder.path()).filePath(file));
        CHECK(pdf.startsWith("%PDF-"));
        CHECK(pdf.trimmed().endsWith("%%EOF"));
        CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") >= 1);
    }
    // 560 × 500 pixels at 96 dpi is 420 × 375 points.
    const QByteArray plot = contents(QDir(folder.path()).filePath("matrix-step4-Q.pdf"));
    CHECK(plot.contains("/MediaBox [0 0 420.000000 375.000000]"));
}

TEST_CASE("export --format csv writes every heatmap's matrix with token headers and exact numbers", "[export]") {
    QTemporaryDir folder;
    const QStringList files = exportTo(folder.path(), "csv");
    const Trace trace = run(loadSample((samples + "animal-street.json").toStdString()));
    // The matrix lesson's A′ in the lecture's column form: row j = key j, column i = query i.
    const QString weights = QDir(folder.path()).filePath("matrix-step5-A_prime.csv");
    REQUIRE(files.contains("matrix-step5-A_prime.csv"));
    const QStringList lines = QString::fromUtf8(contents(weights)).split("\r\n", Qt::SkipEmptyParts);
    REQUIRE(lines.size() == trace.tokenCount() + 1);
    CHECK(lines[0].startsWith("key \\ query,1 The,2 animal,3 didn't"));
    for (int i = 0; i < trace.tokenCount(); ++i) {
        const QStringList cells = lines[i + 1].split(',');
        REQUIRE(cells.size() == trace.tokenCount() + 1);
        CHECK(cells[0] == QString("%1 %2").arg(i + 1).arg(QString::fromStdString(trace.tokens[std::size_t(i)])));
        for (int j = 0; j < trace.tokenCount(); ++j)
            CHECK(cells[j + 1].toDouble() == trace.attention(0)->weights(j, i));
    }
    for (const QString& file : files)
        CHECK(file.endsWith(".csv"));
}

TEST_CASE("a CSV field with a comma or a quote is quoted", "[export]") {
    auto mask = std::make_shared<MaskMatrix>(1, 2);
    (*mask) << 1, 0; // the second entry masked: -inf
    const HeatmapData data{"m",
                           "t",
                           SharedMatrix(Matrix::Constant(1, 2, 0.1)).maskedBy(mask),
                           {"a,b"},
                           {"say \"hi\"", "x"},
                           "query",
                           "key",
                           ColorScheme::Sequential,
                           nullptr};
    CHECK(matrixCsv(data) == "query \\ key,\"say \"\"hi\"\"\",x\r\n\"a,b\",0.1,-inf\r\n");
}

TEST_CASE("a save dialog's answer gives the format: the suffix first, else the chosen filter", "[export]") {
    const QStringList filters = imageFileFilters().split(";;");
    QString plain = "/tmp/picture";
    CHECK(chosenImageFormat(plain, filters[1]) == ExportFormat::Svg);
    CHECK(plain == "/tmp/picture.svg");
    QString pdf = "/tmp/page.pdf";
    CHECK(chosenImageFormat(pdf, filters[0]) == ExportFormat::Pdf);
    CHECK(pdf == "/tmp/page.pdf");
    QString unknown = "/tmp/x.gif";
    CHECK(chosenImageFormat(unknown, QString()) == ExportFormat::Png);
    CHECK(unknown == "/tmp/x.gif.png");
}
