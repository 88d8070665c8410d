// Chinese everywhere: the translation file covers every text the sources mark (lupdate
// finds nothing new or unfinished), keeps every placeholder and tag, and with zh_CN
// loaded no widget, menu, plot title or explanation of any lesson step is left in English.
#include "ui/attention_document.h"
#include "ui/core_messages.h"
#include "ui/language.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <set>

using namespace al;

namespace {
const QString source = QString(ATTENTION_LAB_SOURCE_DIR);
const QString tsFile = source + "/resources/translations/attention-lab_zh_CN.ts";

struct TsMessage {
    QString context, source, translation;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            messages.append({context, {}, {}, false});
        else if (xml.name() == u"source")
            messages.last().source = xml.readElementText();
        else if (xml.name() == u"translation") {
            messages.last().unfinished = xml.attributes().value("type") == u"unfinished";
            // A plural message holds one <numerusform> per form: their text, one after another.
            messages.last().translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

// English left on screen: a word of four or more Latin letters in a text without any
// Chinese. Notation and names that stay as they are in Chinese are allowed.
bool looksUntranslated(const QString& text) {
    static const QRegularExpression chinese("[\\x{4e00}-\\x{9fff}]");
    static const QRegularExpression word("[A-Za-z]{4,}");
    static const std::set<QString> kept = {"softmax", "Softmax", "tanh",  "AttentionLab",
                                           "ReLU",    "Ctrl",    "Shift", "model"};
    if (text.contains(chinese)) return false;
    for (auto match = word.globalMatch(text); match.hasNext();)
        if (!kept.count(match.next().captured())) return true;
    return false;
}

// Every text the window shows: widgets, menus, tooltips, plot titles and axes.
QStringList visibleTexts(MainWindow& window) {
    QStringList texts; // not the window title: the sample's own
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (widget->isHidden()) continue;
        texts << widget->toolTip();
        if (auto* label = qobject_cast<QLabel*>(widget)) texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) texts << button->text();
        if (auto* spin = qobject_cast<QSpinBox*>(widget)) texts << spin->prefix();
        if (auto* dock = qobject_cast<QDockWidget*>(widget)) texts << dock->windowTitle();
        // The images and the Transformer models are listed by their files' own titles: content.
        if (auto* combo = qobject_cast<QComboBox*>(widget);
            combo && !QStringList{"images", "models", "presets", "examples", "optimizers", "inputs"}.contains(
                         combo->objectName()))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        if (auto* tabs = qobject_cast<QTabWidget*>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        if (auto* plot = qobject_cast<PlotView*>(widget)) {
            texts << plot->title();
            for (QCPAxisRect* rect : plot->axisRects())
                for (QCPAxis* axis : rect->axes())
                    texts << axis->label();
        }
    }
    // The Samples and Open recent menus list files and their titles, which are content,
    // not interface; language names are each in their own language.
    const QStringList content = {"样例(&S)", "最近打开(&R)", "语言(&L)"};
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        texts << menu->title();
        if (content.contains(menu->title())) continue;
        for (QAction* action : menu->actions())
            texts << action->text() << action->toolTip();
    }
    return texts;
}
} // namespace

TEST_CASE("the Chinese translation has every message, finished, with its placeholders and tags", "[language]") {
    const QList<TsMessage> messages = readTs(tsFile);
    REQUIRE(messages.size() > 300);
    static const QRegularExpression placeholder("%\\d"), tag("</?[a-z]+>");
    for (const TsMessage& m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK_FALSE(m.unfinished);
        CHECK_FALSE(m.translation.isEmpty());
        QStringList a, b, tagsA, tagsB;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            a << it.next().captured();
        for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
            b << it.next().captured();
        a.removeDuplicates();
        b.removeDuplicates();
        CHECK(sorted(a) == sorted(b));
        for (auto it = tag.globalMatch(m.source); it.hasNext();)
            tagsA << it.next().captured();
        for (auto it = tag.globalMatch(m.translation); it.hasNext();)
            tagsB << it.next().captured();
        CHECK(sorted(tagsA) == sorted(tagsB));
    }
}

TEST_CASE("lupdate finds no text in the sources that the translation lacks", "[language]") {
    QTemporaryDir folder;
    const QString copy = QDir(folder.path()).filePath("check_zh_CN.ts");
    REQUIRE(QFile::copy(tsFile, copy));
    QProcess lupdate;
    lupdate.start(ATTENTION_LAB_LUPDATE, {"-no-obsolete", "-locations", "none", "-silent", "-I", source,
                                          source + "/core", source + "/ui", source + "/app", "-ts", copy});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    const QList<TsMessage> updated = readTs(copy);
    QStringList untranslated;
    for (const TsMessage& m : updated)
        if (m.unfinished || m.translation.isEmpty()) untranslated << m.context + ": " + m.source;
    INFO(
        "untranslated (run the update_translations target, then translate): " << untranslated.join("\n").toStdString());
    CHECK(untranslated.isEmpty());
    CHECK(updated.size() == readTs(tsFile).size());
}

TEST_CASE("in Chinese no lesson step, menu or control shows English", "[language]") {
    REQUIRE(applyLanguage("zh_CN"));
    {
        MainWindow window;
        REQUIRE(window.openSample(source + "/samples/social-network.json").isEmpty());
        REQUIRE(window.document().waitForTrace());
        window.resize(1400, 900);
        window.show();
        QStringList left;
        for (LessonPage* lesson : window.lessons()) {
            REQUIRE(window.showLesson(lesson->id()));
            for (int step = 0; step < lesson->stepCount(); ++step) {
                window.setStep(step);
                QStringList texts = visibleTexts(window);
                texts << lesson->explanation() << lesson->stepTitle(step) << lesson->title();
                for (const QString& text : texts)
                    if (looksUntranslated(text))
                        left << QString("%1 step %2: %3").arg(lesson->id()).arg(step + 1).arg(text);
            }
        }
        left.removeDuplicates();
        INFO(left.join("\n").toStdString());
        CHECK(left.isEmpty());
        CHECK(window.findChild<QMenuBar*>()->actions().first()->text() == "文件(&F)");
    }
    applyLanguage("en");
}

TEST_CASE("switching the language rebuilds the window at once, keeping the edits and the place", "[language]") {
    MainWindow window;
    REQUIRE(window.openSample(source + "/samples/lecture-four-vectors.json").isEmpty());
    REQUIRE(window.document().waitForTrace());
    REQUIRE(window.showLesson("matrix"));
    window.setStep(3);
    REQUIRE(window.document().setEmbedding(0, 0, 5.0).isEmpty());
    REQUIRE(window.document().waitForTrace());
    window.setLanguage("zh_CN", true);
    CHECK(currentLanguage() == "zh_CN");
    CHECK(window.currentLesson()->id() == "matrix");
    CHECK(window.currentLesson()->step() == 3);
    CHECK(window.currentLesson()->title() == "矩阵形式");
    CHECK(window.document().sample().embeddings(0, 0) == 5.0);
    CHECK(window.document().undoStack()->canUndo());
    window.setLanguage("en", true);
    CHECK(window.currentLesson()->title() == "The matrix form");
    CHECK(resolveLanguage("zh-CN.UTF-8") == "zh_CN");
    CHECK(resolveLanguage("en_GB") == "en");
    CHECK(resolveLanguage("fr_FR").isEmpty());
}

TEST_CASE("a refused file is explained in Chinese, naming the file and the field", "[language]") {
    REQUIRE(applyLanguage("zh_CN"));
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath("bad.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format": "attention-lab/sample@1", "title": "t", "tokens": ["a", "%2"], "embeddings": [[1], "x"]})");
    file.close();
    AttentionDocument document;
    const QString message = document.load(path);
    CHECK(message == path + ": embeddings[1]: 应为数组，实际为一个字符串");
    const Message withPercent = al::message("expected \"%1\", got \"%2\"", std::string("%2"), std::string("b"));
    CHECK(translated(withPercent) == "应为 \"%2\"，实际为 \"b\"");
    applyLanguage("en");
    CHECK(document.load(path) == path + ": embeddings[1]: expected an array, got a string");
    CHECK(translated(withPercent) == "expected \"%2\", got \"b\"");
    CHECK(withPercent.text() == "expected \"%2\", got \"b\"");
}
