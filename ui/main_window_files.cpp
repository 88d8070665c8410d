// The main window's files: samples and sessions opened and saved (asking before unsaved
// edits are lost), the exports, the recent files, drag and drop, and closing.
#include "core/base/input_error.h"
#include "core/io/sample_loader.h"
#include "ui/attention_document.h"
#include "ui/core_messages.h"
#include "ui/lesson_export.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"
#include "ui/page_picture.h"
#include "ui/sample_catalog.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>

namespace al {

namespace {
constexpr int maxRecentFiles = 8;
} // namespace

QString MainWindow::openSample(const QString& path) {
    return document_->load(path);
}

void MainWindow::showOpened(const QString& path) {
    rememberRecent(QFileInfo(path).absoluteFilePath());
    if (document_->sample().session) applySession(SessionState::fromBlock(*document_->sample().session));
    updateTitle();
    showStatus(tr("Opened %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::openWithDialogOnError(const QString& path) {
    // A Transformer model goes to its lesson, read on a worker (it may be large).
    if (isModelFile(path)) return openModel(path);
    if (isDatasetFile(path)) return openDataset(path);
    // The file is checked first: a bad one is reported and nothing is asked or changed.
    // (The document reads it again once the user has answered; a file changed meanwhile
    // is reported as well.)
    try {
        loadSample(path.toStdString());
    } catch (const InputError& error) {
        QMessageBox::warning(this, tr("Cannot open the sample"), describe(error));
        return;
    }
    if (!confirmUnsavedChanges()) return;
    const QString error = openSample(path);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Cannot open the sample"), error);
}

void MainWindow::openInteractively() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a sample, a session, a model or a dataset"), samplesFolder(),
                                     tr("AttentionLab samples, sessions, models and datasets (*.json);;All files (*)"));
    if (!path.isEmpty()) openWithDialogOnError(path);
}

SessionState MainWindow::sessionState() const {
    const LessonPage* lesson = currentLesson();
    return {lesson->id().toStdString(), lesson->step(), lesson->query(), rowForm_,
            paletteName(presenting_ ? userPalette_ : heatmapPalette()).toStdString()};
}

void MainWindow::applySession(const SessionState& session) {
    if (!showLesson(QString::fromStdString(session.lesson)))
        showStatus(tr("The session names a lesson this version does not have: %1")
                       .arg(QString::fromStdString(session.lesson)));
    setRowForm(session.rowForm);
    setColours(paletteNamed(QString::fromStdString(session.colours)).value_or(Palette::Standard));
    setQuery(session.query);
    setStep(session.step);
}

QString MainWindow::saveSession(const QString& path) {
    const QString error = document_->saveSession(path, sessionState());
    if (error.isEmpty()) {
        rememberRecent(QFileInfo(path).absoluteFilePath());
        updateTitle();
    }
    return error;
}

bool MainWindow::saveInteractively(bool askForName) {
    QString path = document_->isSessionFile() ? document_->filePath() : QString();
    if (askForName || path.isEmpty()) {
        const QString suggestion = QFileInfo(document_->filePath()).completeBaseName() + "-session.json";
        path = QFileDialog::getSaveFileName(this, tr("Save session"), suggestion, tr("AttentionLab sessions (*.json)"));
        if (path.isEmpty()) return false;
    }
    const QString error = saveSession(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save session"), error);
        return false;
    }
    showStatus(tr("Saved %1").arg(path));
    return true;
}

bool MainWindow::confirmUnsavedChanges() {
    if (!document_->isModified()) return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The sample has edits that are not saved. Save them as a session first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return saveInteractively(false);
    return answer == QMessageBox::Discard;
}

void MainWindow::exportCurrentLesson() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export every step of this lesson to folder"));
    if (folder.isEmpty()) return;
    const QStringList formats{tr("PNG images"), tr("SVG vector images"), tr("PDF documents"),
                              tr("CSV tables of every heatmap")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Export"), tr("Format:"), formats, 0, false, &ok);
    if (!ok) return;
    ExportOptions options{ExportFormat(formats.indexOf(chosen)), 1.0};
    options.nameQuery = true; // exports for several queries do not overwrite each other
    if (options.format == ExportFormat::Png) {
        options.scale =
            QInputDialog::getDouble(this, tr("Scale"), tr("Scale factor (2 or 3 for slides):"), 2.0, 0.5, 8.0, 1, &ok);
        if (!ok) return;
    }
    QString error;
    const auto files = exportLessons({currentLesson()}, folder, options, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        showStatus(tr("Wrote %1 files and index.json to %2").arg(files.size()).arg(folder));
}

void MainWindow::exportCurrentPage() {
    LessonPage* lesson = currentLesson();
    const QString name = exportName(nullptr) + ".png"; // walkthrough-step4-page-query8.png
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export this page"), name, imageFileFilters(), &filter);
    if (path.isEmpty()) return;
    const ExportFormat format = chosenImageFormat(path, filter);
    const QString error =
        writePicture(path, format, lessonPageSize(*lesson), format == ExportFormat::Png ? 2.0 : 1.0,
                     lessonPageTitle(*lesson), [&](QCPPainter& painter) { paintLessonPage(painter, *lesson); });
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export this page"), error);
    else
        showStatus(tr("Wrote %1").arg(path));
}

void MainWindow::exportTrace() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export trace"), "trace.json", tr("AttentionLab traces (*.json)"));
    if (path.isEmpty()) return;
    if (const QString error = document_->writeTrace(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export trace"), error);
    else
        showStatus(tr("Wrote %1").arg(path));
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recentFiles").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue("recentFiles", QStringList(recent.mid(0, maxRecentFiles)));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value("recentFiles").toStringList();
    for (const QString& path : recent)
        recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] { openWithDialogOnError(path); })
            ->setToolTip(path);
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) openWithDialogOnError(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmUnsavedChanges()) {
        event->ignore();
        return;
    }
    if (presenting_) setPresentation(false);
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/layout", layoutState());
    event->accept();
}

} // namespace al
