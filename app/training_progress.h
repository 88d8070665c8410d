#pragma once
// What `train` tells on standard error while it runs: on a terminal, one line redrawn in
// place (a bar, the step, the loss, steps per second), at most ten times a second; to a
// file or a pipe, a plain line every tenth of the run, so that logs stay short.
#include <chrono>
#include <cstdio>

namespace al::cli {

class TrainingProgress {
public:
    TrainingProgress(long long totalSteps, std::FILE* out);
    void update(long long stepsDone, double loss); // after each step
    void finish();                                 // ends the line on a terminal

private:
    void print(long long stepsDone, double loss);

    long long total_;
    std::FILE* out_;
    bool terminal_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point lastDrawn_;
    long long nextLine_ = 0;
};

} // namespace al::cli
