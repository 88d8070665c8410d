#include "ui/widgets/mask_composer.h"

#include "core/attention/masks.h"
#include "ui/mask_notice.h"
#include "ui/widgets/graph_editor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace al {

MaskComposer::MaskComposer(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    causal_ = new QCheckBox(tr("causal: only keys up to the query"), this);
    causal_->setToolTip(tr("The decoder's masked self-attention: query i sees keys 1 … i"));
    padding_ = new QCheckBox(tr("padding: valid length"), this);
    padding_->setToolTip(tr("Keys beyond the valid length are padding and get no attention"));
    validLength_ = new QSpinBox(this);
    validLength_->setToolTip(padding_->toolTip());
    window_ = new QCheckBox(tr("window: radius"), this);
    window_->setToolTip(tr("Truncated self-attention (speech): query i sees keys i − w … i + w"));
    radius_ = new QSpinBox(this);
    radius_->setRange(0, std::numeric_limits<int>::max());
    radius_->setToolTip(window_->toolTip());
    graphOn_ = new QCheckBox(tr("graph: attend along edges"), this);
    graphOn_->setToolTip(tr("Self-attention on a graph: a node attends to itself and its neighbours"));
    directed_ = new QCheckBox(tr("directed"), this);
    directed_->setToolTip(tr("An edge (i, j) lets i attend to j only, not j to i"));
    graph_ = new GraphEditor(this);
    customNote_ = new QLabel(this);
    customNote_->setWordWrap(true);
    auto* clear = new QPushButton(tr("Clear toggled cells"), this);
    clear->setToolTip(tr("Forget the cells toggled by clicking M"));

    form->addRow(causal_);
    auto* paddingRow = new QHBoxLayout;
    paddingRow->addWidget(padding_);
    paddingRow->addWidget(validLength_);
    form->addRow(paddingRow);
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(window_);
    windowRow->addWidget(radius_);
    form->addRow(windowRow);
    auto* graphRow = new QHBoxLayout;
    graphRow->addWidget(graphOn_);
    graphRow->addWidget(directed_);
    form->addRow(graphRow);
    layout->addLayout(form);
    layout->addWidget(graph_, 1);
    layout->addWidget(customNote_);
    layout->addWidget(clear);

    for (QCheckBox* box : {causal_, padding_, window_, graphOn_, directed_})
        connect(box, &QCheckBox::toggled, this, &MaskComposer::changed);
    for (QSpinBox* box : {validLength_, radius_})
        connect(box, &QSpinBox::valueChanged, this, &MaskComposer::changed);
    connect(graph_, &GraphEditor::edgesChanged, this, [this] {
        if (!graphOn_->isChecked())
            graphOn_->setChecked(true); // editing the graph switches it on
        else
            changed();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        custom_ = MaskMatrix::Ones(tokens_, tokens_);
        changed();
    });
}

void MaskComposer::showMasks(const std::vector<MaskSpec>& masks, const QStringList& tokens) {
    showing_ = true;
    tokens_ = int(tokens.size());
    labels_ = tokens;
    validLength_->setRange(1, std::max(tokens_, 1));
    custom_ = MaskMatrix::Ones(tokens_, tokens_);
    bool causal = false, padding = false, window = false, graph = false;
    GraphMask shownGraph;
    for (const MaskSpec& mask : masks) {
        if (std::holds_alternative<CausalMask>(mask) && !causal) {
            causal = true;
        } else if (const auto* p = std::get_if<PaddingMask>(&mask); p && !padding) {
            padding = true;
            validLength_->setValue(p->validLength);
        } else if (const auto* w = std::get_if<WindowMask>(&mask); w && !window) {
            window = true;
            radius_->setValue(w->radius);
        } else if (const auto* g = std::get_if<GraphMask>(&mask); g && !graph) {
            graph = true;
            shownGraph = *g;
        } else {
            custom_ = custom_.cwiseProduct(buildMask(mask, tokens_));
        }
    }
    causal_->setChecked(causal);
    padding_->setChecked(padding);
    window_->setChecked(window);
    graphOn_->setChecked(graph);
    directed_->setChecked(shownGraph.directed);
    graph_->setGraph(tokens, shownGraph.edges, shownGraph.directed);
    showCustomNote();
    showing_ = false;
}

void MaskComposer::showCustomNote() {
    const int toggled = int((custom_.array() == 0).count());
    customNote_->setText(toggled ? tr("%n cell(s) switched off by clicking M.", nullptr, toggled)
                                 : tr("Click a cell of M to switch it off or on."));
}

std::vector<MaskSpec> MaskComposer::masks() const {
    std::vector<MaskSpec> masks;
    if (causal_->isChecked()) masks.emplace_back(std::in_place_type<CausalMask>);
    if (padding_->isChecked()) masks.emplace_back(std::in_place_type<PaddingMask>, validLength_->value());
    if (window_->isChecked()) masks.emplace_back(std::in_place_type<WindowMask>, radius_->value());
    if (graphOn_->isChecked())
        masks.emplace_back(std::in_place_type<GraphMask>, graph_->edges(), directed_->isChecked());
    if (!custom_.isOnes()) masks.emplace_back(std::in_place_type<CustomMask>, custom_);
    return masks;
}

QString MaskComposer::toggleCell(int query, int key) {
    if (query < 0 || key < 0 || query >= tokens_ || key >= tokens_) return {};
    const QString forbidding = forbiddingMasks(masks(), query, key, tokens_);
    if (!forbidding.isEmpty()) {
        const QString refusal =
            tr("%1 → %2 stays off: another mask forbids it (%3). Switch that mask off above to change this pair.")
                .arg(labels_.value(query), labels_.value(key), forbidding);
        customNote_->setText(refusal);
        return refusal;
    }
    custom_(query, key) = custom_(query, key) ? 0 : 1;
    changed();
    return {};
}

void MaskComposer::changed() {
    if (showing_) return;
    graph_->setDirected(directed_->isChecked());
    emit masksChanged(masks());
}

} // namespace al
