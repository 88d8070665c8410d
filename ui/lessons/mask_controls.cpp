#include "ui/lessons/mask_controls.h"

#include "ui/attention_document.h"
#include "ui/lesson_page.h"
#include "ui/notation.h"
#include "ui/widgets/mask_composer.h"

#include <QCursor>
#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>

namespace al {

MaskControls::MaskControls(AttentionDocument& document, QWidget* parent)
    : LessonControls(parent), document_(document), composer_(new MaskComposer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    composer_->setMaximumWidth(320);
    layout->addWidget(composer_);
    setMaximumWidth(320);
    // A change goes to the document, whose new trace has the page describe the step anew; a
    // change it refuses leaves the composer showing the document's masks again.
    connect(composer_, &MaskComposer::masksChanged, this, [this](const std::vector<MaskSpec>& masks) {
        if (const QString refusal = document_.setMasks(masks); !refusal.isEmpty()) showDocumentMasks();
    });
    // Undo, another sample, a renamed token: the composer follows the document.
    connect(&document_, &AttentionDocument::traceChanged, this, &MaskControls::showDocumentMasks);
    showDocumentMasks();
}

void MaskControls::showDocumentMasks() {
    const std::shared_ptr<const Trace> trace = document_.trace();
    if (!trace) return;
    composer_->showMasks(document_.sample().model.masks, notation::tokenLabels(trace->tokens));
}

bool MaskControls::event(QEvent* event) {
    if (event->type() == QEvent::ParentChange)
        if (auto* page = qobject_cast<LessonPage*>(parentWidget()))
            connect(page, &LessonPage::contentChanged, this, [this, page] { setVisible(page->step() == 0); });
    return LessonControls::event(event);
}

std::shared_ptr<const void> MaskControls::state() const {
    return std::make_shared<const std::vector<MaskSpec>>(document_.sample().model.masks);
}

void MaskControls::cellClicked(const QString& plotId, int row, int column) {
    if (plotId != QLatin1String("mask")) return;
    // A pair another mask forbids stays as it is, and the click says which mask that is.
    if (const QString refusal = composer_->toggleCell(row, column); !refusal.isEmpty())
        QToolTip::showText(QCursor::pos(), refusal, this);
}

} // namespace al
