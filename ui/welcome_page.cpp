#include "ui/welcome_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace al {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    setObjectName("welcomePage");
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMaximumWidth(760);
    text->setText(tr("<h1>Welcome to AttentionLab</h1>"
                     "<p>AttentionLab shows self-attention step by step, with the real numbers: how each "
                     "input aⁱ becomes a query qⁱ, a key kⁱ and a value vⁱ, how the scores α and the weights "
                     "α′ come out of them, and how every output bⁱ is mixed from the values. Every number on "
                     "screen is computed from the sample you open, and you can edit any of them.</p>"
                     "<p><b>Where to start:</b> the walkthrough, <i>Computing b¹ step by step</i>, follows the "
                     "lecture's seven steps for one query. The lessons after it show the matrix form, "
                     "multi-head attention, positional encoding, masks, scoring variants and convolution.</p>"
                     "<p><b>Getting about:</b> the lessons are listed on the left. <b>Next ▶</b> or → goes "
                     "to the next step, and from a lesson's last step to the next lesson; ◀ Back or ← goes "
                     "back. Click a row of a heatmap to follow that query. The model and every vector and "
                     "weight are on the right, ready to edit. F5 shows the page full screen for a "
                     "lecture.</p>"
                     "<p>Help → User guide explains every lesson; Help → Keyboard shortcuts lists the keys.</p>"));
    auto* start = new QPushButton(tr("Start with the walkthrough"), this);
    start->setDefault(true);
    start->setAutoDefault(true);
    auto* beginning = new QPushButton(tr("Begin with the input vectors"), this);
    auto* guide = new QPushButton(tr("Read the user guide"), this);
    connect(start, &QPushButton::clicked, this, &WelcomePage::startWalkthrough);
    connect(beginning, &QPushButton::clicked, this, &WelcomePage::startFromTheBeginning);
    connect(guide, &QPushButton::clicked, this, &WelcomePage::openGuide);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start);
    buttons->addWidget(beginning);
    buttons->addWidget(guide);
    buttons->addStretch(1);
    auto* column = new QVBoxLayout;
    column->addWidget(text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(column);
    layout->addStretch(1);
    start->setFocus();
}

} // namespace al
