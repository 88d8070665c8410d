#pragma once
// QSaveFile's interface, written as every file of the app is (core/atomic_file): into a
// hidden temporary (".NAME.tmp-…") beside the target, renamed over it on commit(). A process
// killed at any moment leaves the old file or the new one and nothing else in sight; when
// QSaveFile replaces an existing file, its temporary is a visible "NAME.XXXXXX". The content
// is held in memory until commit (pictures and tables of a few megabytes at most).
#include <QBuffer>
#include <QString>

namespace al {

class AtomicSaveFile : public QBuffer {
public:
    explicit AtomicSaveFile(QString path) : path_(std::move(path)) {}

    QString fileName() const { return path_; }
    bool open(OpenMode mode) override; // WriteOnly: the content goes to memory first
    // Writes the file; false (with errorString()) when it cannot, the old file untouched.
    bool commit();
    void cancelWriting() { close(); }

private:
    QString path_;
};

} // namespace al
