#pragma once
// The causal mask M over a decoder's tokens (drawn as a mask: who may attend to whom) and
// the scores read through it (masked = −∞), as the GPT and encoder–decoder lessons show
// them beside α′. Rows are queries, columns keys: the same tokens on both axes.
#include "ui/widgets/heatmap_data.h"

#include <QStringList>

#include <memory>

namespace al {

HeatmapData causalMaskMap(const QString& id, std::shared_ptr<const MaskMatrix> mask, const QStringList& tokens);
// `scores` (R × R, α / √d_h before the mask) read through `mask`.
HeatmapData maskedScoresMap(const QString& id, const SharedMatrix& scores, std::shared_ptr<const MaskMatrix> mask,
                            const QStringList& tokens);

} // namespace al
