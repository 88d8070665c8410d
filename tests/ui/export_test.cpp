// Export and screenshot: valid PNGs of the requested size, not blank, with an index; the
// screenshot command renders every lesson and step without a warning.
#include "tests/app/process.h"
#include "ui/atomic_save_file.h"
#include "ui/attention_document.h"
#include "ui/lesson_export.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <set>

using namespace al;

namespace {
const QString samples = QString(ATTENTION_LAB_SOURCE_DIR) + "/samples/";

// More than one colour in a grid of sample points: something was drawn.
bool hasContent(const QImage& image) {
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return colours.size() > 20;
}
} // namespace

TEST_CASE("export writes every heatmap of every lesson as a PNG, with an index", "[export]") {
    QTemporaryDir folder;
    MainWindow window;
    REQUIRE(window.openSample(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.resize(1400, 900);
    window.show();
    QString error;
    const auto images =
        exportLessons(window.lessonsUpToDate(), folder.path(), ExportOptions{ExportFormat::Png, 2.0, false}, &error);
    CHECK(error.isEmpty());
    REQUIRE(images.size() >= 20);
    for (const ExportedFile& image : images) {
        INFO(image.file.toStdString());
        const QImage png(QDir(folder.path()).filePath(image.file));
        REQUIRE_FALSE(png.isNull());
        CHECK(png.width() == 1120); // 560 × scale 2
        CHECK(png.height() == 1000);
        CHECK(hasContent(png));
    }
    QFile indexFile(QDir(folder.path()).filePath("index.json"));
    REQUIRE(indexFile.open(QIODevice::ReadOnly));
    const QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
    CHECK(index["format"].toString() == "attention-lab/export-index@1");
    CHECK(index["images"].toArray().size() == images.size());
    CHECK(index["images"].toArray()[0].toObject()["title"].toString() == images[0].title);
}

TEST_CASE("screenshot renders every lesson and step without a warning", "[export]") {
    QTemporaryDir folder;
    std::map<std::string, int> steps; // every lesson of the window, with its number of steps
    MainWindow window;
    for (const LessonPage* lesson : window.lessons())
        steps[lesson->id().toStdString()] = lesson->stepCount();
    REQUIRE(steps.size() >= 7);
    for (const auto& [lesson, count] : steps)
        for (int step = 1; step <= count; ++step) {
            const QString png = QDir(folder.path()).filePath(QString("%1-%2.png").arg(lesson.c_str()).arg(step));
            const auto r = test::runAttentionLab({"screenshot", (samples + "social-network.json").toStdString(), "-o",
                                                  png.toStdString(), "--lesson", lesson, "--step", std::to_string(step),
                                                  "--query", "2"});
            INFO(lesson << " step " << step << ": " << r.err);
            CHECK(r.status == 0);
            CHECK(r.err.empty());
            const QImage image(png);
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == QSize(1400, 900));
            CHECK(hasContent(image));
        }
}

TEST_CASE("export and screenshot refuse bad arguments with exit 2 and write nothing", "[export]") {
    QTemporaryDir folder;
    const std::string good = (samples + "lecture-four-vectors.json").toStdString();
    const std::string out = QDir(folder.path()).filePath("x.png").toStdString();
    const std::vector<std::vector<std::string>> cases = {
        {"screenshot", good},
        {"screenshot", good, "-o", out, "--lesson", "nonsense"},
        {"screenshot", good, "-o", out, "--step", "0"},
        {"screenshot", good, "-o", out, "--lesson", "vectors", "--step", "2"},
        {"screenshot", good, "-o", out, "--query", "5"},
        {"screenshot", "/no/such/sample.json", "-o", out},
        {"export", good},
        {"export", good, "-d", QDir(folder.path()).filePath("d").toStdString(), "--scale", "0"},
        {"export", good, "-d", QDir(folder.path()).filePath("d").toStdString(), "--format", "gif"},
    };
    for (const auto& args : cases) {
        const auto r = test::runAttentionLab(args);
        INFO(args[0] << " " << args.back() << ": " << r.err);
        CHECK(r.status == 2);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
    CHECK(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}

TEST_CASE("a lesson shown after an edit draws the new trace", "[window]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    REQUIRE(window.showLesson("walkthrough"));
    CHECK(window.document().setEmbedding(0, 0, 7.0).isEmpty());
    REQUIRE(window.document().waitForTrace());
    CHECK(window.currentLesson()->trace() == window.document().trace());
    REQUIRE(window.showLesson("matrix"));
    CHECK(window.currentLesson()->trace() == window.document().trace());
    CHECK(window.currentLesson()->trace()->inputs(0, 0) == 7.0);
    CHECK_FALSE(window.showLesson("no-such-lesson"));
    CHECK_FALSE(window.openSample("/no/such/file.json").isEmpty());
    CHECK(window.document().sample().embeddings(0, 0) == 7.0); // a failed open keeps the edits
}

TEST_CASE("a picture file is written whole through a hidden temporary, or not at all", "[export]") {
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath("picture.png");
    {
        AtomicSaveFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("old");
        REQUIRE(file.commit());
    }
    AtomicSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("new, not yet committed");
    CHECK(test::readFile(path.toStdString()) == "old"); // nothing on disk before commit
    REQUIRE(file.commit());
    CHECK(test::readFile(path.toStdString()) == "new, not yet committed");
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no temporary left

    AtomicSaveFile nowhere(QDir(folder.path()).filePath("missing/picture.png"));
    REQUIRE(nowhere.open(QIODevice::WriteOnly));
    nowhere.write("x");
    CHECK_FALSE(nowhere.commit());
    CHECK_FALSE(nowhere.errorString().isEmpty());
}
