// The worker hands back only the latest request's result, on the GUI thread; a restart
// stops the running job, Cancel delivers nothing, and a job that throws says why.
#include "ui/worker.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

using namespace al;

namespace {
// A job that runs until asked to stop (or for `limit`), reporting progress.
Worker::Job slowJob(std::atomic<int>& stopped, std::chrono::milliseconds limit = std::chrono::seconds(20)) {
    return [&stopped, limit](Cancellation& c) -> Worker::Delivery {
        const auto start = std::chrono::steady_clock::now();
        while (std::chrono::steady_clock::now() - start < limit) {
            c.report(0.5);
            if (c.stopRequested()) {
                ++stopped;
                c.check();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return [] {};
    };
}
} // namespace

TEST_CASE("A newer request stops the running one and only its result is delivered", "[worker]") {
    Worker worker;
    std::atomic<int> stopped = 0;
    QSignalSpy busy(&worker, &Worker::busyChanged);
    worker.start(slowJob(stopped));
    REQUIRE(worker.isBusy());
    // A request still waiting is replaced without ever running: wait until this one runs.
    while (worker.progress() == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    QThread* deliveredOn = nullptr;
    int delivered = 0, value = 0;
    worker.start([&](Cancellation&) -> Worker::Delivery {
        const int computed = 42; // made on the worker thread, handed over by value
        return [&, computed] {
            deliveredOn = QThread::currentThread();
            ++delivered;
            value = computed;
        };
    });
    REQUIRE(worker.waitUntilIdle(10'000));
    CHECK(stopped == 1);
    CHECK(delivered == 1);
    CHECK(value == 42);
    CHECK(deliveredOn == QThread::currentThread());
    CHECK_FALSE(worker.isBusy());
    REQUIRE(busy.count() == 2); // busy once, idle once: the restart is not a flicker
    CHECK(busy.at(0).at(0).toBool());
    CHECK_FALSE(busy.at(1).at(0).toBool());
}

TEST_CASE("Cancel stops the job and delivers nothing", "[worker]") {
    Worker worker;
    std::atomic<int> stopped = 0;
    QSignalSpy cancelled(&worker, &Worker::cancelled);
    worker.start(slowJob(stopped));
    while (worker.progress() == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK(worker.progress() == Approx(0.5));
    worker.cancel();
    CHECK_FALSE(worker.isBusy());
    CHECK(cancelled.count() == 1);
    // The stopped job's result, had it made one, would be stale: nothing arrives later.
    bool delivered = false;
    worker.start([&](Cancellation&) -> Worker::Delivery { return [&] { delivered = true; }; });
    REQUIRE(worker.waitUntilIdle(10'000));
    CHECK(delivered);
    CHECK(stopped == 1);
}

TEST_CASE("A job that throws reports what it said, and the worker goes on", "[worker]") {
    Worker worker;
    QSignalSpy failed(&worker, &Worker::failed);
    worker.start([](Cancellation&) -> Worker::Delivery { throw std::runtime_error("the sample is too large"); });
    REQUIRE(worker.waitUntilIdle(10'000));
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString() == "the sample is too large");
    int delivered = 0;
    worker.start([&](Cancellation&) -> Worker::Delivery { return [&] { ++delivered; }; });
    REQUIRE(worker.waitUntilIdle(10'000));
    CHECK(delivered == 1);
}

TEST_CASE("Destroying a busy worker stops its job and waits for it", "[worker]") {
    std::atomic<int> stopped = 0;
    {
        Worker worker;
        worker.start(slowJob(stopped));
        while (worker.progress() == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    CHECK(stopped == 1);
}
