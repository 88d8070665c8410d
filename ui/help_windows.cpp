#include "ui/help_windows.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QImage>
#include <QKeySequence>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace al {

namespace {
constexpr int widestPicture = 720; // pixels: the guide's screenshots are 1400 wide
QString keys(QKeySequence::StandardKey key) {
    return QKeySequence(key).toString(QKeySequence::NativeText);
}
QString keys(const QString& portable) {
    return QKeySequence(portable).toString(QKeySequence::NativeText);
}
} // namespace

QString userGuideSource(const QString& language) {
    return language.startsWith("zh") ? QStringLiteral("qrc:/guide/user-guide.zh_CN.md")
                                     : QStringLiteral("qrc:/guide/user-guide.md");
}

GuideBrowser::GuideBrowser(QWidget* parent) : QTextBrowser(parent) {
    setOpenExternalLinks(true); // web links in the browser; the guide's own links stay here
}

QVariant GuideBrowser::loadResource(int type, const QUrl& name) {
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource) return resource;
    QImage picture;
    if (resource.canConvert<QByteArray>()) picture.loadFromData(resource.toByteArray());
    if (picture.isNull() || picture.width() <= widestPicture) return resource;
    return picture.scaledToWidth(widestPicture, Qt::SmoothTransformation);
}

UserGuideWindow::UserGuideWindow(const QString& language, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("AttentionLab user guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    browser_ = new GuideBrowser(this);
    browser_->setSource(QUrl(userGuideSource(language)), QTextDocument::MarkdownResource);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(close);
    resize(820, 760);
}

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts() {
    return {{tr("→"), tr("Next step; from a lesson's last step, the next lesson (not while typing in a field)")},
            {tr("←"), tr("Previous step; from a lesson's first step, the previous lesson")},
            {tr("Click a plot"), tr("Gives the arrow keys back to stepping after typing in a field")},
            {keys("F5"), tr("Presentation mode on or off")},
            {keys("Esc"), tr("Leave presentation mode")},
            {keys("Space"), tr("Next step (presentation mode); in “Watch attention learn”, train or pause")},
            {tr("→ in “Watch attention learn”"), tr("One training step (presentation mode)")},
            {keys("Backspace"), tr("Previous step (presentation mode)")},
            {keys("PgDown"), tr("Next step (presentation mode, as a presenter's remote sends)")},
            {keys("PgUp"), tr("Previous step (presentation mode, as a presenter's remote sends)")},
            {tr("1 … 9"), tr("Go to lesson 1 … 9 (presentation mode)")},
            {keys(QKeySequence::Open), tr("Open a sample or a session")},
            {keys(QKeySequence::Save), tr("Save the session")},
            {keys(QKeySequence::SaveAs), tr("Save the session as a new file")},
            {keys("Ctrl+Shift+E"), tr("Export this page")},
            {keys("Ctrl+E"), tr("Export every step of this lesson")},
            {keys(QKeySequence::Undo), tr("Undo an edit")},
            {keys(QKeySequence::Redo), tr("Redo an edit")},
            {keys(QKeySequence::HelpContents), tr("The user guide")},
            {keys(QKeySequence::Quit), tr("Quit")}};
}

ShortcutsDialog::ShortcutsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Keyboard shortcuts"));
    setAttribute(Qt::WA_DeleteOnClose);
    QList<QPair<QString, QString>> rows;
    for (const auto& row : shortcuts())
        if (!row.first.isEmpty()) rows << row; // a standard key this platform does not have
    auto* table = new QTableWidget(int(rows.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(false);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(close);
    const int tableWidth = table->horizontalHeader()->length() + 2 * table->frameWidth() +
                           table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    resize(std::clamp(tableWidth + 24, 480, 1100), 600);
}

} // namespace al
