#include "ui/lessons/transformer/masked_attention_maps.h"

#include "ui/notation.h"

#include <QCoreApplication>

#include <cmath>

namespace al {

namespace {
// The context of these maps' texts in the translations.
struct MaskedAttentionMaps {
    Q_DECLARE_TR_FUNCTIONS(al::MaskedAttentionMaps)
};
} // namespace

HeatmapData causalMaskMap(const QString& id, std::shared_ptr<const MaskMatrix> mask, const QStringList& tokens) {
    HeatmapData map{id,
                    MaskedAttentionMaps::tr("Causal mask M (1: may attend)"),
                    SharedMatrix::ofMask(std::move(mask)),
                    tokens,
                    tokens,
                    MaskedAttentionMaps::tr("query"),
                    MaskedAttentionMaps::tr("key"),
                    ColorScheme::Mask,
                    nullptr};
    map.describe = [tokens](int row, int column, double value) {
        return (value != 0 ? MaskedAttentionMaps::tr("%1 may attend to %2")
                           : MaskedAttentionMaps::tr("%1 may not attend to %2: it comes later"))
            .arg(tokens.value(row).toHtmlEscaped(), tokens.value(column).toHtmlEscaped());
    };
    return map;
}

HeatmapData maskedScoresMap(const QString& id, const SharedMatrix& scores, std::shared_ptr<const MaskMatrix> mask,
                            const QStringList& tokens) {
    HeatmapData map{id,
                    MaskedAttentionMaps::tr("Scores α / √dₕ, masked = −∞"),
                    scores.maskedBy(std::move(mask)),
                    tokens,
                    tokens,
                    MaskedAttentionMaps::tr("query"),
                    MaskedAttentionMaps::tr("key"),
                    ColorScheme::Diverging,
                    nullptr};
    map.describe = [](int row, int column, double value) {
        if (std::isnan(value)) return MaskedAttentionMaps::tr("%1 = −∞: masked").arg(notation::sub("α", row, column));
        return MaskedAttentionMaps::tr("%1 = %2").arg(notation::sub("α", row, column), notation::number(value, 4));
    };
    return map;
}

} // namespace al
