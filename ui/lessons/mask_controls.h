#pragma once
// The masks lesson's controls: the mask composer, beside the plots, editing the document's
// masks. The steps read the masks by value (state()); a click on a cell of M switches that
// query–key pair off or on. Composing is step 1: on the page, the other steps get the width.
#include "core/attention/model.h"
#include "ui/lessons/lesson_controls.h"

#include <vector>

namespace al {

class AttentionDocument;
class MaskComposer;

class MaskControls : public LessonControls {
    Q_OBJECT
public:
    explicit MaskControls(AttentionDocument& document, QWidget* parent = nullptr);

    Placement placement() const override { return Placement::Beside; }
    // The document's masks (a std::vector<MaskSpec>), copied.
    std::shared_ptr<const void> state() const override;
    // A click on M ("mask"): the pair off or on, or a tooltip naming the mask that forbids it.
    void cellClicked(const QString& plotId, int row, int column) override;
    MaskComposer* composer() const { return composer_; }

protected:
    bool event(QEvent* event) override; // put on a page: shown with its first step only

private:
    void showDocumentMasks(); // the composer shows the document's masks and tokens

    AttentionDocument& document_;
    MaskComposer* composer_;
};

} // namespace al
