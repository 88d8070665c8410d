// The influence command run as a user runs it: the real executable, its exit status, what it
// prints and what it leaves on disk.
#include "tests/app/process.h"
#include "tests/app/temporary_folder.h"
#include "tests/core/io/bad_samples.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

using al::test::lineCount;
using al::test::readFile;
using al::test::runAttentionLab;
using Folder = al::test::TemporaryFolder;

} // namespace

TEST_CASE("influence writes the same influence@1 to standard output and to a file", "[influence-command]") {
    Folder folder("influence");
    const std::string sample = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/animal-street.json";
    const auto toStdout = runAttentionLab({"influence", sample});
    REQUIRE(toStdout.status == 0);
    CHECK(toStdout.err.empty());
    const auto document = nlohmann::json::parse(toStdout.out);
    CHECK(document["format"] == "attention-lab/influence@1");
    const std::size_t n = document["tokens"].size();
    REQUIRE(n >= 6);
    const auto& rnn = document["rnn"];
    const std::size_t dH = rnn["hidden_size"];
    CHECK(rnn["W_x"].size() == dH);
    CHECK(rnn["W_h"].size() == dH);
    CHECK(rnn["W_h"][0].size() == dH);
    CHECK(rnn["b"].size() == dH);
    CHECK(rnn["hidden"].size() == n);
    REQUIRE(rnn["influence"].size() == n);
    REQUIRE(document["attention"]["influence"].size() == n);
    for (std::size_t t = 0; t < n; ++t) {
        CHECK(document["attention"]["influence"][t].size() == n);
        for (std::size_t s = t + 1; s < n; ++s)
            CHECK(rnn["influence"][t][s] == 0.0); // h_t has not read a_s
        CHECK(rnn["influence"][t][t] > 0.0);
    }

    const auto toFile = runAttentionLab({"influence", sample, "-o", folder / "i.json"});
    REQUIRE(toFile.status == 0);
    CHECK(toFile.out.empty());
    CHECK(readFile(folder / "i.json") == toStdout.out);
    CHECK(folder.fileCount() == 1); // no temporary file left behind
}

TEST_CASE("influence uses the sample's rnn block as given", "[influence-command]") {
    Folder folder("influence");
    auto json = al::test::validSampleJson(3, 2);
    json["rnn"] = {{"hidden_size", 1}, {"W_x", {{0.5, -0.5}}}, {"W_h", {{0.25}}}, {"b", {0.125}}};
    al::test::writeFile(folder / "s.json", json.dump());
    const auto r = runAttentionLab({"influence", folder / "s.json"});
    REQUIRE(r.status == 0);
    const auto document = nlohmann::json::parse(r.out);
    CHECK(document["rnn"]["hidden_size"] == 1);
    CHECK(document["rnn"]["W_x"] == json["rnn"]["W_x"]);
    CHECK(document["rnn"]["W_h"] == json["rnn"]["W_h"]);
    CHECK(document["rnn"]["b"] == json["rnn"]["b"]);
}

TEST_CASE("influence refuses bad samples and samples too long: exit 2, one line naming file and field, nothing "
          "written",
          "[influence-command]") {
    Folder folder("influence");
    al::test::writeFile(folder / "existing.json", "previous content");
    std::vector<std::pair<nlohmann::json, std::string>> bad;
    for (const al::test::BadSample& sample : al::test::badSamples())
        if (sample.field.starts_with("rnn") || sample.field == "tokens" || sample.field == "model.weights.W_q") {
            auto json = al::test::validSampleJson(3, 4);
            sample.mutate(json);
            bad.emplace_back(json, sample.field);
        }
    REQUIRE(bad.size() >= 10);
    bad.emplace_back(al::test::validSampleJson(513, 2), "tokens"); // one more than the influence takes
    for (const auto& [json, field] : bad) {
        INFO(field);
        const std::string sample = folder / "bad sample.json";
        al::test::writeFile(sample, json.dump());
        for (const char* target : {"new.json", "existing.json"}) {
            const auto r = runAttentionLab({"influence", sample, "-o", folder / target});
            INFO(r.err);
            CHECK(r.status == 2);
            CHECK(lineCount(r.err) == 1);
            CHECK(r.err.find(sample) != std::string::npos);
            CHECK(r.err.find(field) != std::string::npos);
            CHECK(r.out.empty());
        }
        CHECK_FALSE(fs::exists(folder / "new.json"));
        CHECK(readFile(folder / "existing.json") == "previous content");
        CHECK(folder.fileCount() == 2);
    }
    const auto absent = runAttentionLab({"influence", folder / "absent.json"});
    CHECK(absent.status == 2);
    CHECK(lineCount(absent.err) == 1);
    CHECK(absent.out.empty());
}
