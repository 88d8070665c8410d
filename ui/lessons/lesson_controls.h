#pragma once
// A lesson's own controls, for the lessons that show more than the sample (the convolution
// lesson's image and kernel, the masks lesson's composer). The page puts them above or
// beside its plots and describes the step anew whenever they change.
#include <QWidget>

#include <memory>

class QUndoStack;

namespace al {

class LessonControls : public QWidget {
    Q_OBJECT
public:
    enum class Placement { Above, Beside };
    using QWidget::QWidget;

    virtual Placement placement() const { return Placement::Above; }
    // Whether the controls belong on step `step` (hidden on the others).
    virtual bool shownAt(int /*step*/) const { return true; }
    // What the lesson's describe() reads (LessonInput::own): a copy, by value, that a worker
    // thread may read while the user goes on changing the controls.
    virtual std::shared_ptr<const void> state() const = 0;
    // Whether state() is there to describe from: false while the controls still load what
    // they show (a model file); they emit changed() once it is.
    virtual bool isReady() const { return true; }
    // The controls' own edits, for Edit → Undo while the lesson is shown; null for none.
    virtual QUndoStack* undoStack() const { return nullptr; }
    // A click on a cell of the step's plot `plotId` (the convolution lesson picks a pixel).
    virtual void cellClicked(const QString& /*plotId*/, int /*row*/, int /*column*/) {}
    // A click on a query's row (or column) of a plot: true when the controls follow it
    // themselves (then the window's query stays as it is).
    virtual bool takeQuery(int /*query*/) { return false; }
    // In presentation mode, Space and → on step `step`: the lesson's own when it has something
    // that runs (training, an animation) — true when the controls took the key; otherwise Space
    // and → go to the next step.
    virtual bool presentSpace(int /*step*/) { return false; }
    // Takes over what state() read from controls built for the same lesson before (the window is
    // rebuilt in another language): the new controls show the same settings. Default: none kept.
    virtual void takeOver(const std::shared_ptr<const void>& /*state*/) {}
    virtual bool presentNext(int /*step*/) { return false; }

signals:
    void changed(); // the state changed: the step is described anew
};

} // namespace al
