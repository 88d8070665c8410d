// A written sample reads back as the very same sample: every setting, weight, mask,
// learned position and session field, to the last bit.
#include "core/base/input_error.h"
#include "core/io/sample_loader.h"
#include "core/io/sample_writer.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace al;

namespace {
Sample roundTrip(const Sample& sample) {
    std::ostringstream out;
    writeSample(out, sample);
    return parseSample(out.str(), "written.json");
}

void checkSame(const Sample& a, const Sample& b) {
    CHECK(a.title == b.title);
    CHECK(a.description == b.description);
    CHECK(a.tokens == b.tokens);
    CHECK(a.embeddings == b.embeddings);
    CHECK(a.model.config == b.model.config);
    CHECK(a.model.weights.W_q == b.model.weights.W_q);
    CHECK(a.model.weights.W_k == b.model.weights.W_k);
    CHECK(a.model.weights.W_v == b.model.weights.W_v);
    CHECK(a.model.weights.W_o == b.model.weights.W_o);
    CHECK(a.model.weights.w_a == b.model.weights.w_a);
    CHECK(a.model.learnedPositions == b.model.learnedPositions);
    REQUIRE(a.model.masks.size() == b.model.masks.size());
    for (std::size_t m = 0; m < a.model.masks.size(); ++m)
        CHECK(kindName(a.model.masks[m]) == kindName(b.model.masks[m]));
    CHECK(a.session == b.session);
    CHECK(a.rnn == b.rnn);
}
} // namespace

TEST_CASE("a written sample reads back identically, with every option", "[writer]") {
    auto json = test::validSampleJson(5, 6);
    json["description"] = "quotes \" and 中文";
    json["model"] = {
        {"heads", 2},
        {"d_k", 3},
        {"d_v", 2},
        {"scoring", "additive"},
        {"normalization", "relu"},
        {"temperature", 0.1},
        {"positional_encoding", {{"kind", "learned"}}},
        {"seed", 18446744073709551615ull},
        {"masks",
         {{{"kind", "causal"}},
          {{"kind", "padding"}, {"valid_length", 4}},
          {{"kind", "window"}, {"radius", 2}},
          {{"kind", "graph"}, {"edges", {{0, 1}, {3, 4}}}, {"directed", true}},
          {{"kind", "custom"}, {"matrix", std::vector<std::vector<int>>(5, std::vector<int>{1, 0, 1, 1, 0})}}}}};
    json["session"] = {
        {"lesson", "masks"}, {"step", 2}, {"query", 4}, {"row_form", true}, {"colours", "high_contrast"}};
    const Sample original = test::sampleFrom(json);
    REQUIRE(original.session);
    CHECK(original.session->text("lesson") == "masks");
    CHECK(original.session->integer("query") == 4);
    CHECK(original.session->boolean("row_form") == true);
    const Sample again = roundTrip(original);
    checkSame(original, again);
    CHECK(std::get<GraphMask>(again.model.masks[3]).edges == std::get<GraphMask>(original.model.masks[3]).edges);
    CHECK(std::get<CustomMask>(again.model.masks[4]).matrix == std::get<CustomMask>(original.model.masks[4]).matrix);
}

TEST_CASE("a session file reads and writes back byte for byte, its block in the format's order", "[writer]") {
    auto json = test::validSampleJson(5, 3);
    json["model"] = {{"heads", 1}, {"masks", {{{"kind", "causal"}}}}};
    // nlohmann keeps keys sorted (colours, lesson, query, …): the writer puts them back in
    // the format's order, the one the app has always written.
    json["session"] = {
        {"lesson", "walkthrough"}, {"step", 3}, {"query", 2}, {"row_form", false}, {"colours", "standard"}};
    std::ostringstream first;
    writeSample(first, test::sampleFrom(json));
    const std::string text = first.str();
    const auto at = [&](const char* key) { return text.find(std::string("\"") + key + "\":"); };
    CHECK(at("session") < at("lesson"));
    CHECK(at("lesson") < at("step"));
    CHECK(at("step") < at("query"));
    CHECK(at("query") < at("row_form"));
    CHECK(at("row_form") < at("colours"));
    CHECK(at("colours") != std::string::npos);
    std::ostringstream second;
    writeSample(second, parseSample(text, "session.json"));
    CHECK(second.str() == text);

    // A block with some fields keeps just those: the app reads the others as their defaults.
    json["session"] = {{"lesson", "masks"}};
    const Sample partial = test::sampleFrom(json);
    REQUIRE(partial.session);
    CHECK(partial.session->fields.size() == 1);
    CHECK_FALSE(partial.session->integer("step"));
    checkSame(partial, roundTrip(partial));
}

TEST_CASE("a sample without a session is written without one", "[writer]") {
    const Sample plain = test::sampleFrom(test::validSampleJson(3, 4));
    std::ostringstream out;
    writeSample(out, plain);
    CHECK(out.str().find("\"session\"") == std::string::npos);
    checkSame(plain, roundTrip(plain));
}

TEST_CASE("a bad session block is refused with its field named", "[writer]") {
    auto json = test::validSampleJson(3, 4);
    const std::vector<std::pair<nlohmann::json, std::string>> cases = {
        {{{"query", 3}}, "session.query"},
        {{{"step", -1}}, "session.step"},
        {{{"colours", "neon"}}, "session.colours"},
        {{{"lesson", ""}}, "session.lesson"},
        {{{"zoom", 2}}, "session.zoom"},
        {"walkthrough", "session"},
    };
    for (const auto& [session, field] : cases) {
        json["session"] = session;
        INFO(session.dump());
        try {
            test::sampleFrom(json);
            FAIL("accepted");
        } catch (const InputError& error) {
            CHECK(error.field() == field);
        }
    }
}

TEST_CASE("an rnn block is written back exactly as given, whole or partial", "[writer][rnn]") {
    auto json = test::validSampleJson(4, 3);
    const std::vector<nlohmann::json> blocks = {
        nlohmann::json::object(),
        {{"hidden_size", 5}},
        {{"W_x", {{0.1, -0.2, 0.30000000000000004}, {1e-310, -0.0, 7}}}},
        {{"W_h", {{0.5, 1.5}, {-2.5, 0.25}}}, {"b", {0.1, 0.2}}},
        {{"b", {1.0 / 3, 2.0 / 3, 1}}},
        {{"hidden_size", 2}, {"W_x", {{1, 2, 3}, {4, 5, 6}}}, {"W_h", {{1, 0}, {0, 1}}}, {"b", {-1, 1}}},
    };
    for (const nlohmann::json& block : blocks) {
        INFO(block.dump());
        json["rnn"] = block;
        const Sample original = test::sampleFrom(json);
        std::ostringstream text;
        writeSample(text, original);
        const auto written = nlohmann::json::parse(text.str());
        CHECK(written["rnn"] == block); // only the parts given, with the very same numbers
        const Sample again = parseSample(text.str(), "written.json");
        REQUIRE(again.rnn);
        CHECK(*again.rnn == *original.rnn);
        checkSame(original, again);
        std::ostringstream second;
        writeSample(second, again);
        CHECK(second.str() == text.str());
    }
}
