#include "ui/atomic_save_file.h"

#include "core/io/atomic_file.h"

#include <exception>

namespace al {

bool AtomicSaveFile::open(OpenMode mode) {
    return QBuffer::open((mode & ~QIODevice::Truncate) | QIODevice::WriteOnly);
}

bool AtomicSaveFile::commit() {
    close();
    try {
        const QByteArray& bytes = data();
        writeFileAtomically(path_.toStdString(),
                            [&](std::ostream& out) { out.write(bytes.constData(), bytes.size()); });
        return true;
    } catch (const std::exception& error) {
        setErrorString(QString::fromLocal8Bit(error.what()));
        return false;
    }
}

} // namespace al
