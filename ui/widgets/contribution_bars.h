#pragma once
// b = Σ_j α′_j vʲ drawn as stacked bars: for each dimension of b, one bar segment per key
// j of height α′_j vʲ_d, so the segments visibly add up to b_d (marked with a dot).
#include "core/base/matrix.h"

#include "ui/widgets/contribution_data.h"
#include "ui/widgets/plot_view.h"

namespace al {

class ContributionBars : public PlotView {
    Q_OBJECT
public:
    explicit ContributionBars(QWidget* parent = nullptr);

    void setData(const ContributionData& data) {
        setContributions(data.id, data.title, data.contributions, data.total, data.keyLabels);
    }
    // contributions: keys × d_v, row j = α′_j vʲ; total: 1 × d_v, b.
    void setContributions(const QString& id, const QString& title, const Matrix& contributions, const RowVector& total,
                          const QStringList& keyLabels);

protected:
    // The legend beside the bars wraps into more columns when its entries are taller than the
    // plot (many keys, or presentation's large type), rather than squeezing the title.
    void fitToLayout() override;
};

} // namespace al
