#pragma once
// What the stacked bars of b = Σ_j α′_j vʲ show, by value: for each dimension d of b one
// bar segment per key j of height α′_j vʲ_d.
#include "core/base/matrix.h"

#include <QString>
#include <QStringList>

namespace al {

struct ContributionData {
    QString id;
    QString title;
    Matrix contributions; // keys × d_v, row j = α′_j vʲ
    RowVector total;      // 1 × d_v, b
    QStringList keyLabels;
};

} // namespace al
