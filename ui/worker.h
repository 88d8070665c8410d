#pragma once
// Runs the long computations (a recomputed trace, a lesson's variants) on a thread of its
// own, the way Qt's Mandelbrot example does: a new request asks the one running to stop
// (restart), the object's destruction stops it and waits (abort), and only the latest
// request's result is handed back — a stale one is dropped, never painted.
//
// A job runs on the worker thread and returns its delivery: a function that hands the
// finished result, captured by value, to whoever waits for it. The delivery runs on the
// worker object's own thread (the GUI thread), and only if no newer request came since.
//
//   worker.start([sample](Cancellation& c) {
//       auto trace = std::make_shared<const Trace>(run(sample, c));   // worker thread
//       return [trace, this] { show(trace); };                      // GUI thread
//   });
#include "core/base/cancellation.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace al {

class Worker : public QObject {
    Q_OBJECT
public:
    using Delivery = std::function<void()>;
    using Job = std::function<Delivery(Cancellation&)>;

    explicit Worker(QObject* parent = nullptr);
    ~Worker() override; // asks the running job to stop and waits for it

    // Starts `job` once the running one (asked to stop) has given up; a request still
    // waiting is replaced by this one.
    void start(Job job);
    // Stops the running and waiting jobs: nothing is delivered, cancelled() is emitted.
    void cancel();
    bool isBusy() const { return requested_ != finished_; }
    // How far the running job got, from 0 to 1 (for a progress bar).
    double progress() const;
    // Processes events until the latest request is delivered (or failed, or cancelled), for
    // the headless commands and the tests; false when `timeoutMs` passed first.
    bool waitUntilIdle(int timeoutMs = 120'000);

signals:
    void busyChanged(bool busy);
    void cancelled();
    void failed(const QString& message); // the job threw: what it said

private:
    void loop();
    void finish(quint64 request, const Delivery& delivery, const QString& error);

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    Job waiting_;                           // guarded by mutex_
    quint64 waitingRequest_ = 0;            // guarded by mutex_
    std::shared_ptr<Cancellation> running_; // guarded by mutex_
    bool quit_ = false;                     // guarded by mutex_
    quint64 requested_ = 0, finished_ = 0;  // the GUI thread's own
    std::thread thread_;
};

} // namespace al
