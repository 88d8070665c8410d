#include "ui/lessons/convolution_controls.h"

#include "core/base/input_error.h"
#include "core/convolution/convolution.h"
#include "core/io/gray_image.h"
#include "ui/core_messages.h"
#include "ui/image_loading.h"
#include "ui/lessons/convolution_lesson.h"
#include "ui/notation.h"
#include "ui/sample_catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

// The texts are the lesson's: translated in its context (ConvolutionLesson::tr).

namespace al {

namespace {
// The γ slider is logarithmic: position p ∈ [−100, 200] ↦ γ = 10^(p/100), 0.1 … 100.
int sliderPosition(double gamma) {
    return int(std::lround(100 * std::log10(gamma)));
}
double gammaAt(int position) {
    return std::pow(10.0, position / 100.0);
}

// A change of the kernel, for undo: the kernel before and after.
class KernelEdit : public QUndoCommand {
public:
    KernelEdit(ConvolutionControls& controls, Matrix before, Matrix after, const QString& text)
        : QUndoCommand(text), controls_(controls), before_(std::move(before)), after_(std::move(after)) {}
    void undo() override { controls_.setKernel(before_); }
    void redo() override { controls_.setKernel(after_); }

private:
    ConvolutionControls& controls_;
    Matrix before_, after_;
};
} // namespace

ConvolutionControls::ConvolutionControls(QWidget* parent) : LessonControls(parent), undoStack_(new QUndoStack(this)) {
    buildControls();
    // The bundled digit and kernel to start with.
    const QString folder = samplesFolder();
    if (!folder.isEmpty()) openImage(folder + "/images/digit-3.pgm");
    {
        const QSignalBlocker blocker(images_);
        images_->setCurrentIndex(std::max(0, images_->findText("digit-3")));
    }
    kernel_ = Matrix::Ones(3, 3) / 9.0;
    if (kernels_->count() > 0) {
        const int laplacian = std::max(0, kernels_->findText(ConvolutionLesson::tr("edges (Laplacian)")));
        const QSignalBlocker blocker(kernels_);
        kernels_->setCurrentIndex(laplacian);
        try {
            kernel_ = loadKernel(kernels_->itemData(laplacian).toString().toStdString());
        } catch (const InputError&) { // a broken bundled kernel: the box blur instead
        }
    }
    showKernelInTable();
    showGamma();
}

void ConvolutionControls::buildControls() {
    auto* columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* rows = new QVBoxLayout;
    auto* row = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(second);
    rows->addStretch(1);
    columns->addLayout(rows, 1);
    images_ = new QComboBox(this);
    images_->setObjectName("images"); // file names: content, not interface text
    images_->setToolTip(ConvolutionLesson::tr("The image: every pixel is a token"));
    kernels_ = new QComboBox(this);
    kernels_->setToolTip(
        ConvolutionLesson::tr("The convolution kernel w (its cells can be edited beside the pictures)"));
    const QString folder = samplesFolder();
    for (const QFileInfo& file : QDir(folder + "/images").entryInfoList({"*.pgm", "*.png"}, QDir::Files, QDir::Name))
        images_->addItem(file.completeBaseName(), file.filePath());
    for (const QFileInfo& file : QDir(folder + "/kernels").entryInfoList({"*.json"}, QDir::Files, QDir::Name)) {
        QFile json(file.filePath());
        const QString title = json.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(json.readAll()).object()["title"].toString()
                                  : QString();
        kernels_->addItem(title.isEmpty() ? file.completeBaseName() : notation::kernelTitle(title), file.filePath());
    }
    auto* open = new QPushButton(ConvolutionLesson::tr("Open image…"), this);
    open->setToolTip(ConvolutionLesson::tr("A PGM or PNG, turned grey and reduced to at most 64 × 64 pixels"));
    gammaSlider_ = new QSlider(Qt::Horizontal, this);
    gammaSlider_->setRange(-100, 200);
    gammaSlider_->setValue(sliderPosition(gamma_));
    gammaSlider_->setToolTip(
        ConvolutionLesson::tr("γ: how sharply each head focuses on its own shift. Drag it up: the heads become "
                              "one-hot and attention becomes the convolution"));
    gammaLabel_ = new QLabel(this);
    fieldKernel_ = new QComboBox(this);
    for (int k : {3, 5, 7})
        fieldKernel_->addItem(QString("%1 × %1").arg(k), k);
    fieldKernel_->setToolTip(
        ConvolutionLesson::tr("The kernel size K of the stacked convolutions whose receptive field is outlined"));
    layers_ = new QSpinBox(this);
    layers_->setRange(1, 8);
    layers_->setPrefix(ConvolutionLesson::tr("layers: "));
    layers_->setToolTip(ConvolutionLesson::tr("L, how many K × K convolutions are stacked"));
    positional_ = new QCheckBox(ConvolutionLesson::tr("positions"), this);
    positional_->setToolTip(
        ConvolutionLesson::tr("Add a 2-D positional encoding to the pixel features of the self-attention field"));
    row->addWidget(new QLabel(ConvolutionLesson::tr("Image"), this));
    row->addWidget(images_);
    row->addWidget(open);
    row->addWidget(new QLabel(ConvolutionLesson::tr("Kernel"), this));
    row->addWidget(kernels_);
    row->addStretch(1);
    second->addWidget(new QLabel(ConvolutionLesson::tr("Heads' focus γ"), this));
    second->addWidget(gammaSlider_, 1);
    second->addWidget(gammaLabel_);
    second->addSpacing(16);
    second->addWidget(new QLabel(ConvolutionLesson::tr("Receptive field:"), this));
    second->addWidget(fieldKernel_);
    second->addWidget(layers_);
    second->addWidget(positional_);
    gammaSlider_->setMinimumWidth(110);
    gammaLabel_->setMinimumWidth(70);

    // The kernel's cells, beside the other controls: compact rows, so the pictures keep the height.
    kernelTable_ = new QTableWidget(this);
    kernelTable_->setToolTip(ConvolutionLesson::tr("The kernel w: edit a cell and the heads and outputs follow"));
    kernelTable_->horizontalHeader()->setDefaultSectionSize(46);
    kernelTable_->verticalHeader()->setDefaultSectionSize(22);
    kernelTable_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    columns->addWidget(kernelTable_);

    connect(images_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) openImage(images_->itemData(index).toString());
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, ConvolutionLesson::tr("Open image"), samplesFolder() + "/images",
                                         ConvolutionLesson::tr("Images (*.pgm *.png *.jpg *.bmp);;All files (*)"));
        if (path.isEmpty()) return;
        if (const QString error = openImage(path); !error.isEmpty())
            QMessageBox::warning(this, ConvolutionLesson::tr("Cannot open the image"), error);
    });
    connect(kernels_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        try {
            editKernel(loadKernel(kernels_->itemData(index).toString().toStdString()),
                       ConvolutionLesson::tr("Choose the kernel"));
        } catch (const InputError& error) {
            QMessageBox::warning(this, ConvolutionLesson::tr("Cannot open the kernel"), describe(error));
        }
    });
    connect(gammaSlider_, &QSlider::valueChanged, this, [this](int position) {
        gamma_ = gammaAt(position);
        showGamma();
        emit changed();
    });
    connect(fieldKernel_, &QComboBox::currentIndexChanged, this, &LessonControls::changed);
    connect(layers_, &QSpinBox::valueChanged, this, &LessonControls::changed);
    connect(positional_, &QCheckBox::toggled, this, &LessonControls::changed);
    connect(kernelTable_, &QTableWidget::cellChanged, this, [this](int r, int c) {
        bool ok = false;
        const double value = kernelTable_->item(r, c)->text().replace(QChar(0x2212), '-').toDouble(&ok);
        if (!ok || !std::isfinite(value)) return showKernelInTable(); // back to the kernel's number
        Matrix next = kernel_;
        next(r, c) = value;
        editKernel(next, ConvolutionLesson::tr("Edit the kernel"));
    });
}

std::shared_ptr<const void> ConvolutionControls::state() const {
    auto state = std::make_shared<ConvolutionState>();
    state->image = image_;
    state->imageName = imageName_;
    state->kernel = kernel_;
    state->gamma = gamma_;
    state->pixelRow = pixelRow_;
    state->pixelColumn = pixelColumn_;
    state->fieldKernel = fieldKernel_->currentData().toInt();
    state->layers = layers_->value();
    state->positional = positional_->isChecked();
    return state;
}

void ConvolutionControls::cellClicked(const QString& plotId, int row, int column) {
    if (plotId == QLatin1String("image") || plotId == QLatin1String("convolution")) setPixel(row, column);
}

QString ConvolutionControls::openImage(const QString& path) {
    try {
        image_ = loadGrayImage(path);
    } catch (const InputError& error) {
        return describe(error);
    }
    imageName_ = QFileInfo(path).fileName();
    pixelRow_ = int(image_.rows()) / 2;
    pixelColumn_ = int(image_.cols()) / 2;
    emit changed();
    return {};
}

void ConvolutionControls::editKernel(const Matrix& kernel, const QString& description) {
    undoStack_->push(new KernelEdit(*this, kernel_, kernel, description));
}

void ConvolutionControls::setKernel(const Matrix& kernel) {
    kernel_ = kernel;
    showKernelInTable();
    emit changed();
}

void ConvolutionControls::setGamma(double gamma) {
    gamma_ = gamma;
    const QSignalBlocker blocker(gammaSlider_);
    gammaSlider_->setValue(sliderPosition(gamma));
    showGamma();
    emit changed();
}

void ConvolutionControls::setPixel(int row, int column) {
    if (image_.size() == 0) return;
    pixelRow_ = std::clamp(row, 0, int(image_.rows()) - 1);
    pixelColumn_ = std::clamp(column, 0, int(image_.cols()) - 1);
    emit changed();
}

void ConvolutionControls::showGamma() {
    gammaLabel_->setText(QString("γ = %1").arg(notation::number(gamma_, gamma_ < 10 ? 2 : 0)));
}

void ConvolutionControls::showKernelInTable() {
    const QSignalBlocker blocker(kernelTable_);
    kernelTable_->setRowCount(int(kernel_.rows()));
    kernelTable_->setColumnCount(int(kernel_.cols()));
    const int r = int(kernel_.rows()) / 2;
    QStringList shifts;
    for (int d = -r; d <= r; ++d)
        shifts << QString::number(d);
    kernelTable_->setHorizontalHeaderLabels(shifts);
    kernelTable_->setVerticalHeaderLabels(shifts);
    for (int i = 0; i < kernel_.rows(); ++i)
        for (int j = 0; j < kernel_.cols(); ++j)
            kernelTable_->setItem(i, j, new QTableWidgetItem(QString::number(kernel_(i, j), 'g', 4)));
    // The table as large as a 5 × 5 kernel at most, so the pictures below keep their height;
    // a larger kernel scrolls.
    const int shownRows = std::min(int(kernel_.rows()), 5), shownColumns = std::min(int(kernel_.cols()), 5);
    const int frame = 2 * kernelTable_->frameWidth();
    const bool scrolls = kernel_.rows() > 5;
    const int scrollBar = scrolls ? kernelTable_->style()->pixelMetric(QStyle::PM_ScrollBarExtent) : 0;
    kernelTable_->setFixedSize(
        kernelTable_->verticalHeader()->sizeHint().width() + 46 * shownColumns + frame + scrollBar,
        kernelTable_->horizontalHeader()->sizeHint().height() + 22 * shownRows + frame + scrollBar);
}

} // namespace al
