// The timeline the window scrubs through: step 0 and a regular grid of steps, its interval
// doubling whenever it would hold more than its capacity, decided by the step count alone;
// its capacity from the model's size, and how often to evaluate from what the passes compute.
#include "core/train/timeline.h"

#include <catch2/catch.hpp>

#include <string>

using namespace al;

namespace {

std::vector<long long> steps(const train::Timeline& timeline) {
    std::vector<long long> result;
    for (const train::Moment& moment : timeline.moments())
        result.push_back(moment.step);
    return result;
}

// Step 0 and every interval up to the last step held, nothing else.
bool isRegularGrid(const train::Timeline& timeline) {
    const auto& held = timeline.moments();
    for (std::size_t i = 0; i < held.size(); ++i)
        if (held[i].step != (long long)i * timeline.interval()) return false;
    return true;
}

train::Moment momentAt(long long step) {
    train::Moment moment;
    moment.step = step;
    moment.train.loss = 1.0 / double(step + 1);
    return moment;
}

std::vector<std::string> words(int count) {
    std::vector<std::string> result;
    for (int i = 0; i < count; ++i)
        result.push_back("w" + std::to_string(i));
    return result;
}

nn::TransformerModel modelOf(nn::Task task, int dModel, int dFF, int layers) {
    nn::Architecture architecture;
    architecture.dModel = dModel;
    architecture.heads = 2;
    architecture.dFF = dFF;
    architecture.encoderLayers = layers;
    architecture.decoderLayers = layers;
    architecture.maxLength = 8;
    std::vector<std::string> outputs = words(3);
    if (task == nn::Task::Seq2Seq) outputs.insert(outputs.end(), {"<bos>", "<eos>"});
    if (task == nn::Task::LanguageModel) outputs.clear();
    return nn::makeTransformer(task, architecture, words(6), outputs, 1);
}

} // namespace

TEST_CASE("a timeline keeps step 0 and every interval, doubling the interval when full", "[train][timeline]") {
    train::Timeline timeline(10, 4);
    for (long long s = 0; s <= 30; ++s)
        timeline.add(momentAt(s));
    CHECK(steps(timeline) == std::vector<long long>{0, 10, 20, 30});
    CHECK(timeline.interval() == 10);

    // Full: step 40 is due on the doubled grid, and the others thin to it.
    CHECK(timeline.isDue(40));
    CHECK(timeline.add(momentAt(40)));
    CHECK(steps(timeline) == std::vector<long long>{0, 20, 40});
    CHECK(timeline.interval() == 20);
    CHECK_FALSE(timeline.isDue(50));
    CHECK(timeline.isDue(60));
    timeline.add(momentAt(60));
    CHECK_FALSE(timeline.isDue(60)); // once only
    CHECK_FALSE(timeline.isDue(70));
    CHECK_FALSE(timeline.isDue(80 + 20)); // full again: the grid is 40
    CHECK(timeline.isDue(80));
    timeline.add(momentAt(80));
    CHECK(steps(timeline) == std::vector<long long>{0, 40, 80});
    CHECK(timeline.moments().front().train.loss == 1.0); // the moment of step 0 itself, kept throughout
}

TEST_CASE("over 100 000 steps a timeline never exceeds its capacity and isDue says what add keeps",
          "[train][timeline]") {
    train::Timeline timeline(3, 16);
    int disagreements = 0, overfull = 0, irregular = 0;
    for (long long s = 0; s <= 100000; ++s) {
        const bool due = timeline.isDue(s);
        const bool kept = timeline.add(momentAt(s));
        const bool held = timeline.moments().back().step == s;
        if (due != kept || kept != held) ++disagreements;
        if (timeline.moments().size() > timeline.capacity()) ++overfull;
        if (!isRegularGrid(timeline)) ++irregular;
    }
    CHECK(disagreements == 0);
    CHECK(overfull == 0);
    CHECK(irregular == 0);
    // It still spans the run: step 0, the last moment within an interval of the end, and at
    // least half of its capacity in use.
    CHECK(timeline.moments().front().step == 0);
    CHECK(100000 - timeline.moments().back().step < timeline.interval());
    CHECK(timeline.moments().size() >= 8);
    // 3 · 2^12: at 3 · 2^11 = 6144 the steps 0 … 100 000 would need 17 moments.
    CHECK(timeline.interval() == 3 * 4096);
}

TEST_CASE("the steps a timeline holds depend only on the step count", "[train][timeline]") {
    // One driver offers every step, the other only the due ones, as the window does.
    train::Timeline everyStep(5, 10), dueOnly(5, 10);
    for (long long s = 0; s <= 5000; ++s) {
        everyStep.add(momentAt(s));
        if (dueOnly.isDue(s)) dueOnly.add(momentAt(s));
        if (s == 777 || s == 5000) {
            CHECK(steps(everyStep) == steps(dueOnly));
            CHECK(everyStep.interval() == dueOnly.interval());
        }
    }
    CHECK_FALSE(dueOnly.add(momentAt(5000)));      // a step already held
    CHECK_FALSE(dueOnly.add(momentAt(0)));         // a step before the last
    CHECK_FALSE(train::Timeline(5, 10).isDue(-5)); // no negative steps
    CHECK_THROWS_AS(train::Timeline(0, 10), std::invalid_argument);
    CHECK_THROWS_AS(train::Timeline(1, 1), std::invalid_argument);
}

TEST_CASE("the timeline's capacity is 64 MB of weights, between 16 and 256 moments", "[train][timeline]") {
    const nn::TransformerModel tiny = modelOf(nn::Task::Labelling, 8, 12, 1);
    CHECK(train::timelineCapacity(tiny) == 256);

    const nn::TransformerModel medium = modelOf(nn::Task::Labelling, 64, 256, 2);
    const double bytes = double(medium.weights.values().size()) * sizeof(double);
    REQUIRE(bytes > 64.0 * 1024 * 1024 / 256);
    REQUIRE(bytes < 64.0 * 1024 * 1024 / 16);
    CHECK(train::timelineCapacity(medium) == std::size_t(64.0 * 1024 * 1024 / bytes));

    const nn::TransformerModel large = modelOf(nn::Task::Labelling, 256, 1024, 1); // ≈ 6 MB of weights
    REQUIRE(double(large.weights.values().size()) * sizeof(double) > 64.0 * 1024 * 1024 / 16);
    CHECK(train::timelineCapacity(large) == 16);
}

TEST_CASE("evaluating both sets every evaluationInterval steps costs about a tenth of training", "[train][timeline]") {
    const nn::TransformerModel labelling = modelOf(nn::Task::Labelling, 8, 12, 1);
    const std::vector<nn::Example> ten(10, nn::Example{{0, 1, 2, 3}, {0, 1, 2, 0}});

    // A step: 3 passes of 2 examples of 4 rows = 24 rows; evaluating 10 examples: 40 rows;
    // 40 = a tenth of k · 24 for k = 16.7, so every 17 steps.
    CHECK(train::evaluationInterval(labelling, ten, {}, 2) == 17);
    // A test set adds its rows; a larger training set or a smaller batch evaluates less often.
    CHECK(train::evaluationInterval(labelling, ten, ten, 2) == 34);
    const std::vector<nn::Example> forty(40, ten.front());
    CHECK(train::evaluationInterval(labelling, forty, {}, 2) > train::evaluationInterval(labelling, ten, {}, 2));
    CHECK(train::evaluationInterval(labelling, ten, {}, 1) > train::evaluationInterval(labelling, ten, {}, 2));
    // Never below one step, however large the batch.
    CHECK(train::evaluationInterval(labelling, ten, {}, 1000) == 1);
    CHECK(train::evaluationInterval(labelling, {}, {}, 2) == 1);

    // seq2seq (one encoder and one decoder layer): N = 3, T = 2. Teacher-forced: 3 + 3 rows;
    // greedy generation: the encoder's 3 rows and decoder passes over 1, 2, 3 rows. A step of
    // one example: 3 · 6 = 18 rows; evaluating 4 + 2 examples: 6 · (6 + 9) = 90 rows → 50.
    const nn::TransformerModel seq2seq = modelOf(nn::Task::Seq2Seq, 8, 12, 1);
    const nn::Example translation{{0, 1, 2}, {0, 1}};
    CHECK(train::evaluationInterval(seq2seq, std::vector<nn::Example>(4, translation),
                                    std::vector<nn::Example>(2, translation), 1) == 50);
}
