// The sequence diagram: drawn (not blank) at every length and size, its labels never
// overlapping, its path as long as MATH.md §11 says (|t − s| hops for the RNN, one for
// self-attention), hover naming what is under the pointer, and on a lesson page as a fourth
// kind of plot, exported as pictures (and, as a chart, never as a table).
#include "tests/ui/lesson_checks.h"
#include "ui/lesson_export.h"
#include "ui/notation.h"
#include "ui/page_picture.h"
#include "ui/widgets/sequence_diagram_layout.h"
#include "ui/widgets/sequence_diagram_view.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QTemporaryDir>

using namespace al;

namespace {
using Kind = SequenceDiagramData::Kind;

const QStringList words = {"The", "animal", "didn't", "cross", "the", "street", "because", "it", "was", "too", "tired"};

SequenceDiagramData diagram(Kind kind, int n, int computed, int current, int from = -1, int to = -1) {
    SequenceDiagramData data;
    data.kind = kind;
    data.id = kind == Kind::Recurrent ? "rnn_steps" : "attention_steps";
    data.title = kind == Kind::Recurrent ? "RNN: one step after another" : "Self-attention: all at once";
    for (int t = 0; t < n; ++t) {
        data.inputLabels << QString("%1 %2").arg(t + 1).arg(words[t % words.size()]);
        data.outputLabels << notation::plainSup(kind == Kind::Recurrent ? "h" : "b", t);
    }
    data.computed = computed;
    data.current = current;
    data.pathFrom = from;
    data.pathTo = to;
    data.caption = QString("sequential steps: %1 of %2").arg(computed).arg(n);
    return data;
}

// How many pixels of `image` are close to `colour`.
int pixelsNear(const QImage& image, const QColor& colour, int tolerance = 24) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                    std::abs(pixel.blue() - colour.blue()) <=
                tolerance)
                ++count;
        }
    return count;
}

int nonWhitePixels(const QImage& image) {
    return image.width() * image.height() - pixelsNear(image, Qt::white, 6);
}

bool overlap(const QRectF& a, const QRectF& b) {
    return a.intersected(b).width() > 0.5 && a.intersected(b).height() > 0.5;
}

// Texts of one row never overlap one another, and each fits its rectangle.
void requireApart(const std::vector<DiagramText>& texts, const QFont& font) {
    const QFontMetricsF metrics(font);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        INFO("label " << texts[i].text.toStdString());
        const double along = texts[i].turned ? texts[i].rect.height() : texts[i].rect.width();
        const double across = texts[i].turned ? texts[i].rect.width() : texts[i].rect.height();
        CHECK(metrics.horizontalAdvance(texts[i].text) <= along + 0.5);
        CHECK(metrics.height() <= across + 0.5);
        for (std::size_t j = i + 1; j < texts.size(); ++j)
            CHECK_FALSE(overlap(texts[i].rect, texts[j].rect));
    }
}

// A lesson of two steps: two diagrams side by side, then a heatmap (another kind of view).
class DiagramLesson : public Lesson {
public:
    QString id() const override { return "diagrams"; }
    QString title() const override { return "Diagrams"; }
    int stepCount() const override { return 2; }
    QString stepTitle(int step, bool) const override { return step == 0 ? "1. Both" : "2. A map"; }
    StepContent describe(const LessonInput& input, Cancellation&) const override {
        StepContent content;
        content.explanation = "<p>Two diagrams.</p>";
        if (input.step == 0) {
            content.plots.push_back({diagram(Kind::Recurrent, 11, 4, 3, 1, 7)});
            content.plots.push_back({diagram(Kind::SelfAttention, 11, 11, -1, 7, 1)});
        } else {
            content.plots.push_back({attentionWeightsMap("weights", "α′", SharedMatrix(Matrix::Constant(3, 3, 0.5)),
                                                         {"a", "b", "c"}, {"a", "b", "c"})});
        }
        return content;
    }
};
} // namespace

TEST_CASE("a sequence diagram draws something at every length and size", "[sequence_diagram]") {
    SequenceDiagramView view;
    for (Kind kind : {Kind::Recurrent, Kind::SelfAttention})
        for (int n : {1, 4, 11, 30, 40})
            for (QSize size : {QSize(640, 260), QSize(300, 160), QSize(560, 500), QSize(1400, 420)}) {
                INFO("kind " << int(kind) << ", N = " << n << ", " << size.width() << "×" << size.height());
                const int computed = kind == Kind::Recurrent ? n / 2 : n;
                view.setData(diagram(kind, n, computed, computed - 1, 0, n - 1));
                const QImage image = view.image(1.0, size).toImage();
                REQUIRE_FALSE(image.isNull());
                CHECK(image.size() == size);
                CHECK(nonWhitePixels(image) > 2000);
                if (n > 1) CHECK(pixelsNear(image, QColor("#7f9cbf"), 12) > 20);  // inputs off the path
                CHECK(pixelsNear(image, QColor("#d62728")) > 20);                 // the path
                if (computed > 1) CHECK(pixelsNear(image, seriesColour(0)) > 10); // computed outputs and arrows
            }
}

TEST_CASE("a sequence diagram's labels and boxes never overlap", "[sequence_diagram]") {
    const QFont font("Sans", 9);
    for (Kind kind : {Kind::Recurrent, Kind::SelfAttention})
        for (int n : {1, 2, 4, 7, 11, 20, 30, 40})
            for (double width : {200.0, 420.0, 640.0, 1200.0}) {
                INFO("kind " << int(kind) << ", N = " << n << ", width " << width);
                const SequenceDiagramData data = diagram(kind, n, n, -1, 0, n - 1);
                const auto layout = layOutSequenceDiagram(data, QRectF(0, 0, width, 260), font, "inputs", "states");
                REQUIRE(layout.inputs.size() == std::size_t(n));
                REQUIRE(layout.outputs.size() == std::size_t(n));
                for (int t = 0; t + 1 < n; ++t) {
                    CHECK(layout.inputs[std::size_t(t)].right() < layout.inputs[std::size_t(t + 1)].left());
                    CHECK(layout.outputs[std::size_t(t)].right() < layout.outputs[std::size_t(t + 1)].left());
                }
                CHECK(layout.outputs.front().bottom() < layout.inputs.front().top()); // outputs above inputs
                requireApart(layout.inputTexts, layout.inputFont);
                requireApart(layout.outputTexts, layout.outputFont);
                CHECK_FALSE(layout.inputTexts.empty());
                CHECK_FALSE(layout.outputTexts.empty());
                for (const DiagramText& label : layout.outputTexts)
                    CHECK_FALSE(overlap(label.rect, layout.caption.rect));
                for (const DiagramText& label : layout.inputTexts)
                    CHECK_FALSE(overlap(label.rect, layout.caption.rect));
                for (const DiagramText* name : {&layout.inputName, &layout.outputName})
                    for (std::size_t t = 0; t < std::size_t(n) && !name->text.isEmpty(); ++t) {
                        CHECK_FALSE(overlap(layout.inputs[t], name->rect));
                        CHECK_FALSE(overlap(layout.outputs[t], name->rect));
                    }
                CHECK(layout.caption.rect.bottom() <= 260); // in the plot
                for (std::size_t i = 0; i < layout.badges.size(); ++i)
                    for (std::size_t j = i + 1; j < layout.badges.size(); ++j)
                        CHECK(std::abs(layout.badges[i].centre.x() - layout.badges[j].centre.x()) >=
                              2 * layout.badgeRadius);
            }
}

TEST_CASE("a sequence diagram's path is |t − s| hops for the RNN and one for self-attention", "[sequence_diagram]") {
    const QFont font("Sans", 9);
    const QRectF area(0, 0, 900, 260);
    auto recurrent = layOutSequenceDiagram(diagram(Kind::Recurrent, 11, 11, -1, 1, 7), area, font, "a", "h");
    REQUIRE(recurrent.path.size() == 7); // a² → h², then six hops h² → h³ → … → h⁸
    CHECK(recurrent.path.front().kind == DiagramEdge::Kind::InputToOutput);
    for (std::size_t hop = 1; hop < recurrent.path.size(); ++hop) {
        CHECK(recurrent.path[hop].kind == DiagramEdge::Kind::OutputToOutput);
        CHECK(recurrent.path[hop].to == recurrent.path[hop].from + 1);
    }
    REQUIRE_FALSE(recurrent.badges.empty());
    CHECK(recurrent.badges.back().number == 6);

    auto attention = layOutSequenceDiagram(diagram(Kind::SelfAttention, 11, 11, -1, 7, 1), area, font, "a", "b");
    REQUIRE(attention.path.size() == 1);
    CHECK(attention.path[0].from == 7);
    CHECK(attention.path[0].to == 1);
    REQUIRE(attention.badges.size() == 1);
    CHECK(attention.badges[0].number == 1);
    CHECK(attention.edges.size() == 121); // every pair, links not given

    // An RNN's output never sees a later input; a masked pair has no line and no path.
    CHECK(layOutSequenceDiagram(diagram(Kind::Recurrent, 11, 11, -1, 7, 1), area, font, "a", "h").path.empty());
    SequenceDiagramData masked = diagram(Kind::SelfAttention, 4, 4, -1, 3, 1);
    masked.links = Matrix::Ones(4, 4).triangularView<Eigen::Lower>(); // causal: t reads s ≤ t
    const auto causal = layOutSequenceDiagram(masked, area, font, "a", "b");
    CHECK(causal.path.empty());
    CHECK(causal.edges.size() == 10);
    masked.pathFrom = 1;
    masked.pathTo = 3;
    CHECK(layOutSequenceDiagram(masked, area, font, "a", "b").path.size() == 1);
}

TEST_CASE("hovering a sequence diagram names the box or arrow under the pointer", "[sequence_diagram]") {
    SequenceDiagramView view;
    view.resize(640, 260);
    view.show(); // laid out at its own size
    view.setData(diagram(Kind::Recurrent, 6, 4, 3));
    view.replot();
    const SequenceDiagramLayout layout = view.currentLayout();
    const QString state = view.describeAt(layout.outputs[3].center());
    CHECK(state.contains("h⁴"));
    CHECK(state.contains("waits for h³"));
    CHECK(view.describeAt(layout.inputs[1].center()).contains("animal"));
    const DiagramEdge& chain = layout.edges.back(); // h⁵ → h⁶
    REQUIRE(chain.kind == DiagramEdge::Kind::OutputToOutput);
    CHECK(view.describeAt(chain.line.center()) == "h⁶ waits for h⁵");
    CHECK(view.describeAt(QPointF(2, 2)).isEmpty());

    SequenceDiagramData weighted = diagram(Kind::SelfAttention, 3, 3, -1);
    weighted.links = Matrix::Constant(3, 3, 0.25);
    view.setData(weighted);
    view.replot();
    const QLineF line = view.currentLayout().edges.front().line;
    CHECK(view.describeAt(line.pointAt(0.5)).contains("0.25"));
}

TEST_CASE("a sequence diagram's type follows the font, as presentation mode enlarges it", "[sequence_diagram]") {
    SequenceDiagramView view;
    view.resize(640, 260);
    view.show();
    view.setData(diagram(Kind::Recurrent, 4, 2, 1));
    const double before = view.currentLayout().captionFont.pointSizeF();
    QFont larger = view.font();
    larger.setPointSizeF(before * 1.6);
    view.setFont(larger);
    CHECK(view.currentLayout().captionFont.pointSizeF() > before * 1.5);
    CHECK_FALSE(view.image(1.0, QSize(900, 360)).isNull());
}

TEST_CASE("a lesson page shows sequence diagrams and exports them as pictures, not tables", "[sequence_diagram]") {
    test::PageOf lesson(std::make_shared<DiagramLesson>(), test::sampleTrace("animal-street.json"));
    QList<PlotView*> plots = lesson->visiblePlots();
    REQUIRE(plots.size() == 2);
    const auto* rnn = qobject_cast<SequenceDiagramView*>(plots[0]);
    const auto* attention = qobject_cast<SequenceDiagramView*>(plots[1]);
    REQUIRE(rnn != nullptr);
    REQUIRE(attention != nullptr);
    CHECK(rnn->data().id == "rnn_steps");
    CHECK(rnn->data().computed == 4);
    CHECK(attention->data().kind == Kind::SelfAttention);
    CHECK(attention->data().pathFrom == 7);

    QTemporaryDir folder;
    for (ExportFormat format : {ExportFormat::Png, ExportFormat::Svg}) {
        QString error;
        const QList<ExportedFile> files = exportCurrentStep(lesson.page, folder.path(), {format, 1.0, true}, &error);
        INFO(error.toStdString());
        REQUIRE(files.size() == 3); // the two diagrams and the page
        const QString first = QDir(folder.path()).filePath(files[0].file);
        CHECK(files[0].file == QString("diagrams-step1-rnn_steps.%1").arg(extensionOf(format)));
        if (format == ExportFormat::Png) {
            const QImage image(first);
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == plotExportSize);
            CHECK(nonWhitePixels(image) > 2000);
        } else {
            QFile svg(first);
            REQUIRE(svg.open(QIODevice::ReadOnly));
            const QByteArray text = svg.readAll();
            CHECK(text.contains("<text"));
            CHECK(text.contains("animal"));
        }
    }
    QString error;
    CHECK(exportCurrentStep(lesson.page, folder.path(), {ExportFormat::Csv, 1.0, false}, &error).isEmpty());
    CHECK(error.isEmpty());

    // Another kind of plot takes the diagrams' place, and they come back.
    lesson.setStep(1);
    REQUIRE(lesson->visiblePlots().size() == 1);
    CHECK(qobject_cast<HeatmapView*>(lesson->visiblePlots()[0]) != nullptr);
    lesson.setStep(0);
    REQUIRE(lesson->visiblePlots().size() == 2);
    CHECK(qobject_cast<SequenceDiagramView*>(lesson->visiblePlots()[1])->data().id == "attention_steps");
}
