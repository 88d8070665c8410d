#include "ui/mask_notice.h"

#include "core/attention/masks.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace al {

namespace {
struct MaskNotice { // the translation context of the texts below
    Q_DECLARE_TR_FUNCTIONS(MaskNotice)
};
} // namespace

QString maskName(const MaskSpec& mask) {
    if (std::holds_alternative<CausalMask>(mask)) return MaskNotice::tr("causal");
    if (const auto* p = std::get_if<PaddingMask>(&mask))
        return MaskNotice::tr("padding (valid length %1)").arg(p->validLength);
    if (const auto* w = std::get_if<WindowMask>(&mask)) return MaskNotice::tr("window (radius %1)").arg(w->radius);
    if (const auto* g = std::get_if<GraphMask>(&mask))
        return g->directed ? MaskNotice::tr("directed graph (%n edge(s))", nullptr, int(g->edges.size()))
                           : MaskNotice::tr("graph (%n edge(s))", nullptr, int(g->edges.size()));
    const auto& custom = std::get<CustomMask>(mask);
    return MaskNotice::tr("%n cell(s) switched off", nullptr, int((custom.matrix.array() == 0).count()));
}

QString maskSummary(const std::vector<MaskSpec>& masks) {
    QStringList names;
    for (const MaskSpec& mask : masks)
        names << maskName(mask);
    return names.join(MaskNotice::tr(", "));
}

QString activeMaskNotice(const std::vector<MaskSpec>& masks, const Trace& trace, const QString& lessonId, int step) {
    const bool throughMasks = lessonId == "walkthrough" || lessonId == "matrix" || lessonId == "multihead" ||
                              (lessonId == "positional" && step == 3) || (lessonId == "scoring" && step <= 2);
    if (masks.empty() || !throughMasks) return {};
    const auto allowed = std::count(trace.mask.data(), trace.mask.data() + trace.mask.size(), std::uint8_t(1));
    const int n = trace.tokenCount();
    return MaskNotice::tr(
               "<p style=\"color:#7a4a00\"><b>Masks on: %1.</b> They forbid some query–key pairs (%2 of %3 allowed), "
               "whose weights α′ are 0 in these pictures. Change them in the Masks lesson.</p>")
        .arg(maskSummary(masks).toHtmlEscaped())
        .arg(qlonglong(allowed))
        .arg(qlonglong(n) * n);
}

QString forbiddingMasks(const std::vector<MaskSpec>& masks, int query, int key, int tokens) {
    QStringList names;
    for (const MaskSpec& mask : masks) {
        if (std::holds_alternative<CustomMask>(mask)) continue; // the toggled cells themselves
        if (query < tokens && key < tokens && !allows(mask, query, key)) names << maskName(mask);
    }
    if (names.size() <= 1) return names.value(0);
    const QString last = names.takeLast();
    return MaskNotice::tr("%1 and %2").arg(names.join(MaskNotice::tr(", ")), last);
}

} // namespace al
