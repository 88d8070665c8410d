#pragma once
// The convolution lesson's controls: the image (every pixel a token), the kernel w with its
// cells editable (an undo stack of kernel edits), the heads' focus γ, the query pixel, and
// the stacked convolutions whose receptive field is outlined. The steps read all of it by
// value (ConvolutionState).
#include "core/base/matrix.h"
#include "ui/lessons/lesson_controls.h"

#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace al {

// What the convolution lesson's steps are made from (LessonInput::own).
struct ConvolutionState {
    Matrix image;      // H × W grey levels; empty when no image could be opened
    QString imageName; // the file's name, for the picture's title
    Matrix kernel;     // K × K, K odd
    double gamma = 1.0;
    int pixelRow = 0, pixelColumn = 0; // the query pixel, 0-based
    int fieldKernel = 3;               // K of the stacked convolutions' receptive field
    int layers = 1;                    // L, how many of them
    bool positional = false;           // the self-attention field's features with positions
};

class ConvolutionControls : public LessonControls {
    Q_OBJECT
public:
    // Starts with the bundled digit 3 and the Laplacian edge kernel (the box blur without them).
    explicit ConvolutionControls(QWidget* parent = nullptr);

    std::shared_ptr<const void> state() const override; // a ConvolutionState
    QUndoStack* undoStack() const override { return undoStack_; }
    // A click on the image (or the convolution's output) moves the query pixel there.
    void cellClicked(const QString& plotId, int row, int column) override;

    QString openImage(const QString& path); // "" or why not; a failed open keeps the image
    void setKernel(const Matrix& kernel);   // from code: no edit to undo
    // The user's change of the kernel (a cell, or another kernel chosen): undoable.
    void editKernel(const Matrix& kernel, const QString& description);
    void setGamma(double gamma);
    void setPixel(int row, int column); // clamped to the image
    const Matrix& image() const { return image_; }
    const Matrix& kernel() const { return kernel_; }
    double gamma() const { return gamma_; }

private:
    void buildControls();
    void showKernelInTable();
    void showGamma();

    Matrix image_, kernel_;
    QString imageName_;
    double gamma_ = 1.0;
    int pixelRow_ = 0, pixelColumn_ = 0;
    QUndoStack* undoStack_;
    QComboBox* images_ = nullptr;
    QComboBox* kernels_ = nullptr;
    QSlider* gammaSlider_ = nullptr;
    QLabel* gammaLabel_ = nullptr;
    QComboBox* fieldKernel_ = nullptr;
    QSpinBox* layers_ = nullptr;
    QCheckBox* positional_ = nullptr;
    QTableWidget* kernelTable_ = nullptr;
};

} // namespace al
