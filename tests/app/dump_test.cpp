// The dump command run as a user runs it: the real executable, its exit status, what it
// prints and what it leaves on disk.
#include "tests/core/bad_samples.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Result {
    int status;
    std::string out, err;
};

std::string quote(const std::string& text) {
    std::string quoted = "'";
    for (char ch : text) quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return quoted + "'";
}

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class Folder {
public:
    Folder() : path_(fs::temp_directory_path() / ("attention-lab-dump-" + std::to_string(::getpid()))) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~Folder() { fs::remove_all(path_); }
    fs::path operator/(const std::string& name) const { return path_ / name; }
    std::size_t fileCount() const {
        return std::size_t(std::distance(fs::directory_iterator(path_), fs::directory_iterator()));
    }

private:
    fs::path path_;
};

Result attentionLab(const std::string& arguments, const Folder& folder) {
    const fs::path out = folder / ".stdout", err = folder / ".stderr";
    const std::string command = quote(ATTENTION_LAB_EXECUTABLE) + " " + arguments + " >" +
                                quote(out.string()) + " 2>" + quote(err.string()) + " </dev/null";
    const int raw = std::system(command.c_str());
    Result result{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read(out), read(err)};
    fs::remove(out);
    fs::remove(err);
    return result;
}

void write(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::size_t lineCount(const std::string& text) { return std::size_t(std::count(text.begin(), text.end(), '\n')); }

} // namespace

TEST_CASE("dump writes the same trace to standard output and to a file", "[dump]") {
    Folder folder;
    const fs::path sample = fs::path(ATTENTION_LAB_SOURCE_DIR) / "samples/lecture-four-vectors.json";
    const Result toStdout = attentionLab("dump " + quote(sample.string()), folder);
    REQUIRE(toStdout.status == 0);
    CHECK(toStdout.err.empty());
    const auto trace = nlohmann::json::parse(toStdout.out);
    CHECK(trace["format"] == "attention-lab/trace@1");
    CHECK(trace["tokens"].size() == 4);

    const Result toFile = attentionLab("dump " + quote(sample.string()) + " -o " + quote((folder / "t.json").string()), folder);
    REQUIRE(toFile.status == 0);
    CHECK(toFile.out.empty());
    CHECK(read(folder / "t.json") == toStdout.out);
    CHECK(folder.fileCount() == 1); // no temporary file left behind
}

TEST_CASE("dump refuses each bad sample: exit 2, one line naming file and field, nothing written", "[dump]") {
    Folder folder;
    write(folder / "existing.json", "previous content");
    for (const al::test::BadSample& bad : al::test::badSamples()) {
        INFO(bad.description);
        auto json = al::test::validSampleJson(3, 4);
        bad.mutate(json);
        const fs::path sample = folder / "bad sample.json";
        write(sample, json.dump());
        for (const char* target : {"new.json", "existing.json"}) {
            const Result r = attentionLab("dump " + quote(sample.string()) + " -o " + quote((folder / target).string()), folder);
            INFO(r.err);
            CHECK(r.status == 2);
            CHECK(lineCount(r.err) == 1);
            CHECK(r.err.find(sample.string()) != std::string::npos);
            CHECK(r.err.find(bad.field) != std::string::npos);
            CHECK(r.out.empty());
        }
        CHECK_FALSE(fs::exists(folder / "new.json"));
        CHECK(read(folder / "existing.json") == "previous content");
        CHECK(folder.fileCount() == 2); // the sample and the untouched file: nothing else
    }
}

TEST_CASE("dump refuses unreadable inputs and bad arguments with exit 2", "[dump]") {
    Folder folder;
    write(folder / "empty.json", "");
    write(folder / "binary.json", std::string("\x00\x01\xff\xfe", 4));
    write(folder / "truncated.json", R"({"format": "attention-lab/sample@1", "title": )");
    const fs::path good = fs::path(ATTENTION_LAB_SOURCE_DIR) / "samples/lecture-four-vectors.json";
    const std::vector<std::string> cases = {
        "dump " + quote((folder / "absent.json").string()),
        "dump " + quote((folder / "empty.json").string()),
        "dump " + quote((folder / "binary.json").string()),
        "dump " + quote((folder / "truncated.json").string()),
        "dump " + quote((folder / ".").string()), // a folder
        "dump",
        "dump " + quote(good.string()) + " -o",
        "dump " + quote(good.string()) + " --frobnicate",
        "dump " + quote(good.string()) + " " + quote(good.string()),
        "dump " + quote(good.string()) + " -o " + quote((folder / "no-such-folder" / "t.json").string()),
        "dump " + quote(good.string()) + " -o " + quote((folder / ".").string()),
        "frobnicate " + quote(good.string()),
    };
    for (const std::string& arguments : cases) {
        INFO(arguments);
        const Result r = attentionLab(arguments, folder);
        INFO(r.err);
        CHECK(r.status == 2);
        CHECK(lineCount(r.err) == 1);
        CHECK(r.out.empty());
    }
    CHECK(folder.fileCount() == 3);
}

TEST_CASE("every bundled sample dumps cleanly", "[dump][samples]") {
    Folder folder;
    int count = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(ATTENTION_LAB_SOURCE_DIR) / "samples")) {
        if (entry.path().extension() != ".json") continue;
        ++count;
        INFO(entry.path());
        const Result r = attentionLab("dump " + quote(entry.path().string()), folder);
        CHECK(r.status == 0);
        CHECK(r.err.empty());
    }
    CHECK(count >= 6);
}

TEST_CASE("--help and --version answer on standard output", "[dump]") {
    Folder folder;
    const Result help = attentionLab("--help", folder);
    CHECK(help.status == 0);
    CHECK(help.out.find("attention-lab dump SAMPLE") != std::string::npos);
    CHECK(attentionLab("--version", folder).out.find("attention-lab ") == 0);
}
