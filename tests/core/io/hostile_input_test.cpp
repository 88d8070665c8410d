// Hostile files through the sample and kernel loaders: each is refused with the file, the
// place and the problem, or, where it is valid JSON within the limits, read exactly.
#include "core/base/input_error.h"
#include "core/io/gray_image.h"
#include "core/io/sample_loader.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <string>

using namespace al;

namespace {
// The InputError that parsing `text` as a sample raises (fails the test if none).
InputError sampleRefusal(const std::string& text) {
    try {
        parseSample(text, "hostile.json");
    } catch (const InputError& error) {
        return error;
    }
    FAIL("accepted: " << text.substr(0, 200));
    throw; // not reached
}

std::string validText() {
    return test::validSampleJson(2, 2).dump();
}
} // namespace

TEST_CASE("a key given twice is refused with its path, at any depth", "[loader][hostile]") {
    const std::string base = validText(); // {"embeddings":…,"format":…,…}
    std::string top = base;
    top.insert(1, "\"title\": \"first\", ");
    const InputError topLevel = sampleRefusal(top);
    CHECK(topLevel.file() == "hostile.json");
    CHECK(topLevel.field() == "title");
    CHECK(topLevel.problem().find("twice") != std::string::npos);

    auto json = test::validSampleJson(2, 2);
    json["model"] = {{"masks", {{{"kind", "causal"}}, {{"kind", "window"}, {"radius", 1}}}}};
    std::string nested = json.dump();
    const auto radius = nested.find("\"radius\":1");
    REQUIRE(radius != std::string::npos);
    nested.insert(radius, "\"radius\":2,");
    CHECK(sampleRefusal(nested).field() == "model.masks[1].radius");

    CHECK_THROWS_WITH(parseKernel("{\"kernel\": [[1]], \"kernel\": [[2]]}", "k.json"),
                      Catch::Contains("kernel: this key appears twice"));
}

TEST_CASE("binary data, empty files and bytes after the JSON are refused", "[loader][hostile]") {
    CHECK(sampleRefusal(std::string("\0\1\2\3", 4)).problem().find("zero byte at offset 0") != std::string::npos);
    CHECK(sampleRefusal(validText() + std::string(1, '\0')).problem().find("zero byte") != std::string::npos);
    CHECK(sampleRefusal(validText() + " {}").problem().find("not valid JSON") != std::string::npos);
    CHECK(sampleRefusal("").problem().find("empty") != std::string::npos);
    CHECK(sampleRefusal(std::string("\xff\xfe{\0", 4)).problem().find("UTF-16") != std::string::npos);
    CHECK(sampleRefusal("   \n").problem().find("not valid JSON") != std::string::npos);
    CHECK_THROWS_WITH(parseKernel(std::string("\xff\x00", 2), "k.json"), Catch::Contains("zero byte"));
}

TEST_CASE("deep nesting is refused without exhausting the stack", "[loader][hostile]") {
    for (int depth : {1000, 200000}) {
        const std::string arrays = std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']');
        CHECK(sampleRefusal(arrays).problem().find("JSON object") != std::string::npos);
        std::string objects;
        for (int i = 0; i < depth; ++i)
            objects += "{\"title\":";
        objects += "1" + std::string(std::size_t(depth), '}');
        CHECK(sampleRefusal(objects).field() == "format"); // the first field checked
        std::string unclosed(std::size_t(depth), '[');
        CHECK(sampleRefusal(unclosed).problem().find("not valid JSON") != std::string::npos);
    }
}

TEST_CASE("invalid UTF-8, multi-megabyte tokens and numbers out of range are refused", "[loader][hostile]") {
    std::string badUtf8 = validText();
    badUtf8.replace(badUtf8.find("\"t0\""), 4, "\"\xc3\x28\""); // a lead byte without its continuation
    CHECK(sampleRefusal(badUtf8).problem().find("UTF-8") != std::string::npos);

    auto json = test::validSampleJson(2, 2);
    json["tokens"][0] = std::string(8u << 20, 'x');
    const InputError longToken = sampleRefusal(json.dump());
    CHECK(longToken.field() == "tokens[0]");
    CHECK(longToken.problem().find("limit") != std::string::npos);

    std::string overflow = test::validSampleJson(2, 2).dump();
    const auto firstNumber = overflow.find("[[") + 2;
    overflow.insert(firstNumber, "1e309,");
    CHECK(sampleRefusal(overflow).problem().find("overflow") != std::string::npos);
}

TEST_CASE("1e308 and −0 are numbers like any other", "[loader][hostile]") {
    auto json = test::validSampleJson(2, 2);
    json["embeddings"][0][0] = 1e308;
    CHECK(parseSample(json.dump(), "big.json").embeddings(0, 0) == 1e308);
    const std::string text =
        R"({"format": "attention-lab/sample@1", "title": "z", "tokens": ["a"], "embeddings": [[-0, 1]]})";
    const Sample negativeZero = parseSample(text, "zero.json");
    CHECK(negativeZero.embeddings(0, 0) == 0.0); // −0 = 0, whichever sign it is stored with
    CHECK(negativeZero.embeddings(0, 1) == 1.0);
}
