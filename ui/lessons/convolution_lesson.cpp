#include "ui/lessons/convolution_lesson.h"

#include "core/convolution.h"
#include "core/gray_image.h"
#include "core/input_error.h"
#include "core/pixel_attention.h"
#include "ui/core_messages.h"
#include "ui/image_loading.h"
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
#include <QUndoCommand>
#include <QUndoStack>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace al {

namespace n = notation;

namespace {
// The γ slider is logarithmic: position p ∈ [−100, 200] ↦ γ = 10^(p/100), 0.1 … 100.
int sliderPosition(double gamma) { return int(std::lround(100 * std::log10(gamma))); }
double gammaAt(int position) { return std::pow(10.0, position / 100.0); }

QStringList axisLabels(int count) { return n::indexLabels(count); }
} // namespace

ConvolutionLesson::ConvolutionLesson(QWidget* parent) : Lesson(parent), undoStack_(new QUndoStack(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createControls());
    auto* row = new QHBoxLayout;
    for (auto& map : maps_) {
        map = new HeatmapView(this);
        row->addWidget(map, 1);
    }
    kernelTable_ = new QTableWidget(this);
    kernelTable_->setToolTip(tr("The kernel w: edit a cell and the heads and outputs follow"));
    kernelTable_->setMaximumWidth(220);
    kernelTable_->horizontalHeader()->setDefaultSectionSize(46);
    row->addWidget(kernelTable_);
    layout->addLayout(row, 1);
    connect(maps_[0], &HeatmapView::cellClicked, this, [this](int r, int c) {
        if (step() == 0 || step() == 2) setPixel(r, c);
    });
    connect(kernelTable_, &QTableWidget::cellChanged, this, [this](int r, int c) {
        bool ok = false;
        const double value = kernelTable_->item(r, c)->text().replace(QChar(0x2212), '-').toDouble(&ok);
        if (!ok || !std::isfinite(value)) return showKernelInTable(); // back to the kernel's number
        Matrix next = kernel_;
        next(r, c) = value;
        editKernel(next, tr("Edit the kernel"));
    });
    // The bundled digit and kernel to start with.
    const QString folder = samplesFolder();
    if (!folder.isEmpty()) openImage(folder + "/images/digit-3.pgm");
    if (kernel_.size() == 0) kernel_ = Matrix::Ones(3, 3) / 9.0;
    if (kernels_->count() > 0) kernels_->setCurrentIndex(std::max(0, kernels_->findText(tr("edges (Laplacian)"))));
    undoStack_->clear(); // the kernel to start with is no edit
}

QWidget* ConvolutionLesson::createControls() {
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(second);
    images_ = new QComboBox(bar);
    images_->setObjectName("images"); // file names: content, not interface text
    images_->setToolTip(tr("The image: every pixel is a token"));
    kernels_ = new QComboBox(bar);
    kernels_->setToolTip(tr("The convolution kernel w (its cells can be edited beside the pictures)"));
    const QString folder = samplesFolder();
    for (const QFileInfo& file : QDir(folder + "/images").entryInfoList({"*.pgm", "*.png"}, QDir::Files, QDir::Name))
        images_->addItem(file.completeBaseName(), file.filePath());
    for (const QFileInfo& file : QDir(folder + "/kernels").entryInfoList({"*.json"}, QDir::Files, QDir::Name)) {
        QFile json(file.filePath());
        const QString title = json.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(json.readAll()).object()["title"].toString()
                                                              : QString();
        kernels_->addItem(title.isEmpty() ? file.completeBaseName() : notation::kernelTitle(title), file.filePath());
    }
    auto* open = new QPushButton(tr("Open image…"), bar);
    open->setToolTip(tr("A PGM or PNG, turned grey and reduced to at most 64 × 64 pixels"));
    gammaSlider_ = new QSlider(Qt::Horizontal, bar);
    gammaSlider_->setRange(-100, 200);
    gammaSlider_->setValue(sliderPosition(gamma_));
    gammaSlider_->setToolTip(tr("γ: how sharply each head focuses on its own shift. Drag it up: the heads become "
                                "one-hot and attention becomes the convolution"));
    gammaLabel_ = new QLabel(bar);
    fieldKernel_ = new QComboBox(bar);
    for (int k : {3, 5, 7}) fieldKernel_->addItem(QString("%1 × %1").arg(k), k);
    fieldKernel_->setToolTip(tr("The kernel size K of the stacked convolutions whose receptive field is outlined"));
    layers_ = new QSpinBox(bar);
    layers_->setRange(1, 8);
    layers_->setPrefix(tr("layers: "));
    layers_->setToolTip(tr("L, how many K × K convolutions are stacked"));
    positional_ = new QCheckBox(tr("positions"), bar);
    positional_->setToolTip(tr("Add a 2-D positional encoding to the pixel features of the self-attention field"));
    row->addWidget(new QLabel(tr("Image"), bar));
    row->addWidget(images_);
    row->addWidget(open);
    row->addWidget(new QLabel(tr("Kernel"), bar));
    row->addWidget(kernels_);
    row->addStretch(1);
    second->addWidget(new QLabel(tr("Heads' focus γ"), bar));
    second->addWidget(gammaSlider_, 1);
    second->addWidget(gammaLabel_);
    second->addSpacing(16);
    second->addWidget(new QLabel(tr("Receptive field:"), bar));
    second->addWidget(fieldKernel_);
    second->addWidget(layers_);
    second->addWidget(positional_);
    gammaSlider_->setMinimumWidth(160);
    gammaLabel_->setMinimumWidth(70);

    connect(images_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) openImage(images_->itemData(index).toString());
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), samplesFolder() + "/images",
                                                          tr("Images (*.pgm *.png *.jpg *.bmp);;All files (*)"));
        if (path.isEmpty()) return;
        if (const QString error = openImage(path); !error.isEmpty()) QMessageBox::warning(this, tr("Cannot open the image"), error);
    });
    connect(kernels_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0) return;
        try {
            editKernel(loadKernel(kernels_->itemData(index).toString().toStdString()), tr("Choose the kernel"));
        } catch (const InputError& error) {
            QMessageBox::warning(this, tr("Cannot open the kernel"), describe(error));
        }
    });
    connect(gammaSlider_, &QSlider::valueChanged, this, [this](int position) {
        gamma_ = gammaAt(position);
        redraw();
    });
    connect(fieldKernel_, &QComboBox::currentIndexChanged, this, &ConvolutionLesson::redraw);
    connect(layers_, &QSpinBox::valueChanged, this, &ConvolutionLesson::redraw);
    connect(positional_, &QCheckBox::toggled, this, &ConvolutionLesson::redraw);
    return bar;
}

QString ConvolutionLesson::stepTitle(int step) const {
    static const char* const titles[] = {QT_TR_NOOP("1. Receptive fields: convolution and self-attention"),
                                         QT_TR_NOOP("2. K² heads, one for each shift of the kernel"),
                                         QT_TR_NOOP("3. Their weighted sum is the convolution")};
    return tr(titles[step]);
}

QList<PlotView*> ConvolutionLesson::visiblePlots() const { return shownAmong({maps_[0], maps_[1], maps_[2]}); }

QString ConvolutionLesson::openImage(const QString& path) {
    try {
        image_ = loadGrayImage(path);
    } catch (const InputError& error) {
        return describe(error);
    }
    imageName_ = QFileInfo(path).fileName();
    pixelRow_ = int(image_.rows()) / 2;
    pixelColumn_ = int(image_.cols()) / 2;
    redraw();
    return {};
}

namespace {
// A change of the kernel, for undo: the kernel before and after.
class KernelEdit : public QUndoCommand {
public:
    KernelEdit(ConvolutionLesson& lesson, Matrix before, Matrix after, const QString& text)
        : QUndoCommand(text), lesson_(lesson), before_(std::move(before)), after_(std::move(after)) {}
    void undo() override { lesson_.setKernel(before_); }
    void redo() override { lesson_.setKernel(after_); }

private:
    ConvolutionLesson& lesson_;
    Matrix before_, after_;
};
} // namespace

void ConvolutionLesson::editKernel(const Matrix& kernel, const QString& description) {
    if (kernel_.size() == 0) return setKernel(kernel); // the first kernel is no edit
    undoStack_->push(new KernelEdit(*this, kernel_, kernel, description));
}

void ConvolutionLesson::setKernel(const Matrix& kernel) {
    kernel_ = kernel;
    showKernelInTable();
    redraw();
}

void ConvolutionLesson::setGamma(double gamma) {
    gamma_ = gamma;
    const QSignalBlocker blocker(gammaSlider_);
    gammaSlider_->setValue(sliderPosition(gamma));
    redraw();
}

void ConvolutionLesson::setPixel(int row, int column) {
    pixelRow_ = std::clamp(row, 0, int(image_.rows()) - 1);
    pixelColumn_ = std::clamp(column, 0, int(image_.cols()) - 1);
    redraw();
}

void ConvolutionLesson::redraw() {
    if (!trace() || image_.size() == 0 || kernel_.size() == 0) return;
    refresh();
    emit contentChanged();
}

void ConvolutionLesson::showPanels(int count, bool kernelTable) {
    for (int m = 0; m < 3; ++m) maps_[std::size_t(m)]->setHidden(m >= count);
    kernelTable_->setHidden(!kernelTable);
}

void ConvolutionLesson::showKernelInTable() {
    const QSignalBlocker blocker(kernelTable_);
    kernelTable_->setRowCount(int(kernel_.rows()));
    kernelTable_->setColumnCount(int(kernel_.cols()));
    const int r = int(kernel_.rows()) / 2;
    QStringList shifts;
    for (int d = -r; d <= r; ++d) shifts << QString::number(d);
    kernelTable_->setHorizontalHeaderLabels(shifts);
    kernelTable_->setVerticalHeaderLabels(shifts);
    for (int i = 0; i < kernel_.rows(); ++i)
        for (int j = 0; j < kernel_.cols(); ++j)
            kernelTable_->setItem(i, j, new QTableWidgetItem(QString::number(kernel_(i, j), 'g', 4)));
}

void ConvolutionLesson::refresh() {
    if (image_.size() == 0 || kernel_.size() == 0) {
        showPanels(0, false);
        explanation_ = tr("<p>No image: open one with the button above.</p>");
        return;
    }
    if (kernelTable_->rowCount() != kernel_.rows()) showKernelInTable();
    gammaLabel_->setText(QString("γ = %1").arg(n::number(gamma_, gamma_ < 10 ? 2 : 0)));
    switch (step()) {
    case 0: drawReceptiveFields(); break;
    case 1: drawHeads(); break;
    default: drawOutputs(); break;
    }
}

void ConvolutionLesson::drawReceptiveFields() {
    showPanels(2, false);
    const int height = int(image_.rows()), width = int(image_.cols());
    const int k = fieldKernel_->currentData().toInt(), layers = layers_->value();
    const int reach = layers * (k - 1) / 2; // pixels to each side
    HeatmapData picture{"image", tr("%1 (%2 × %3 pixels)").arg(imageName_).arg(height).arg(width), image_, axisLabels(height),
                        axisLabels(width), tr("pixel row"), tr("pixel column"), ColorScheme::Sequential, nullptr};
    maps_[0]->setData(picture);
    maps_[0]->setHighlight(-1, -1);
    maps_[0]->setRegion(QRect(QPoint(pixelColumn_ - reach, pixelRow_ - reach), QPoint(pixelColumn_ + reach, pixelRow_ + reach)));
    const Matrix field = pixelAttentionField(image_, pixelRow_, pixelColumn_, positional_->isChecked());
    HeatmapData attention{"attention_field", tr("Self-attention: α′ of pixel (%1, %2)").arg(pixelRow_ + 1).arg(pixelColumn_ + 1),
                          field, axisLabels(height), axisLabels(width), tr("pixel row"), tr("pixel column"),
                          ColorScheme::Sequential, nullptr};
    maps_[1]->setData(attention);
    maps_[1]->setRegion(QRect(QPoint(pixelColumn_, pixelRow_), QPoint(pixelColumn_, pixelRow_)));
    const long side = long(layers) * (k - 1) + 1;
    explanation_ = tr("<p>Every pixel is a token. <b>Convolution</b> (left, dashed): %1 stacked %2 × %2 layers let "
                      "pixel (%3, %4) see a square of (L(K−1)+1) × (L(K−1)+1) = %5 × %5 = %6 pixels — fixed by hand, the same "
                      "for every pixel, whatever the image holds.</p><p><b>Self-attention</b> (right): the same "
                      "pixel attends to <i>every</i> pixel, with weights decided by content — pixels that look alike "
                      "(brightness, local mean, edges) get the most. Its receptive field is global and learned: "
                      "the notes' “CNN is a special case of self-attention”. Click a pixel to move the query.</p>")
                       .arg(layers).arg(k).arg(pixelRow_ + 1).arg(pixelColumn_ + 1).arg(side).arg(side * side);
}

void ConvolutionLesson::drawHeads() {
    showPanels(1, true);
    const int height = int(image_.rows()), width = int(image_.cols()), r = int(kernel_.rows()) / 2;
    const int size = int(kernel_.rows()), tile = 2 * r + 3, side = size * (tile + 1) - 1;
    // One tile per head, laid out as the kernel: the head's α′ around the query pixel,
    // offsets −(r+1) … r+1; tiles separated by grey lines.
    Matrix mosaic = Matrix::Constant(side, side, std::numeric_limits<double>::quiet_NaN());
    int h = 0;
    for (int dy = -r; dy <= r; ++dy)
        for (int dx = -r; dx <= r; ++dx, ++h) {
            const Matrix map = headAttentionMap(height, width, r, {dy, dx}, gamma_, pixelRow_, pixelColumn_);
            for (int a = 0; a < tile; ++a)
                for (int b = 0; b < tile; ++b) {
                    const int y = pixelRow_ + r + a - (r + 1), x = pixelColumn_ + r + b - (r + 1); // padded coordinates
                    if (y >= 0 && x >= 0 && y < map.rows() && x < map.cols())
                        mosaic((dy + r) * (tile + 1) + a, (dx + r) * (tile + 1) + b) = map(y, x);
                }
        }
    QStringList labels;
    for (int t = 0; t < side; ++t) {
        const int inTile = t % (tile + 1);
        labels << (inTile == tile ? QString() : QString::number(inTile - (r + 1)));
    }
    HeatmapData heads{"heads", tr("The %1 heads around pixel (%2, %3), γ = %4").arg(size * size).arg(pixelRow_ + 1)
                                   .arg(pixelColumn_ + 1).arg(n::number(gamma_, 2)),
                      mosaic, labels, labels, tr("row offset of the key"), tr("column offset of the key"),
                      ColorScheme::Sequential, nullptr};
    maps_[0]->setData(heads);
    maps_[0]->setHighlight(-1, -1);
    maps_[0]->setRegion({});
    explanation_ = tr("<p>Self-attention can do exactly what a %1 × %1 convolution does (Cordonnier, Loukas & Jaggi, "
                      "2020). Take %2 heads, one for each shift Δ = (Δy, Δx) of the kernel, laid out here as the "
                      "kernel is. Head Δ scores the query pixel p against every key p′ with a relative positional "
                      "term only: α = −γ ‖(p′ − p) − Δ‖², then softmax. Its weights form a blob centred on p + Δ "
                      "(offset 0 is the query). Now γ = %3: drag it up and every blob shrinks to a single pixel — "
                      "each head then copies exactly one neighbour.</p>")
                       .arg(size).arg(size * size).arg(n::number(gamma_, 2));
}

void ConvolutionLesson::drawOutputs() {
    showPanels(3, false);
    const ConvolutionAsAttention result = convolutionAsAttention(image_, kernel_, gamma_);
    const int height = int(image_.rows()), width = int(image_.cols());
    auto picture = [&](const QString& id, const QString& title, const Matrix& m) {
        return HeatmapData{id, title, m, axisLabels(height), axisLabels(width), tr("pixel row"), tr("pixel column"),
                           ColorScheme::Diverging, nullptr};
    };
    HeatmapData convolution = picture("convolution", tr("Convolution"), result.convolution);
    HeatmapData attention = picture("attention_output", tr("Attention, K² heads"), result.attention);
    shareColorRange({&convolution, &attention}); // compared side by side: one colour scale
    maps_[0]->setData(std::move(convolution));
    maps_[1]->setData(std::move(attention));
    maps_[2]->setData(picture("difference", tr("Difference, max %1").arg(n::number(result.maxAbsDifference, 3)),
                              result.difference));
    for (HeatmapView* map : maps_) {
        map->setHighlight(-1, -1);
        map->setRegion({});
    }
    explanation_ = tr("<p>Each head h outputs b<sub>h</sub> = Σ<sub>p′</sub> α′ x<sub>p′</sub>, a blurred copy of "
                      "the neighbour at shift Δ<sub>h</sub>; weighting the heads by the kernel, y = Σ<sub>h</sub> "
                      "w(Δ<sub>h</sub>) b<sub>h</sub>, gives the convolution as γ grows. At γ = %1 the largest "
                      "difference is <b>%2</b>. (The bound: about (number of keys) · e<sup>−γ</sup> · max|x| · Σ|w|.) "
                      "Choose another kernel above, or edit its cells in step 2.</p>")
                       .arg(n::number(gamma_, 2), n::number(result.maxAbsDifference, 3));
}

} // namespace al
