#pragma once
// "Convolution versus self-attention" (MATH.md §8), the teachers' demo: receptive fields of
// stacked convolutions against self-attention's, then self-attention with K² heads that is
// a convolution, sharpening to it as γ grows. Live computation on an image of pixel tokens.
#include "core/matrix.h"
#include "ui/lessons/lesson.h"

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTableWidget;

namespace al {

class ConvolutionLesson : public Lesson {
    Q_OBJECT
public:
    explicit ConvolutionLesson(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("convolution"); }
    QString title() const override { return tr("Convolution versus self-attention"); }
    int stepCount() const override { return 3; }
    QString stepTitle(int step) const override;
    QList<PlotView*> visiblePlots() const override;

    // For tests and the command line: what the lesson shows.
    QString openImage(const QString& path); // "" or why not
    void setKernel(const Matrix& kernel);
    // The user's change of the kernel (a cell, or another kernel chosen): undoable.
    void editKernel(const Matrix& kernel, const QString& description);
    QUndoStack* undoStack() const override { return undoStack_; }
    void setGamma(double gamma);
    void setPixel(int row, int column);
    const Matrix& image() const { return image_; }
    const Matrix& kernel() const { return kernel_; }
    double gamma() const { return gamma_; }

protected:
    void refresh() override;
    void showSources(int, int, int) override {}

private:
    QWidget* createControls();
    void showPanels(int count, bool kernelTable);
    void showKernelInTable();
    void drawReceptiveFields();
    void drawHeads();
    void drawOutputs();
    void redraw(); // after a control changed: the same as a new trace

    Matrix image_, kernel_;
    QUndoStack* undoStack_;
    QString imageName_;
    double gamma_ = 1.0;
    int pixelRow_ = 0, pixelColumn_ = 0;
    std::array<HeatmapView*, 3> maps_{};
    QComboBox* images_;
    QComboBox* kernels_;
    QSlider* gammaSlider_;
    QLabel* gammaLabel_;
    QComboBox* fieldKernel_;
    QSpinBox* layers_;
    QCheckBox* positional_;
    QTableWidget* kernelTable_;
};

} // namespace al
