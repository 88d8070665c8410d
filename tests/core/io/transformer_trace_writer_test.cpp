// The transformer-trace@1 writer on traces filled by hand: every field of FORMATS.md in its
// names and order, tokens and predictions as the model's strings, numbers bit for bit.
#include "core/io/transformer_trace_writer.h"
#include "tests/support/test_transformers.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

using namespace al;
using ordered = nlohmann::ordered_json;

namespace {

// Distinct numbers, so that a field written from the wrong matrix shows.
Matrix numbered(int rows, int cols, double& next) {
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = (next += 1.0) / 7.0;
    return m;
}

nn::SublayerTrace sublayer(nn::SublayerKind kind, int rows, int cols, const nn::Architecture& a, double& next) {
    const int d = a.dModel, dh = a.headSize();
    nn::SublayerTrace s;
    s.kind = kind;
    s.input = numbered(rows, d, next);
    if (a.norm == nn::NormPlacement::Pre) s.normedInput = numbered(rows, d, next);
    if (kind == nn::SublayerKind::FeedForward) {
        s.hiddenPre = numbered(rows, a.dFF, next);
        s.hidden = numbered(rows, a.dFF, next);
    } else {
        s.mask = MaskMatrix::Ones(rows, cols);
        s.mask(0, cols - 1) = 0;
        for (int h = 0; h < a.heads; ++h)
            s.heads.push_back({numbered(rows, dh, next), numbered(cols, dh, next), numbered(cols, dh, next),
                               numbered(rows, cols, next), numbered(rows, cols, next), numbered(rows, dh, next)});
        s.concat = numbered(rows, d, next);
    }
    s.sublayerOutput = numbered(rows, d, next);
    s.residual = numbered(rows, d, next);
    s.output = numbered(rows, d, next);
    return s;
}

// A stack over `tokens`; decoder layers of seq2seq attend to `encoderRows` in cross-attention.
nn::StackTrace stack(std::vector<int> tokens, bool decoder, int encoderRows, const nn::Architecture& a, double& next) {
    const int n = int(tokens.size()), d = a.dModel;
    nn::StackTrace s;
    s.tokens = std::move(tokens);
    s.embedded = numbered(n, d, next);
    s.positional = numbered(n, d, next);
    s.x = numbered(n, d, next);
    nn::LayerTrace layer;
    if (a.attention) layer.sublayers.push_back(sublayer(nn::SublayerKind::SelfAttention, n, n, a, next));
    if (decoder && encoderRows > 0)
        layer.sublayers.push_back(sublayer(nn::SublayerKind::CrossAttention, n, encoderRows, a, next));
    layer.sublayers.push_back(sublayer(nn::SublayerKind::FeedForward, n, n, a, next));
    s.layers.push_back(layer);
    s.output = numbered(n, d, next);
    return s;
}

std::vector<std::string> keys(const ordered& object) {
    std::vector<std::string> names;
    for (const auto& [key, value] : object.items())
        names.push_back(key);
    return names;
}

void checkMatrix(const ordered& written, const Matrix& m) {
    REQUIRE(written.size() == std::size_t(m.rows()));
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        REQUIRE(written[std::size_t(r)].size() == std::size_t(m.cols()));
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            CHECK(written[std::size_t(r)][std::size_t(c)].get<double>() == m(r, c));
    }
}

void checkStack(const ordered& written, const nn::StackTrace& s, bool preNorm) {
    CHECK(keys(written) == std::vector<std::string>{"embedded", "positional", "x", "layers", "output"});
    checkMatrix(written["embedded"], s.embedded);
    checkMatrix(written["positional"], s.positional);
    checkMatrix(written["x"], s.x);
    checkMatrix(written["output"], s.output);
    REQUIRE(written["layers"].size() == s.layers.size());
    const auto& sublayers = written["layers"][0]["sublayers"];
    REQUIRE(sublayers.size() == s.layers[0].sublayers.size());
    for (std::size_t i = 0; i < sublayers.size(); ++i) {
        const nn::SublayerTrace& t = s.layers[0].sublayers[i];
        const auto& w = sublayers[i];
        INFO("sublayer " << i);
        CHECK(w["kind"] == std::string(nn::name(t.kind)));
        std::vector<std::string> expected{"kind", "input"};
        if (preNorm) expected.push_back("normed_input");
        if (t.kind == nn::SublayerKind::FeedForward) {
            expected.insert(expected.end(), {"hidden_pre", "hidden"});
            checkMatrix(w["hidden_pre"], t.hiddenPre);
            checkMatrix(w["hidden"], t.hidden);
        } else {
            expected.insert(expected.end(), {"mask", "heads", "concat"});
            CHECK(w["mask"][0].back() == 0);
            CHECK(w["mask"][1].back() == 1);
            REQUIRE(w["heads"].size() == t.heads.size());
            for (std::size_t h = 0; h < t.heads.size(); ++h) {
                CHECK(keys(w["heads"][h]) == std::vector<std::string>{"q", "k", "v", "scores", "weights", "output"});
                checkMatrix(w["heads"][h]["q"], t.heads[h].q);
                checkMatrix(w["heads"][h]["k"], t.heads[h].k);
                checkMatrix(w["heads"][h]["v"], t.heads[h].v);
                checkMatrix(w["heads"][h]["scores"], t.heads[h].scores);
                checkMatrix(w["heads"][h]["weights"], t.heads[h].weights);
                checkMatrix(w["heads"][h]["output"], t.heads[h].output);
            }
            checkMatrix(w["concat"], t.concat);
        }
        expected.insert(expected.end(), {"sublayer_output", "residual", "output"});
        CHECK(keys(w) == expected);
        checkMatrix(w["input"], t.input);
        if (preNorm) checkMatrix(w["normed_input"], t.normedInput);
        checkMatrix(w["sublayer_output"], t.sublayerOutput);
        checkMatrix(w["residual"], t.residual);
        checkMatrix(w["output"], t.output);
    }
}

ordered written(const nn::TransformerModel& model, const nn::TransformerTrace& trace) {
    std::ostringstream out;
    writeTransformerTrace(out, model, trace);
    return ordered::parse(out.str());
}

} // namespace

TEST_CASE("a labelling trace holds every field, with predictions as labels", "[transformer-trace]") {
    auto json = test::validTransformerJson(nn::Task::Labelling);
    json["architecture"]["norm"] = "pre";
    const nn::TransformerModel model = test::transformerFrom(json);
    double next = 0;
    nn::TransformerTrace trace;
    trace.task = nn::Task::Labelling;
    trace.encoder = stack({0, 1, 2, 1}, false, 0, model.architecture, next); // I saw a saw
    trace.logits = numbered(4, 4, next);
    trace.probabilities = numbered(4, 4, next);
    trace.predictions = {0, 1, 2, 3};
    const ordered doc = written(model, trace);
    CHECK(keys(doc) == std::vector<std::string>{"format", "title", "task", "architecture", "input", "encoder", "logits",
                                                "probabilities", "predictions"});
    CHECK(doc["format"] == "attention-lab/transformer-trace@1");
    CHECK(doc["title"] == "test model");
    CHECK(doc["task"] == "labelling");
    CHECK(doc["architecture"]["norm"] == "pre");
    CHECK(doc["architecture"]["d_model"] == 4);
    CHECK(keys(doc["architecture"]).size() == 11);
    CHECK(doc["input"] == ordered{"I", "saw", "a", "saw"});
    checkStack(doc["encoder"], *trace.encoder, true);
    checkMatrix(doc["logits"], trace.logits);
    checkMatrix(doc["probabilities"], trace.probabilities);
    CHECK(doc["predictions"] == ordered{"PRON", "VERB", "DET", "NOUN"});
}

TEST_CASE("a classification trace holds the pooled row", "[transformer-trace]") {
    const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(nn::Task::Classification));
    double next = 0;
    nn::TransformerTrace trace;
    trace.task = nn::Task::Classification;
    trace.encoder = stack({3, 4, 1}, false, 0, model.architecture, next);
    trace.pooled = numbered(1, 4, next);
    trace.logits = numbered(1, 2, next);
    trace.probabilities = numbered(1, 2, next);
    trace.predictions = {1};
    const ordered doc = written(model, trace);
    CHECK(keys(doc) == std::vector<std::string>{"format", "title", "task", "architecture", "input", "encoder", "pooled",
                                                "logits", "probabilities", "predictions"});
    checkStack(doc["encoder"], *trace.encoder, false);
    checkMatrix(doc["pooled"], trace.pooled);
    CHECK(doc["predictions"] == ordered{"question"});
}

TEST_CASE("a generated seq2seq trace holds the decoder's input, what was generated, and cross-attention",
          "[transformer-trace]") {
    const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(nn::Task::Seq2Seq));
    double next = 0;
    nn::TransformerTrace trace;
    trace.task = nn::Task::Seq2Seq;
    trace.encoder = stack({2, 4}, false, 0, model.architecture, next);   // a cat
    trace.decoder = stack({0, 2, 4}, true, 2, model.architecture, next); // <bos> 1 3
    trace.logits = numbered(3, 5, next);
    trace.probabilities = numbered(3, 5, next);
    trace.predictions = {2, 4, 1};
    trace.generated = {2, 4, 1}; // 1 3 <eos>
    trace.wasGenerated = true;
    const ordered doc = written(model, trace);
    CHECK(keys(doc) == std::vector<std::string>{"format", "title", "task", "architecture", "input", "decoder_input",
                                                "generated", "encoder", "decoder", "logits", "probabilities",
                                                "predictions"});
    CHECK(doc["input"] == ordered{"a", "cat"});
    CHECK(doc["decoder_input"] == ordered{"<bos>", "1", "3"});
    CHECK(doc["generated"] == ordered{"1", "3", "<eos>"});
    checkStack(doc["encoder"], *trace.encoder, false);
    checkStack(doc["decoder"], *trace.decoder, false);
    CHECK(doc["decoder"]["layers"][0]["sublayers"][1]["kind"] == "cross_attention");
    CHECK(doc["decoder"]["layers"][0]["sublayers"][1]["heads"][0]["scores"][0].size() == 2); // T × N
    CHECK(doc["predictions"] == ordered{"1", "3", "<eos>"});

    trace.wasGenerated = false; // teacher-forced: no "generated"
    CHECK_FALSE(written(model, trace).contains("generated"));
}

TEST_CASE("a language model's trace has no encoder, and its input is what the decoder read", "[transformer-trace]") {
    const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(nn::Task::LanguageModel));
    double next = 0;
    nn::TransformerTrace trace;
    trace.task = nn::Task::LanguageModel;
    trace.decoder = stack({0, 1, 2}, true, 0, model.architecture, next); // I saw a
    trace.logits = numbered(3, 6, next);
    trace.probabilities = numbered(3, 6, next);
    trace.predictions = {1, 2, 5};
    trace.generated = {2, 5};
    trace.wasGenerated = true;
    const ordered doc = written(model, trace);
    CHECK(keys(doc) == std::vector<std::string>{"format", "title", "task", "architecture", "input", "generated",
                                                "decoder", "logits", "probabilities", "predictions"});
    CHECK(doc["input"] == ordered{"I", "saw", "a"});
    CHECK(doc["generated"] == ordered{"a", "<eos>"});
    checkStack(doc["decoder"], *trace.decoder, false);
    CHECK(doc["decoder"]["layers"][0]["sublayers"].size() == 2); // self-attention, feed-forward
    CHECK(doc["predictions"] == ordered{"saw", "a", "<eos>"});
}

TEST_CASE("a trace file is written atomically, and a trace that is not the model's is refused", "[transformer-trace]") {
    const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(nn::Task::Classification));
    double next = 0;
    nn::TransformerTrace trace;
    trace.task = nn::Task::Classification;
    trace.encoder = stack({3, 4}, false, 0, model.architecture, next);
    trace.pooled = numbered(1, 4, next);
    trace.logits = numbered(1, 2, next);
    trace.probabilities = numbered(1, 2, next);
    trace.predictions = {0};

    const auto folder = std::filesystem::temp_directory_path() / "attention-lab-transformer-trace-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const auto file = folder / "trace.json";
    saveTransformerTrace(file, model, trace);
    std::ifstream in(file);
    CHECK(ordered::parse(in)["predictions"] == ordered{"statement"});

    nn::TransformerTrace bad = trace;
    bad.logits(0, 0) = std::numeric_limits<double>::infinity();
    CHECK_THROWS_AS(saveTransformerTrace(file, model, bad), std::domain_error);
    bad = trace;
    bad.predictions = {2}; // only two outputs
    CHECK_THROWS_AS(saveTransformerTrace(file, model, bad), std::out_of_range);
    bad = trace;
    bad.task = nn::Task::Labelling;
    CHECK_THROWS_AS(saveTransformerTrace(file, model, bad), std::invalid_argument);
    CHECK(std::distance(std::filesystem::directory_iterator(folder), {}) == 1); // the first file, whole
    std::ifstream again(file);
    CHECK(ordered::parse(again)["predictions"] == ordered{"statement"});
    std::filesystem::remove_all(folder);
}
