#pragma once
// Help → User guide and Help → Keyboard shortcuts. The guide (docs/user-guide.md and its
// Chinese translation, with their pictures) is built into the program as a Qt resource, so
// it opens offline and from an installed copy alike, in the interface's language.
#include <QDialog>
#include <QTextBrowser>

namespace al {

// The guide's resource path for a language code: the Chinese guide for zh_CN, else the English.
QString userGuideSource(const QString& language);

// A text browser that shows wide pictures at most as wide as its page, so a guide's
// screenshots never need sideways scrolling.
class GuideBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget* parent = nullptr);
    QVariant loadResource(int type, const QUrl& name) override;
};

// The guide in a window of its own (not modal: read it beside the lessons).
class UserGuideWindow : public QDialog {
    Q_OBJECT
public:
    UserGuideWindow(const QString& language, QWidget* parent = nullptr);
    GuideBrowser* browser() const { return browser_; }

private:
    GuideBrowser* browser_;
};

// Every key of the window in one table.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);
    // (keys, what they do), in the table's order.
    static QList<QPair<QString, QString>> shortcuts();
};

} // namespace al
