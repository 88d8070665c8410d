// Hostile model and dataset files: refused with the file, the place and the problem, before
// anything large is allocated.
#include "core/base/input_error.h"
#include "core/io/dataset_loader.h"
#include "core/io/json_document.h"
#include "core/io/transformer_loader.h"
#include "core/nn/limits.h"
#include "tests/support/test_transformers.h"

#include <catch2/catch.hpp>

#include <string>

using namespace al;

namespace {
template <typename Parse> InputError refusal(Parse parse, const std::string& text) {
    try {
        parse(text, "hostile.json");
    } catch (const InputError& error) {
        CHECK(error.file() == "hostile.json");
        CHECK(std::string(error.what()).find('\n') == std::string::npos);
        return error;
    }
    FAIL("accepted: " << text.substr(0, 200));
    throw; // not reached
}
InputError modelRefusal(const std::string& text) {
    return refusal([](std::string_view t, const std::string& f) { return parseTransformer(t, f); }, text);
}
InputError datasetRefusal(const std::string& text) {
    return refusal(parseDataset, text);
}
} // namespace

TEST_CASE("empty, binary, UTF-16 and non-UTF-8 model and dataset files are refused", "[transformer-loader][hostile]") {
    for (auto refuse : {modelRefusal, datasetRefusal}) {
        CHECK(refuse("").problem().find("empty") != std::string::npos);
        CHECK(refuse(std::string("{\0}", 3)).problem().find("zero byte at offset 1") != std::string::npos);
        CHECK(refuse(std::string("\xff\xfe{\0", 4)).problem().find("UTF-16") != std::string::npos);
        CHECK(refuse("{\"format\": \"\xc3\x28\"}").problem().find("UTF-8") != std::string::npos);
        CHECK(refuse("42").problem().find("JSON object") != std::string::npos);
        CHECK(refuse("null").problem().find("JSON object") != std::string::npos);
        CHECK(refuse("{\"format\": 1e999}").problem().find("overflow") != std::string::npos);
    }
    auto model = test::validTransformerJson();
    std::string text = model.dump();
    text.replace(text.find("\"cat\""), 5, "\"c\xe9t\""); // Latin-1, not UTF-8
    CHECK(modelRefusal(text).problem().find("UTF-8") != std::string::npos);
}

TEST_CASE("deeply nested model and dataset files are refused without exhausting the stack",
          "[transformer-loader][hostile]") {
    const std::size_t depth = 200000;
    const std::string arrays = std::string(depth, '[') + std::string(depth, ']');
    CHECK(modelRefusal(arrays).problem().find("JSON object") != std::string::npos);
    std::string nested = test::validTransformerJson().dump();
    const auto seed = nested.find("\"seed\":5");
    REQUIRE(seed != std::string::npos);
    nested.replace(seed, 8, "\"seed\":" + std::string(depth, '[') + "5" + std::string(depth, ']'));
    const InputError error = modelRefusal(nested);
    CHECK(error.field() == "seed");
    CHECK(error.problem().find("got an array") != std::string::npos);
    std::string objects;
    for (std::size_t i = 0; i < depth; ++i)
        objects += "{\"train\":";
    objects += "1" + std::string(depth, '}');
    CHECK(datasetRefusal(objects).field() == "format");
}

TEST_CASE("sizes that would need gigabytes are refused before anything is allocated", "[transformer-loader][hostile]") {
    auto json = test::validTransformerJson();
    json["architecture"]["encoder_layers"] = 2000000000;
    CHECK(modelRefusal(json.dump()).field() == "architecture.encoder_layers");
    json = test::validTransformerJson();
    json["architecture"]["d_model"] = 1e300;
    CHECK(modelRefusal(json.dump()).field() == "architecture.d_model");
    json = test::validTransformerJson();
    json["architecture"]["max_length"] = 4096;
    json["architecture"]["d_model"] = 1024;
    json["architecture"]["d_ff"] = 8192;
    json["architecture"]["heads"] = 1;
    json["architecture"]["encoder_layers"] = 64;
    const InputError tooBig = modelRefusal(json.dump());
    CHECK(tooBig.field() == "architecture");
    CHECK(tooBig.problem().find("the limit is 16777216") != std::string::npos);

    // The vocabulary counts too: 65536 tokens of d_model 1024 are 2²⁶ numbers.
    json = test::validTransformerJson();
    json["architecture"] = {{"d_model", 1024}, {"heads", 1}, {"d_ff", 1}, {"encoder_layers", 1}};
    std::vector<std::string> words(65536);
    for (std::size_t i = 0; i < words.size(); ++i)
        words[i] = "w" + std::to_string(i);
    json["vocabulary"] = words;
    CHECK(modelRefusal(json.dump()).problem().find("parameters; the limit") != std::string::npos);
    words.push_back("one too many");
    json["vocabulary"] = words;
    CHECK(modelRefusal(json.dump()).problem().find("65537 tokens; the limit is 65536") != std::string::npos);
}

TEST_CASE("a document of more JSON values than the limit stops at the limit", "[transformer-loader][hostile]") {
    const std::string text = R"({"a": [1, 2, 3], "b": {"c": [4, 5]}})";
    CHECK(parseJsonDocument(text, "small.json", 10).size() == 2); // 1 object, 2 arrays, 1 object, 5 numbers
    try {
        parseJsonDocument(text, "small.json", 8);
        FAIL("accepted 9 values under a limit of 8");
    } catch (const InputError& error) {
        CHECK(error.file() == "small.json");
        CHECK(error.field() == "b.c[1]");
        CHECK(error.problem() == "the file holds more than 8 JSON values; that is the limit");
    }
    // The loaders' limit: every parameter and room for the rest.
    CHECK(nn::limits::maxJsonValues > nn::limits::maxParameters);
}

TEST_CASE("every field of the wrong type is refused with its path", "[transformer-loader][hostile]") {
    const auto valid = test::validTransformerJson(nn::Task::Seq2Seq);
    const std::vector<nlohmann::json> strangers = {
        nullptr, true, 3, -1.5, "text", nlohmann::json::array(), nlohmann::json::object()};
    int refused = 0;
    for (const auto& [key, value] : valid.items()) {
        for (const nlohmann::json& stranger : strangers) {
            if (stranger.type() == value.type()) continue;
            auto json = valid;
            json[key] = stranger;
            INFO(key << " = " << stranger.dump());
            if (key == "architecture" && stranger.is_object()) continue; // {} is every default
            CHECK(modelRefusal(json.dump()).field().rfind(key, 0) == 0);
            ++refused;
        }
    }
    CHECK(refused > 30);
}

TEST_CASE("a message quoting the file's strings stays on one line", "[transformer-loader][hostile]") {
    auto json = test::validTransformerJson();
    json["vocabulary"] = {"a\nb", "c", "a\nb"};
    CHECK(modelRefusal(json.dump()).problem() == "\"a\\nb\" is already vocabulary[0]; each token must be unique");
    json = test::validTransformerJson();
    json["weights"]["line\nbreak"] = {1};
    CHECK(modelRefusal(json.dump()).field() == "weights[\"line\\nbreak\"]");
    json = test::validTransformerJson();
    json["architecture"]["norm"] = "pre\r\n";
    CHECK(modelRefusal(json.dump()).problem().find("\"pre\\r\\n\"") != std::string::npos);
    json = test::validTransformerJson();
    json["format"] = "\t\"quoted\"";
    CHECK(modelRefusal(json.dump()).problem().find("got \"\\t\\\"quoted\\\"\"") != std::string::npos);
}

TEST_CASE("a number beyond the range of a double is refused at its path", "[transformer-loader][hostile]") {
    std::string text = test::validTransformerJson().dump();
    text.insert(text.rfind('}'), R"(,"weights": {"generator.bias": [0.5, -1e999, 0, 0]})");
    const InputError error = modelRefusal(text);
    CHECK(error.field() == "weights[\"generator.bias\"][1]");
    CHECK(error.problem().find("number overflow") != std::string::npos);
    std::string dataset = test::validDatasetJson().dump();
    dataset.insert(dataset.rfind('}'), R"(,"extra": 1e400)");
    CHECK(datasetRefusal(dataset).field() == "extra");
}
