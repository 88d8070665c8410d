// The loader accepts every documented form, resolves the defaults of FORMATS.md, and
// refuses each kind of bad sample with one message naming the JSON path.
#include "core/base/input_error.h"
#include "core/io/sample_loader.h"
#include "tests/core/io/bad_samples.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace al;

TEST_CASE("defaults are resolved as FORMATS.md says", "[loader]") {
    auto json = test::validSampleJson(3, 6);
    const Sample one = test::sampleFrom(json);
    const ModelConfig& c = one.model.config;
    CHECK(c.heads == 1);
    CHECK(c.dModel == 6);
    CHECK(c.dK == 6);
    CHECK(c.dV == 6);
    CHECK(c.scoring == Scoring::ScaledDot);
    CHECK(c.normalization == Normalization::Softmax);
    CHECK(c.temperature == 1.0);
    CHECK(c.positional == PositionalEncoding::None);
    CHECK_FALSE(c.outputProjection);
    CHECK(c.seed == 1);
    CHECK(one.model.weights.W_q.rows() == 6);
    CHECK(one.model.weights.W_o.size() == 0);

    json["model"] = {{"heads", 3}, {"d_v", 5}};
    const Sample three = test::sampleFrom(json);
    CHECK(three.model.config.dK == 2);
    CHECK(three.model.config.dV == 5);
    CHECK(three.model.config.outputProjection); // on by default with more than one head
    CHECK(three.model.weights.W_o.rows() == 6);
    CHECK(three.model.weights.W_o.cols() == 15);
}

TEST_CASE("a sample without a model block is accepted, and the description is optional", "[loader]") {
    auto json = test::validSampleJson(2, 2);
    json.erase("model");
    json["description"] = "about";
    const Sample s = test::sampleFrom(json);
    CHECK(s.description == "about");
    CHECK(s.model.weights.W_k.rows() == 2);
}

TEST_CASE("given weights are used as is, and masks and seeds are read", "[loader]") {
    auto json = test::validSampleJson(3, 2);
    json["model"] = {
        {"seed", 18446744073709551615ULL},
        {"weights", {{"W_q", {{1, 2}, {3, 4}}}}},
        {"masks", {{{"kind", "causal"}}, {{"kind", "custom"}, {"matrix", {{true, false, 1}, {0, 1, 0}, {1, 1, 1}}}}}}};
    const Sample s = test::sampleFrom(json);
    CHECK(s.model.weights.W_q(1, 0) == 3.0);
    CHECK(s.model.config.seed == 18446744073709551615ULL);
    REQUIRE(s.model.masks.size() == 2);
    CHECK(std::get<CustomMask>(s.model.masks[1]).matrix(0, 2) == 1);
}

TEST_CASE("whole numbers written as 2.0 are accepted", "[loader]") {
    auto json = test::validSampleJson(3, 4);
    json["model"] = {{"heads", 2.0}, {"masks", {{{"kind", "window"}, {"radius", 1.0}}}}};
    CHECK(test::sampleFrom(json).model.config.heads == 2);
}

TEST_CASE("each kind of bad sample is refused, naming its field", "[loader]") {
    for (const test::BadSample& bad : test::badSamples()) {
        INFO(bad.description);
        auto json = test::validSampleJson(3, 4);
        bad.mutate(json);
        try {
            test::sampleFrom(json);
            FAIL("accepted: " << bad.description);
        } catch (const InputError& error) {
            INFO(error.what());
            CHECK(error.file() == "test.json");
            CHECK(error.field() == bad.field);
            CHECK_FALSE(error.problem().empty());
            CHECK(std::string(error.what()).find('\n') == std::string::npos);
        }
    }
}

TEST_CASE("shapes over the limits are refused before anything is allocated", "[loader]") {
    auto json = test::validSampleJson(3, 4);
    json["tokens"] = nlohmann::json(std::vector<std::string>(3000, "x"));
    json["embeddings"] = nlohmann::json(std::vector<std::vector<double>>(3000, std::vector<double>{1.0}));
    json["model"] = {{"heads", 64}, {"d_k", 1}};
    try {
        test::sampleFrom(json);
        FAIL("accepted 64 heads over 3000 tokens");
    } catch (const InputError& error) {
        CHECK(error.field() == "model.heads");
        CHECK(error.problem().find("limit") != std::string::npos);
    }
}

TEST_CASE("syntax errors give the line and column", "[loader]") {
    try {
        parseSample("{\n  \"format\": \"attention-lab/sample@1\",\n  oops\n}", "bad.json");
        FAIL("accepted invalid JSON");
    } catch (const InputError& error) {
        CHECK(std::string(error.what()).find("bad.json: not valid JSON at line 3") == 0);
    }
    CHECK_THROWS_WITH(parseSample("", "empty.json"), Catch::Contains("empty"));
    CHECK_THROWS_AS(parseSample("\x80\x81", "binary.json"), InputError);
    CHECK_THROWS_AS(parseSample("{\"format\": \"\xff\"}", "utf8.json"), InputError);
    CHECK_THROWS_AS(parseSample("{\"a\": 1e999}", "huge.json"), InputError);
}

TEST_CASE("files: missing, a folder, or fine", "[loader]") {
    const auto folder = std::filesystem::temp_directory_path() / "attention-lab-loader-test";
    std::filesystem::create_directories(folder);
    CHECK_THROWS_WITH(loadSample(folder / "absent.json"), Catch::Contains("no such file"));
    CHECK_THROWS_WITH(loadSample(folder), Catch::Contains("is a directory"));
    {
        std::ofstream out(folder / "ok.json");
        out << test::validSampleJson(2, 2).dump();
    }
    CHECK(loadSample(folder / "ok.json").tokenCount() == 2);
    // Unreadable: only as a user without root's right to read anything.
    std::filesystem::permissions(folder / "ok.json", std::filesystem::perms::none);
    if (::geteuid() != 0) CHECK_THROWS_WITH(loadSample(folder / "ok.json"), Catch::Contains("cannot be read"));
    // Not a regular file: a character device.
    CHECK_THROWS_WITH(loadSample("/dev/null"), Catch::Contains("not a regular file"));
    std::filesystem::remove_all(folder);
}

TEST_CASE("an rnn block is read as given, each part optional, with d_h from the first part that gives it",
          "[loader][rnn]") {
    auto json = test::validSampleJson(3, 4);
    CHECK_FALSE(test::sampleFrom(json).rnn);

    json["rnn"] = nlohmann::json::object();
    const Sample empty = test::sampleFrom(json);
    REQUIRE(empty.rnn);
    CHECK(*empty.rnn == RnnBlock{});

    json["rnn"] = {{"hidden_size", 2},
                   {"W_x", {{1, 2, 3, 4}, {5, 6, 7, 8}}},
                   {"W_h", {{0.5, -0.25}, {0.125, 1e-300}}},
                   {"b", {-1, 2}}};
    const Sample whole = test::sampleFrom(json);
    REQUIRE(whole.rnn);
    CHECK(whole.rnn->hiddenSize == 2);
    CHECK(whole.rnn->W_x.rows() == 2);
    CHECK(whole.rnn->W_x(1, 2) == 7);
    CHECK(whole.rnn->W_h(1, 1) == 1e-300);
    CHECK(whole.rnn->b(0) == -1);

    json["rnn"] = {{"W_h", {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}, {"b", {0, 0, 1}}}; // d_h = 3 from W_h
    const Sample partial = test::sampleFrom(json);
    REQUIRE(partial.rnn);
    CHECK_FALSE(partial.rnn->hiddenSize);
    CHECK(partial.rnn->W_x.size() == 0);
    CHECK(partial.rnn->W_h.rows() == 3);
    CHECK(partial.rnn->b.size() == 3);

    json["rnn"] = {{"b", {1, 2, 3, 4}}}; // nothing else gives d_h: d_model
    CHECK(test::sampleFrom(json).rnn->b.size() == 4);
}
