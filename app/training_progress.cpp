#include "app/training_progress.h"

#include <algorithm>
#include <string>
#include <unistd.h>

namespace al::cli {

TrainingProgress::TrainingProgress(long long totalSteps, std::FILE* out)
    : total_(totalSteps), out_(out), terminal_(isatty(fileno(out)) != 0), start_(std::chrono::steady_clock::now()),
      lastDrawn_(start_) {}

void TrainingProgress::print(long long stepsDone, double loss) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = seconds > 0 ? double(stepsDone) / seconds : 0.0;
    if (terminal_) {
        constexpr int width = 30;
        const int filled = total_ > 0 ? int(width * stepsDone / total_) : width;
        const std::string bar = std::string(filled, '#') + std::string(width - filled, '.');
        std::fprintf(out_, "\r[%s] step %lld/%lld  loss %.6f  %.0f steps/s ", bar.c_str(), stepsDone, total_, loss,
                     rate);
    } else {
        std::fprintf(out_, "step %lld/%lld  loss %.6f  %.0f steps/s\n", stepsDone, total_, loss, rate);
    }
    std::fflush(out_);
}

void TrainingProgress::update(long long stepsDone, double loss) {
    const auto now = std::chrono::steady_clock::now();
    if (terminal_) {
        if (now - lastDrawn_ < std::chrono::milliseconds(100) && stepsDone < total_) return;
        lastDrawn_ = now;
        print(stepsDone, loss);
        return;
    }
    if (stepsDone < nextLine_ && stepsDone < total_) return;
    nextLine_ = stepsDone + std::max<long long>(1, total_ / 10);
    print(stepsDone, loss);
}

void TrainingProgress::finish() {
    if (terminal_) std::fputc('\n', out_);
}

} // namespace al::cli
