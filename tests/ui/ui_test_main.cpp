// The ui tests need a QApplication; they run on Qt's offscreen platform, with no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName("AttentionLab-tests"); // keep the user's settings out of it
    return Catch::Session().run(argc, argv);
}
