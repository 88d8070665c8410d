#include "ui/worker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <new>

namespace al {

Worker::Worker(QObject* parent) : QObject(parent), thread_([this] { loop(); }) {}

Worker::~Worker() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        waiting_ = nullptr;
        if (running_) running_->requestStop();
    }
    wake_.notify_one();
    thread_.join();
}

void Worker::start(Job job) {
    const bool wasBusy = isBusy();
    {
        std::lock_guard lock(mutex_);
        waiting_ = std::move(job);
        waitingRequest_ = ++requested_;
        if (running_) running_->requestStop(); // its result would be stale
    }
    wake_.notify_one();
    if (!wasBusy) emit busyChanged(true);
}

void Worker::cancel() {
    if (!isBusy()) return;
    {
        std::lock_guard lock(mutex_);
        waiting_ = nullptr;
        if (running_) running_->requestStop();
    }
    finished_ = ++requested_; // whatever is still on its way is stale
    emit busyChanged(false);
    emit cancelled();
}

double Worker::progress() const {
    std::lock_guard lock(mutex_);
    return running_ ? running_->progress() : 0.0;
}

bool Worker::waitUntilIdle(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (isBusy()) {
        if (clock.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (isBusy()) QThread::msleep(1);
    }
    return true;
}

void Worker::loop() {
    for (;;) {
        Job job;
        quint64 request = 0;
        std::shared_ptr<Cancellation> cancellation;
        {
            std::unique_lock lock(mutex_);
            running_.reset();
            wake_.wait(lock, [this] { return quit_ || waiting_; });
            if (quit_) return;
            job = std::move(waiting_);
            waiting_ = nullptr;
            request = waitingRequest_;
            running_ = cancellation = std::make_shared<Cancellation>();
        }
        Delivery delivery;
        QString error;
        try {
            delivery = job(*cancellation);
        } catch (const Cancelled&) {
        } catch (const std::bad_alloc&) {
            error = tr("There is not enough memory for this computation.");
        } catch (const std::exception& e) {
            error = QString::fromLocal8Bit(e.what());
        }
        if (cancellation->stopRequested()) delivery = nullptr; // a newer request, or Cancel
        // Queued to this object's thread; dropped by Qt if the object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, request, delivery = std::move(delivery), error] { finish(request, delivery, error); },
            Qt::QueuedConnection);
    }
}

void Worker::finish(quint64 request, const Delivery& delivery, const QString& error) {
    if (request != requested_) return; // a newer request is on its way, or this one was cancelled
    finished_ = request;
    if (!error.isEmpty())
        emit failed(error);
    else if (delivery)
        delivery();
    emit busyChanged(false);
}

} // namespace al
