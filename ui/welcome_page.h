#pragma once
// What a first-time user sees in place of the lesson page: what AttentionLab is, where to
// start (the walkthrough), and how to get about. Shown on the very first start (and from
// Help → Welcome), in the interface's language; any lesson chosen leaves it.
#include <QWidget>

namespace al {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void startWalkthrough();
    void startFromTheBeginning(); // the first lesson, Vectors in
    void openGuide();
};

} // namespace al
