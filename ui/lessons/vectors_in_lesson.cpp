#include "ui/lessons/vectors_in_lesson.h"

#include "ui/notation.h"

#include <QHBoxLayout>

namespace al {

namespace n = notation;

VectorsInLesson::VectorsInLesson(QWidget* parent) : Lesson(parent) {
    auto* layout = new QHBoxLayout(this);
    for (auto& map : maps_) {
        map = new HeatmapView(this);
        layout->addWidget(map, 1);
    }
    for (int panel = 0; panel < 3; ++panel) connectHover(maps_[std::size_t(panel)], panel);
}

QList<PlotView*> VectorsInLesson::visiblePlots() const { return shownAmong({maps_[0], maps_[1], maps_[2]}); }

void VectorsInLesson::refresh() {
    const std::shared_ptr<const Trace> shared = trace();
    const Trace& t = *shared;
    const QStringList tokens = n::tokenLabels(t.tokens);
    auto tokenMatrix = [&](const QString& id, const QString& title, const Matrix& m, const QString& symbol) {
        HeatmapData d{id, title, m, tokens, n::indexLabels(int(m.cols())), tr("token"), tr("dimension"),
                      ColorScheme::Diverging, nullptr};
        d.describe = [symbol, shared](int row, int column, double value) {
            return QString("%1[%2] = %3 (%4)").arg(n::sup(symbol, row)).arg(column + 1).arg(n::number(value, 4))
                .arg(n::tokenLabel(shared->tokens, row));
        };
        return d;
    };
    const bool positional = t.config.positional != PositionalEncoding::None;
    maps_[0]->setData(tokenMatrix("inputs", tr("The inputs aⁱ  (%1 × %2)").arg(t.tokenCount()).arg(t.config.dModel),
                                  t.inputs, "a"));
    maps_[1]->setHidden(!positional);
    maps_[2]->setHidden(!positional);
    if (positional) {
        maps_[1]->setData(tokenMatrix("positional", tr("Positional vectors eⁱ (%1)").arg(n::positionalName(t.config.positional)),
                                      t.positional, "e"));
        maps_[2]->setData(tokenMatrix("x", tr("What the layer sees: xⁱ = aⁱ + eⁱ"), t.x, "x"));
    }
    for (HeatmapView* map : maps_) highlightQuery(map); // rows are tokens: a click follows that one

    explanation_ = tr("<p><b>%1</b></p><p>%2</p><p>Self-attention receives N = %3 vectors a<sup>1</sup> … "
                      "a<sup>%3</sup>, one per token, each with d<sub>model</sub> = %4 numbers: one row of the heatmap "
                      "per token. Whatever they stand for — words, speech frames, atoms, people — the layer sees "
                      "only these numbers.</p>")
                       .arg(QString::fromStdString(t.title).toHtmlEscaped(), QString::fromStdString(t.description).toHtmlEscaped())
                       .arg(t.tokenCount()).arg(t.config.dModel);
    if (positional)
        explanation_ += tr("<p>This model adds a positional vector e<sup>i</sup> to each input, so the layer also "
                           "knows where each token stands.</p>");
}

} // namespace al

namespace al {
// xⁱ = aⁱ + eⁱ: any cell of one of the three is made of the same cell of the others.
void VectorsInLesson::showSources(int, int row, int) {
    for (HeatmapView* map : maps_) map->setSourceHighlight(row, -1);
}
} // namespace al
