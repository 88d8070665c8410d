// The window as a user meets it: Next going on from lesson to lesson, the arrow keys after
// typing in the query box, a click on any picture of a query following it, exports named
// after what they show, a bad file refused before any question, the welcome and the help.
// Its layout through presentation mode, a language switch and a restart:
// main_window_layout_test.cpp.
#include "tests/ui/main_window_helpers.h"
#include "ui/attention_document.h"
#include "ui/help_windows.h"
#include "ui/language.h"
#include "ui/lesson_export.h"
#include "ui/lesson_list.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"
#include "ui/page_picture.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace al;
using namespace al::test;

TEST_CASE("Next on a lesson's last step goes on to the next lesson, Back to the previous one", "[window]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    REQUIRE(window.showLesson("vectors"));
    CHECK(window.stepCountLabel()->text() == "Step 1 of 1");
    CHECK(window.nextButton()->isEnabled());       // a one-step lesson leads on
    CHECK_FALSE(window.backButton()->isEnabled()); // the very first step
    window.nextButton()->click();
    REQUIRE(window.currentLesson()->id() == "walkthrough");
    CHECK(window.currentLesson()->step() == 0);
    CHECK(window.stepCountLabel()->text() == QString("Step 1 of %1").arg(window.currentLesson()->stepCount()));

    window.setStep(window.currentLesson()->stepCount() - 1);
    window.nextButton()->click();
    CHECK(window.currentLesson()->id() == "matrix");
    CHECK(window.currentLesson()->step() == 0);
    window.backButton()->click(); // back to the walkthrough's last step
    CHECK(window.currentLesson()->id() == "walkthrough");
    CHECK(window.currentLesson()->step() == window.currentLesson()->stepCount() - 1);

    LessonPage* last = window.lessons().last();
    REQUIRE(window.showLesson(last->id()));
    window.setStep(last->stepCount() - 1);
    CHECK_FALSE(window.nextButton()->isEnabled());
    window.stepBy(+1);
    CHECK(window.currentLesson() == last);
    CHECK(last->step() == last->stepCount() - 1);
}

TEST_CASE("the arrow keys step, except while typing in the query box, and a click on a plot gives them back",
          "[window][keys]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.resize(1600, 1000);
    window.show();
    QApplication::setActiveWindow(&window);
    settle();
    REQUIRE(window.showLesson("walkthrough"));
    window.setStep(2);

    press(window.lessonList(), Qt::Key_Right); // the list has the focus: → steps
    CHECK(window.currentLesson()->step() == 3);

    window.queryBox()->setFocus();
    settle(20);
    press(window.queryBox(), Qt::Key_Right); // typing in the query box: → moves the cursor
    press(window.queryBox(), Qt::Key_Left);
    CHECK(window.currentLesson()->step() == 3);

    REQUIRE(window.currentLesson()->waitUntilDrawn());
    const auto plots = window.currentLesson()->visiblePlots();
    REQUIRE(!plots.isEmpty());
    PlotView* plot = plots.first();
    QTest::mouseClick(plot, Qt::LeftButton); // as the user's click: it takes the focus
    settle(20);
    CHECK(QApplication::focusWidget() == plot);
    press(QApplication::focusWidget(), Qt::Key_Right);
    CHECK(window.currentLesson()->step() == 4);
    press(QApplication::focusWidget(), Qt::Key_Left);
    CHECK(window.currentLesson()->step() == 3);
}

TEST_CASE("a click on a query's row follows that query in every picture that shows one", "[window][query]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    REQUIRE(window.showLesson("walkthrough"));
    window.setStep(7); // every α′ and every b
    HeatmapView* outputs = heatmapWithId(window.currentLesson(), "outputs");
    REQUIRE(outputs);
    emit outputs->cellClicked(7, 0); // a click on b's row 8
    CHECK(window.currentLesson()->query() == 7);
    CHECK(window.queryBox()->value() == 8);
    CHECK(heatmapWithId(window.currentLesson(), "all_weights")->highlightedRow() == 7);
    CHECK(outputs->highlightedRow() == 7);

    window.setStep(4); // the single score row: its row is query 8 itself, not query 1
    emit heatmapWithId(window.currentLesson(), "scores")->cellClicked(0, 3);
    CHECK(window.currentLesson()->query() == 7);

    REQUIRE(window.showLesson("multihead"));
    ModelConfig config = window.document().sample().model.config;
    config.heads = 2;
    config.dK = config.dV = 2;
    REQUIRE(window.document().setConfig(config).isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.setStep(1); // every head's α′
    emit heatmapWithId(window.currentLesson(), "head2_weights")->cellClicked(4, 1);
    CHECK(window.currentLesson()->query() == 4);
    CHECK(heatmapWithId(window.currentLesson(), "head1_weights")->highlightedRow() == 4);
    window.setStep(5); // c and b
    emit heatmapWithId(window.currentLesson(), "output")->cellClicked(2, 0);
    CHECK(window.currentLesson()->query() == 2);
    CHECK(heatmapWithId(window.currentLesson(), "concat")->highlightedRow() == 2);
}

TEST_CASE("exports are named after the lesson, step, plot and query", "[window][export]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    REQUIRE(window.showLesson("walkthrough"));
    window.setQuery(7);
    window.setStep(3);
    LessonPage* walkthrough = window.currentLesson();
    HeatmapView* scores = heatmapWithId(walkthrough, "scores");
    REQUIRE(scores);
    CHECK(window.exportName(scores) == "walkthrough-step4-scores-query8");
    CHECK(scores->property("fileBaseName").toString() == "walkthrough-step4-scores-query8"); // Save image…
    CHECK(window.exportName(nullptr) == "walkthrough-step4-page-query8");
    CHECK(exportBaseName(*walkthrough, "scores", false) == "walkthrough-step4-scores"); // the command's
    CHECK(lessonPageTitle(*walkthrough).startsWith("Computing b⁸ step by step — 4."));

    // Two queries exported into one folder do not overwrite each other.
    QTemporaryDir folder;
    ExportOptions options{ExportFormat::Csv, 1.0};
    options.nameQuery = true;
    QString error;
    const auto first = exportCurrentStep(*walkthrough, folder.path(), options, &error);
    window.setQuery(1);
    const auto second = exportCurrentStep(*walkthrough, folder.path(), options, &error);
    CHECK(error.isEmpty());
    REQUIRE_FALSE(first.isEmpty());
    CHECK(QDir(folder.path()).entryList(QDir::Files).size() == first.size() + second.size());
    CHECK(QFile::exists(QDir(folder.path()).filePath("walkthrough-step4-scores-query2.csv")));

    REQUIRE(window.showLesson("matrix")); // follows no query: no query in its names
    window.setStep(3);
    CHECK(window.exportName(heatmapWithId(window.currentLesson(), "A")) == "matrix-step4-A");
}

TEST_CASE("a page whose title is wider than the page wraps it instead of cutting it", "[window][export]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    REQUIRE(window.showLesson("multihead"));
    ModelConfig config = window.document().sample().model.config;
    config.outputProjection = false;
    REQUIRE(window.document().setConfig(config).isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.setStep(4); // no plots: a page one plot wide, with a long title
    LessonPage* lesson = window.currentLesson();
    REQUIRE(lesson->visiblePlots().isEmpty());
    QFont font = lesson->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    const QString title = lessonPageTitle(*lesson);
    REQUIRE(QFontMetrics(font).horizontalAdvance(title) > lessonPageSize(*lesson).width());
    QImage page(lessonPageSize(*lesson), QImage::Format_RGB32);
    QCPPainter painter(&page);
    paintLessonPage(painter, *lesson);
    painter.end();
    // The title's second line is drawn: dark pixels below the first line's band.
    const int lineHeight = QFontMetrics(font).lineSpacing();
    int darkBelowFirstLine = 0;
    for (int y = 20 + lineHeight; y < 20 + 2 * lineHeight; ++y)
        for (int x = 0; x < page.width(); ++x)
            darkBelowFirstLine += qGray(page.pixel(x, y)) < 100;
    CHECK(darkBelowFirstLine > 20);
}

TEST_CASE("opening a bad file with unsaved edits asks nothing and changes nothing", "[window][files]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.show();
    REQUIRE(window.document().setEmbedding(0, 0, 7.0).isEmpty());
    REQUIRE(window.document().waitForTrace());
    QTemporaryDir folder;
    const QString bad = QDir(folder.path()).filePath("bad.json");
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "attention-lab/sample@1", "tokens": "not a list"})");
    file.close();

    const QStringList shown = answeringBoxes(QMessageBox::Ok, [&] { window.openWithDialogOnError(bad); });
    REQUIRE(shown.size() == 1); // the refusal only: no question about the edits first
    CHECK(shown.first().contains("bad.json"));
    CHECK(window.document().isModified());
    CHECK(window.document().sample().embeddings(0, 0) == 7.0);
    CHECK(window.document().filePath().endsWith("lecture-four-vectors.json"));

    // A good file does ask; cancelling keeps everything.
    const QStringList asked =
        answeringBoxes(QMessageBox::Cancel, [&] { window.openWithDialogOnError(samples + "animal-street.json"); });
    CHECK(asked.size() == 1);
    CHECK(window.document().sample().embeddings(0, 0) == 7.0);
    CHECK(window.document().filePath().endsWith("lecture-four-vectors.json"));
}

TEST_CASE("the first start welcomes, and the walkthrough is where it leads", "[window][welcome]") {
    QSettings().remove("welcome");
    MainWindow window;
    REQUIRE(window.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.showWelcomeOnFirstStart();
    REQUIRE(window.showsWelcome());
    auto* start = window.findChild<QPushButton*>(QString(), Qt::FindChildrenRecursively);
    for (QPushButton* button : window.findChildren<QPushButton*>())
        if (button->text() == "Start with the walkthrough") start = button;
    REQUIRE(start->text() == "Start with the walkthrough");
    start->click();
    CHECK_FALSE(window.showsWelcome());
    CHECK(window.currentLesson()->id() == "walkthrough");
    CHECK(window.currentLesson()->step() == 0);

    MainWindow again; // not the first start any more
    REQUIRE(again.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(again.document().waitForTrace());
    again.showWelcomeOnFirstStart();
    CHECK_FALSE(again.showsWelcome());
}

TEST_CASE("the user guide is built in with every picture, in both languages", "[window][help]") {
    for (const QString language : {"en", "zh_CN"}) {
        const QString source = userGuideSource(language);
        QFile guide(":" + QUrl(source).path());
        REQUIRE(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        const QRegularExpression picture(R"(\]\((images/[^)]+)\))");
        int pictures = 0;
        for (auto match = picture.globalMatch(text); match.hasNext(); ++pictures) {
            const QString path = ":/guide/" + match.next().captured(1);
            INFO(path.toStdString());
            CHECK(QFile::exists(path));
        }
        CHECK(pictures >= 8);
        UserGuideWindow window(language);
        CHECK(window.browser()->toPlainText().startsWith(language == "en" ? "AttentionLab user guide"
                                                                          : "AttentionLab 使用指南"));
    }
}

TEST_CASE("the table of keys lists every shortcut of the window", "[window][help]") {
    MainWindow window;
    REQUIRE(window.openSample(samples + "animal-street.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    QStringList listed;
    for (const auto& [keys, meaning] : ShortcutsDialog::shortcuts())
        listed << keys;
    for (QAction* action : window.findChildren<QAction*>()) {
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        if (key.isEmpty() || (key.size() == 1 && key[0].isDigit())) continue; // 1 … 8: one row
        INFO(key.toStdString());
        CHECK(listed.contains(key));
    }
    CHECK(listed.contains("→"));
    CHECK(listed.contains("←"));
}
