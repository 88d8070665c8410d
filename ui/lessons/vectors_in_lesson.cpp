#include "ui/lessons/vectors_in_lesson.h"

#include "ui/notation.h"

namespace al {

namespace n = notation;

StepContent VectorsInLesson::describe(const LessonInput& input, Cancellation&) const {
    const std::shared_ptr<const Trace>& shared = input.trace;
    const Trace& t = *shared;
    const QStringList tokens = n::tokenLabels(t.tokens);
    StepContent content;
    // One row per token: the query's row outlined, a click on a row follows that token.
    auto tokenMatrix = [&](const QString& id, const QString& title, const Matrix& m, const QString& symbol) {
        HeatmapData d{id,          title,           ofTrace(shared, m),     tokens, n::indexLabels(int(m.cols())),
                      tr("token"), tr("dimension"), ColorScheme::Diverging, nullptr};
        d.describe = [symbol, shared](int row, int column, double value) {
            return QString("%1[%2] = %3 (%4)")
                .arg(n::sup(symbol, row))
                .arg(column + 1)
                .arg(n::number(value, 4))
                .arg(n::tokenLabel(shared->tokens, row));
        };
        PlotContent plot{std::move(d)};
        plot.outlineRow = input.query;
        plot.clicks = PlotContent::Clicks::RowIsQuery;
        content.plots.push_back(std::move(plot));
    };
    const bool positional = t.config.positional != PositionalEncoding::None;
    tokenMatrix("inputs", tr("The inputs aⁱ  (%1 × %2)").arg(t.tokenCount()).arg(t.config.dModel), t.inputs, "a");
    if (positional) {
        tokenMatrix("positional", tr("Positional vectors eⁱ (%1)").arg(n::positionalName(t.config.positional)),
                    t.positional, "e");
        tokenMatrix("x", tr("What the layer sees: xⁱ = aⁱ + eⁱ"), t.x, "x");
    }
    // xⁱ = aⁱ + eⁱ: any cell of one of the three is made of the same row of the others.
    const int shown = int(content.plots.size());
    content.sources = [shown](int, int row, int) {
        std::vector<SourceCell> cells;
        for (int p = 0; p < shown; ++p)
            cells.push_back({p, row, -1});
        return cells;
    };

    content.explanation =
        tr("<p><b>%1</b></p><p>%2</p><p>Self-attention receives N = %3 vectors a<sup>1</sup> … "
           "a<sup>%3</sup>, one per token, each with d<sub>model</sub> = %4 numbers: one row of the heatmap "
           "per token. Whatever they stand for — words, speech frames, atoms, people — the layer sees "
           "only these numbers.</p>")
            .arg(QString::fromStdString(t.title).toHtmlEscaped(), QString::fromStdString(t.description).toHtmlEscaped())
            .arg(t.tokenCount())
            .arg(t.config.dModel);
    if (positional)
        content.explanation +=
            tr("<p>This model adds a positional vector e<sup>i</sup> to each input, so the layer also "
               "knows where each token stands.</p>");
    return content;
}

} // namespace al
