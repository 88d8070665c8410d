// The dump command run as a user runs it: the real executable, its exit status, what it
// prints and what it leaves on disk.
#include "tests/app/process.h"
#include "tests/app/temporary_folder.h"
#include "tests/core/io/bad_samples.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

using al::test::lineCount;
using al::test::readFile;
using al::test::runAttentionLab;

using Folder = al::test::TemporaryFolder;

} // namespace

TEST_CASE("dump writes the same trace to standard output and to a file", "[dump]") {
    Folder folder("dump");
    const std::string sample = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/lecture-four-vectors.json";
    const auto toStdout = runAttentionLab({"dump", sample});
    REQUIRE(toStdout.status == 0);
    CHECK(toStdout.err.empty());
    const auto trace = nlohmann::json::parse(toStdout.out);
    CHECK(trace["format"] == "attention-lab/trace@1");
    CHECK(trace["tokens"].size() == 4);

    const auto toFile = runAttentionLab({"dump", sample, "-o", folder / "t.json"});
    REQUIRE(toFile.status == 0);
    CHECK(toFile.out.empty());
    CHECK(readFile(folder / "t.json") == toStdout.out);
    CHECK(folder.fileCount() == 1); // no temporary file left behind
}

TEST_CASE("dump refuses each bad sample: exit 2, one line naming file and field, nothing written", "[dump]") {
    Folder folder("dump");
    al::test::writeFile(folder / "existing.json", "previous content");
    for (const al::test::BadSample& bad : al::test::badSamples()) {
        INFO(bad.description);
        auto json = al::test::validSampleJson(3, 4);
        bad.mutate(json);
        const std::string sample = folder / "bad sample.json";
        al::test::writeFile(sample, json.dump());
        for (const char* target : {"new.json", "existing.json"}) {
            const auto r = runAttentionLab({"dump", sample, "-o", folder / target});
            INFO(r.err);
            CHECK(r.status == 2);
            CHECK(lineCount(r.err) == 1);
            CHECK(r.err.find(sample) != std::string::npos);
            CHECK(r.err.find(bad.field) != std::string::npos);
            CHECK(r.out.empty());
        }
        CHECK_FALSE(fs::exists(folder / "new.json"));
        CHECK(readFile(folder / "existing.json") == "previous content");
        CHECK(folder.fileCount() == 2); // the sample and the untouched file: nothing else
    }
}

TEST_CASE("dump refuses unreadable inputs and bad arguments with exit 2", "[dump]") {
    Folder folder("dump");
    al::test::writeFile(folder / "empty.json", "");
    al::test::writeFile(folder / "binary.json", std::string("\x00\x01\xff\xfe", 4));
    al::test::writeFile(folder / "truncated.json", R"({"format": "attention-lab/sample@1", "title": )");
    const std::string good = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/lecture-four-vectors.json";
    const std::vector<std::vector<std::string>> cases = {
        {"dump", folder / "absent.json"},
        {"dump", folder / "empty.json"},
        {"dump", folder / "binary.json"},
        {"dump", folder / "truncated.json"},
        {"dump", folder / "."}, // a folder
        {"dump"},
        {"dump", good, "-o"},
        {"dump", good, "--frobnicate"},
        {"dump", good, good},
        {"dump", good, "-o", folder / "no-such-folder/t.json"},
        {"dump", good, "-o", folder / "."},
        {"frobnicate", good},
        {folder / "absent.json"}, // the window, on a sample that is not there
    };
    for (const auto& arguments : cases) {
        INFO(arguments.front() << " " << arguments.back());
        const auto r = runAttentionLab(arguments);
        INFO(r.err);
        CHECK(r.status == 2);
        CHECK(lineCount(r.err) == 1);
        CHECK(r.out.empty());
    }
    CHECK(folder.fileCount() == 3);
}

TEST_CASE("every bundled sample dumps cleanly", "[dump][samples]") {
    int count = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(ATTENTION_LAB_SOURCE_DIR) / "samples")) {
        if (entry.path().extension() != ".json") continue;
        ++count;
        INFO(entry.path());
        const auto r = runAttentionLab({"dump", entry.path().string()});
        CHECK(r.status == 0);
        CHECK(r.err.empty());
    }
    CHECK(count >= 6);
}

TEST_CASE("help and the version answer on standard output", "[dump]") {
    const auto help = runAttentionLab({"--help"});
    CHECK(help.status == 0);
    CHECK(help.out.find("attention-lab dump SAMPLE") != std::string::npos);
    CHECK(help.out.find("attention-lab screenshot SAMPLE") != std::string::npos);
    CHECK(runAttentionLab({"--version"}).out.find("attention-lab ") == 0);
}

TEST_CASE("a refusal is worded in Chinese with the lang option of every command, an unknown language refused",
          "[dump]") {
    const Folder folder("dump");
    const auto bad = folder / "bad.json";
    al::test::writeFile(
        bad, R"({"format": "attention-lab/sample@1", "title": "t", "tokens": ["a"], "embeddings": [[1, "x"]]})");
    const std::string chinese = bad + ": embeddings[0][1]: 应为数，实际为一个字符串\n";
    for (const std::vector<std::string>& command : {std::vector<std::string>{"dump", bad, "--lang", "zh_CN"},
                                                    {"--lang", "zh_CN", "export", bad, "-d", folder / "out"},
                                                    {"screenshot", bad, "-o", folder / "s.png", "--lang", "zh_CN"}}) {
        const auto r = runAttentionLab(command);
        INFO(command[0] << ": " << r.err);
        CHECK(r.status == 2);
        CHECK(r.err == "attention-lab: " + chinese);
    }
    const auto english = runAttentionLab({"dump", bad});
    CHECK(english.err == "attention-lab: " + bad + ": embeddings[0][1]: expected a number, got a string\n");
    const auto unknown = runAttentionLab({"dump", bad, "--lang", "xx"});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("--lang xx is not available") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder / "out"));
}
