// The trace@1 writer: every field of FORMATS.md, numbers that read back bit for bit,
// strings escaped, and atomic replacement of files.
#include "core/attention/attention.h"
#include "core/io/atomic_file.h"
#include "core/io/json_writer.h"
#include "core/io/trace_writer.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace al;

namespace {
Matrix readMatrix(const nlohmann::json& rows) {
    Matrix m(rows.size(), rows.empty() ? 0 : rows[0].size());
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            m(Eigen::Index(r), Eigen::Index(c)) = rows[r][c].get<double>();
    return m;
}
} // namespace

TEST_CASE("a written trace holds every field and reads back exactly", "[writer]") {
    auto json = test::validSampleJson(4, 6);
    json["title"] = "quote \" backslash \\ newline \n tab \t 中文";
    json["tokens"][1] = "天涯";
    json["model"] = {
        {"heads", 3},
        {"scoring", "additive"},
        {"positional_encoding", {{"kind", "learned"}}},
        {"masks", {{{"kind", "custom"}, {"matrix", {{1, 1, 0, 0}, {0, 0, 0, 0}, {1, 1, 1, 0}, {0, 0, 0, 1}}}}}}};
    const Trace t = run(test::sampleFrom(json));
    std::ostringstream text;
    writeTrace(text, t);
    const auto doc = nlohmann::json::parse(text.str());

    CHECK(doc["format"] == "attention-lab/trace@1");
    CHECK(doc["title"] == json["title"]);
    CHECK(doc["tokens"][1] == "天涯");
    CHECK(doc["config"] == nlohmann::json::parse(R"({"heads": 3, "d_model": 6, "d_k": 2, "d_v": 2,
        "scoring": "additive", "normalization": "softmax", "temperature": 1.0,
        "positional_encoding": "learned", "output_projection": true, "seed": 1})"));
    CHECK(doc["weights"].contains("W_o"));
    CHECK(doc["weights"].contains("w_a"));
    CHECK(readMatrix(doc["weights"]["W_q"]) == t.weights.W_q);
    CHECK(readMatrix(doc["positional"]) == t.positional);
    CHECK(readMatrix(doc["x"]) == t.x);
    CHECK(readMatrix(doc["mask"]) == t.mask.cast<double>());
    REQUIRE(doc["heads"].size() == 3);
    for (std::size_t h = 0; h < 3; ++h) {
        CHECK(readMatrix(doc["heads"][h]["q"]) == t.heads[h].q);
        CHECK(readMatrix(doc["heads"][h]["scores"]) == t.attention(int(h))->scores);
        CHECK(readMatrix(doc["heads"][h]["weights"]) == t.attention(int(h))->weights);
        CHECK(readMatrix(doc["heads"][h]["output"]) == t.heads[h].output);
    }
    CHECK(readMatrix(doc["concat"]) == t.concat);
    CHECK(readMatrix(doc["output"]) == t.output);
    CHECK(doc["fully_masked_queries"] == nlohmann::json::array({1}));
}

TEST_CASE("without projection or additive scoring, W_o and w_a are left out", "[writer]") {
    std::ostringstream text;
    writeTrace(text, run(test::sampleFrom(test::validSampleJson(2, 2))));
    const auto doc = nlohmann::json::parse(text.str());
    CHECK_FALSE(doc["weights"].contains("W_o"));
    CHECK_FALSE(doc["weights"].contains("w_a"));
    CHECK(doc["fully_masked_queries"].empty());
}

TEST_CASE("numbers round-trip: shortest text, the same double", "[writer]") {
    for (double x : {0.1, 1.0 / 3.0, -0.0, 1e-300, 4.9e-324, 1.7976931348623157e308, 123456789.125}) {
        std::ostringstream text;
        JsonWriter writer(text);
        writer.value(x);
        CHECK(nlohmann::json::parse(text.str()).get<double>() == x);
    }
    std::ostringstream text;
    JsonWriter writer(text);
    CHECK_THROWS_AS(writer.value(std::nan("")), std::domain_error);
}

TEST_CASE("control characters in strings are escaped", "[writer]") {
    std::ostringstream text;
    JsonWriter writer(text);
    writer.value(std::string_view("a\x01"
                                  "b\x1f",
                                  4));
    CHECK(text.str() == "\"a\\u0001b\\u001f\"");
}

TEST_CASE("atomic writes replace the file whole, or leave it untouched", "[writer]") {
    const auto folder = std::filesystem::temp_directory_path() / "attention-lab-atomic-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const auto target = folder / "out.json";
    writeFileAtomically(target, [](std::ostream& out) { out << "first"; });
    auto read = [&] {
        std::ifstream in(target);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    };
    CHECK(read() == "first");
    CHECK_THROWS(writeFileAtomically(target, [](std::ostream& out) {
        out << "half of a second";
        throw std::runtime_error("interrupted");
    }));
    CHECK(read() == "first");
    // no temporary file is left behind
    CHECK(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()) == 1);
    CHECK_THROWS_AS(writeFileAtomically(folder / "missing" / "x.json", [](std::ostream&) {}), std::system_error);
    std::filesystem::remove_all(folder);
}
