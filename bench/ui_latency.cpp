// Edit → recompute → every visible heatmap repainted, as a user waits for it: the median
// and 95th percentile over 50 edits of an input vector, for N = 64, 256 and 1024 tokens
// (d_model 64, 4 heads), on the matrix lesson's A and A′ step (two N × N heatmaps plus
// their explanation), offscreen. The clock stops when every visible plot has redrawn and
// the window has painted. Prints one JSON line per N, for bench/report.py.
#include "bench/random_sample.h"
#include "core/base/memory_reuse.h"
#include "core/io/sample_writer.h"
#include "ui/attention_document.h"
#include "ui/lesson_page.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <vector>

namespace {

QString writeSampleFile(const QTemporaryDir& folder, int tokens) {
    const al::Sample sample = al::bench::randomSample(tokens, 64, 4);
    const QString path = folder.filePath(QString("latency-%1.json").arg(tokens));
    std::ofstream out(path.toStdString());
    al::writeSample(out, sample);
    return path;
}

// Runs the event loop until every visible plot has replotted once and the window has
// been painted: what the app does after an edit (a lesson's setData queues one replot per
// plot; QCustomPlot draws it on the next pass of the event loop).
void repaintVisible(QWidget& window, al::LessonPage& lesson) {
    int pending = 0;
    std::vector<QMetaObject::Connection> connections;
    for (al::PlotView* plot : lesson.visiblePlots()) {
        ++pending;
        connections.push_back(QObject::connect(plot, &QCustomPlot::afterReplot, [&pending] { --pending; }));
    }
    for (int pass = 0; pending > 0 && pass < 1000; ++pass)
        QApplication::processEvents();
    for (const auto& connection : connections)
        QObject::disconnect(connection);
    window.repaint(); // the window's own paint: the plots' pictures onto the screen
}

double percentile(std::vector<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(fraction * double(values.size())))];
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    al::keepFreedMemoryForReuse();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("AttentionLab-bench"); // not the user's settings
    QTemporaryDir folder;
    for (int tokens : {64, 256, 1024}) {
        al::MainWindow window;
        if (!window.openSample(writeSampleFile(folder, tokens)).isEmpty() || !window.document().waitForTrace())
            return 1;
        window.resize(1400, 900);
        window.show();
        window.showLesson("matrix");
        window.setStep(4); // A and A′
        repaintVisible(window, *window.currentLesson());
        std::vector<double> milliseconds;
        for (int edit = 0; edit < 50; ++edit) {
            QElapsedTimer timer;
            timer.start();
            window.document().setEmbedding(edit % tokens, edit % 64, 0.5 + 0.01 * edit);
            window.document().waitForTrace(); // the edit's trace, computed on the worker
            repaintVisible(window, *window.currentLesson());
            milliseconds.push_back(double(timer.nsecsElapsed()) * 1e-6);
        }
        std::printf("{\"tokens\": %d, \"median_ms\": %.2f, \"p95_ms\": %.2f}\n", tokens, percentile(milliseconds, 0.5),
                    percentile(milliseconds, 0.95));
        std::fflush(stdout);
    }
}
