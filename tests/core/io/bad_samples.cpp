#include "tests/core/io/bad_samples.h"

namespace al::test {

namespace {
using json = nlohmann::json;
json ones(int rows, int cols) {
    return json(std::vector<std::vector<double>>(std::size_t(rows), std::vector<double>(std::size_t(cols), 1.0)));
}
} // namespace

const std::vector<BadSample>& badSamples() {
    static const std::vector<BadSample> all = {
        {"wrong format string", [](json& s) { s["format"] = "attention-lab/sample@2"; }, "format"},
        {"format missing", [](json& s) { s.erase("format"); }, "format"},
        {"title missing", [](json& s) { s.erase("title"); }, "title"},
        {"title not a string", [](json& s) { s["title"] = 3; }, "title"},
        {"unknown top-level field", [](json& s) { s["tokenz"] = json::array(); }, "tokenz"},
        {"no tokens (N = 0)",
         [](json& s) {
             s["tokens"] = json::array();
             s["embeddings"] = json::array();
         },
         "tokens"},
        {"token not a string", [](json& s) { s["tokens"][1] = 7; }, "tokens[1]"},
        {"too many tokens", [](json& s) { s["tokens"] = json(std::vector<std::string>(4097, "x")); }, "tokens"},
        {"embeddings missing", [](json& s) { s.erase("embeddings"); }, "embeddings"},
        {"fewer embedding rows than tokens", [](json& s) { s["embeddings"].erase(2); }, "embeddings"},
        {"ragged embeddings", [](json& s) { s["embeddings"][1].erase(0); }, "embeddings[1]"},
        {"non-numeric embedding", [](json& s) { s["embeddings"][2][3] = "0.5"; }, "embeddings[2][3]"},
        {"null embedding", [](json& s) { s["embeddings"][0][0] = nullptr; }, "embeddings[0][0]"},
        {"embedding row not an array", [](json& s) { s["embeddings"][0] = 1; }, "embeddings[0]"},
        {"empty embedding rows",
         [](json& s) {
             s["embeddings"] = {json::array(), json::array(), json::array()};
         },
         "embeddings[0]"},
        {"d_model over the limit", [](json& s) { s["embeddings"][0] = json(std::vector<double>(1025, 0.0)); },
         "embeddings[0]"},
        {"model not an object", [](json& s) { s["model"] = json::array(); }, "model"},
        {"unknown model field", [](json& s) { s["model"]["temprature"] = 2; }, "model.temprature"},
        {"heads = 0", [](json& s) { s["model"]["heads"] = 0; }, "model.heads"},
        {"heads over the limit", [](json& s) { s["model"]["heads"] = 65; }, "model.heads"},
        {"heads not whole", [](json& s) { s["model"]["heads"] = 1.5; }, "model.heads"},
        {"heads a string", [](json& s) { s["model"]["heads"] = "2"; }, "model.heads"},
        {"d_k needed when heads do not divide d_model", [](json& s) { s["model"]["heads"] = 3; }, "model.d_k"},
        {"d_k = 0", [](json& s) { s["model"]["d_k"] = 0; }, "model.d_k"},
        {"d_v negative", [](json& s) { s["model"]["d_v"] = -1; }, "model.d_v"},
        {"H·d_k over the limit",
         [](json& s) {
             s["model"]["heads"] = 64;
             s["model"]["d_k"] = 65;
         },
         "model.d_k"},
        {"unknown scoring", [](json& s) { s["model"]["scoring"] = "cosine"; }, "model.scoring"},
        {"unknown normalization", [](json& s) { s["model"]["normalization"] = "sparsemax"; }, "model.normalization"},
        {"temperature 0", [](json& s) { s["model"]["temperature"] = 0; }, "model.temperature"},
        {"negative temperature", [](json& s) { s["model"]["temperature"] = -1; }, "model.temperature"},
        {"temperature a string", [](json& s) { s["model"]["temperature"] = "hot"; }, "model.temperature"},
        {"output_projection not a boolean", [](json& s) { s["model"]["output_projection"] = 1; },
         "model.output_projection"},
        {"negative seed", [](json& s) { s["model"]["seed"] = -3; }, "model.seed"},
        {"fractional seed", [](json& s) { s["model"]["seed"] = 2.5; }, "model.seed"},
        {"positional encoding without kind", [](json& s) { s["model"]["positional_encoding"] = json::object(); },
         "model.positional_encoding.kind"},
        {"unknown positional encoding",
         [](json& s) {
             s["model"]["positional_encoding"] = {{"kind", "rotary"}};
         },
         "model.positional_encoding.kind"},
        {"vectors with sinusoidal",
         [](json& s) {
             s["model"]["positional_encoding"] = {{"kind", "sinusoidal"}, {"vectors", ones(3, 4)}};
         },
         "model.positional_encoding.vectors"},
        {"learned vectors of the wrong shape",
         [](json& s) {
             s["model"]["positional_encoding"] = {{"kind", "learned"}, {"vectors", ones(2, 4)}};
         },
         "model.positional_encoding.vectors"},
        {"masks not a list",
         [](json& s) {
             s["model"]["masks"] = {{"kind", "causal"}};
         },
         "model.masks"},
        {"mask without kind", [](json& s) { s["model"]["masks"] = {json::object()}; }, "model.masks[0].kind"},
        {"unknown mask kind",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "diagonal"}}};
         },
         "model.masks[0].kind"},
        {"unknown mask field",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "causal"}, {"radius", 1}}};
         },
         "model.masks[0].radius"},
        {"padding valid_length 0",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "padding"}, {"valid_length", 0}}};
         },
         "model.masks[0].valid_length"},
        {"padding valid_length beyond N",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "padding"}, {"valid_length", 4}}};
         },
         "model.masks[0].valid_length"},
        {"padding without valid_length",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "padding"}}};
         },
         "model.masks[0].valid_length"},
        {"window radius negative",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "causal"}}, {{"kind", "window"}, {"radius", -1}}};
         },
         "model.masks[1].radius"},
        {"graph edge out of range",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "graph"}, {"edges", {{0, 1}, {2, 3}}}}};
         },
         "model.masks[0].edges[1][1]"},
        {"graph edge negative",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "graph"}, {"edges", {{-1, 1}}}}};
         },
         "model.masks[0].edges[0][0]"},
        {"graph edge not a pair",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "graph"}, {"edges", {{0, 1, 2}}}}};
         },
         "model.masks[0].edges[0]"},
        {"graph directed not a boolean",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "graph"}, {"edges", json::array()}, {"directed", "yes"}}};
         },
         "model.masks[0].directed"},
        {"custom mask of the wrong size",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "custom"}, {"matrix", {{1, 0}, {1, 1}}}}};
         },
         "model.masks[0].matrix"},
        {"custom mask with a 2",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "custom"}, {"matrix", {{1, 0, 0}, {1, 2, 0}, {1, 1, 1}}}}};
         },
         "model.masks[0].matrix[1][1]"},
        {"custom mask ragged",
         [](json& s) {
             s["model"]["masks"] = {{{"kind", "custom"}, {"matrix", {{1, 0, 0}, {1, 1}, {1, 1, 1}}}}};
         },
         "model.masks[0].matrix[1]"},
        {"unknown weight",
         [](json& s) {
             s["model"]["weights"] = {{"W_x", ones(4, 4)}};
         },
         "model.weights.W_x"},
        {"W_q with too few rows",
         [](json& s) {
             s["model"]["weights"] = {{"W_q", ones(3, 4)}};
         },
         "model.weights.W_q"},
        {"W_k with a short row",
         [](json& s) {
             auto w = ones(4, 4);
             w[2].erase(0);
             s["model"]["weights"] = {{"W_k", w}};
         },
         "model.weights.W_k[2]"},
        {"W_v of the wrong width for d_v",
         [](json& s) {
             s["model"]["d_v"] = 2;
             s["model"]["weights"] = {{"W_v", ones(4, 4)}};
         },
         "model.weights.W_v"},
        {"W_o of the wrong shape",
         [](json& s) {
             s["model"]["heads"] = 2;
             s["model"]["weights"] = {{"W_o", ones(4, 2)}};
         },
         "model.weights.W_o[0]"},
        {"W_o without the projection",
         [](json& s) {
             s["model"]["weights"] = {{"W_o", ones(4, 4)}};
         },
         "model.weights.W_o"},
        {"w_a without additive scoring",
         [](json& s) {
             s["model"]["weights"] = {{"w_a", ones(1, 4)}};
         },
         "model.weights.w_a"},
        {"w_a of the wrong shape",
         [](json& s) {
             s["model"]["scoring"] = "additive";
             s["model"]["weights"] = {{"w_a", ones(2, 4)}};
         },
         "model.weights.w_a"},
        {"weight not a number",
         [](json& s) {
             auto w = ones(4, 4);
             w[3][3] = true;
             s["model"]["weights"] = {{"W_q", w}};
         },
         "model.weights.W_q[3][3]"},
        {"rnn not an object", [](json& s) { s["rnn"] = json::array(); }, "rnn"},
        {"unknown rnn field",
         [](json& s) {
             s["rnn"] = {{"W_y", ones(4, 4)}};
         },
         "rnn.W_y"},
        {"rnn hidden_size 0",
         [](json& s) {
             s["rnn"] = {{"hidden_size", 0}};
         },
         "rnn.hidden_size"},
        {"rnn hidden_size over the limit",
         [](json& s) {
             s["rnn"] = {{"hidden_size", 1025}};
         },
         "rnn.hidden_size"},
        {"rnn hidden_size not whole",
         [](json& s) {
             s["rnn"] = {{"hidden_size", 2.5}};
         },
         "rnn.hidden_size"},
        {"rnn W_x of the wrong width for d_model",
         [](json& s) {
             s["rnn"] = {{"W_x", ones(3, 5)}};
         },
         "rnn.W_x[0]"},
        {"rnn W_x rows disagree with hidden_size",
         [](json& s) {
             s["rnn"] = {{"hidden_size", 2}, {"W_x", ones(3, 4)}};
         },
         "rnn.W_x"},
        {"rnn W_x with no rows",
         [](json& s) {
             s["rnn"] = {{"W_x", json::array()}};
         },
         "rnn.W_x"},
        {"rnn W_x with more rows than the limit",
         [](json& s) {
             s["rnn"] = {{"W_x", json(std::vector<int>(1025, 0))}};
         },
         "rnn.W_x"},
        {"rnn W_h not square",
         [](json& s) {
             s["rnn"] = {{"W_h", ones(3, 2)}};
         },
         "rnn.W_h[0]"},
        {"rnn W_h with a short row",
         [](json& s) {
             auto w = ones(3, 3);
             w[1].erase(0);
             s["rnn"] = {{"W_h", w}};
         },
         "rnn.W_h[1]"},
        {"rnn W_h rows disagree with W_x",
         [](json& s) {
             s["rnn"] = {{"W_x", ones(3, 4)}, {"W_h", ones(2, 2)}};
         },
         "rnn.W_h"},
        {"rnn W_h a number",
         [](json& s) {
             s["rnn"] = {{"W_h", 1}};
         },
         "rnn.W_h"},
        {"rnn b of another size than d_model",
         [](json& s) {
             s["rnn"] = {{"b", {1, 2, 3}}};
         },
         "rnn.b"},
        {"rnn b of another size than hidden_size",
         [](json& s) {
             s["rnn"] = {{"hidden_size", 2}, {"b", {1, 2, 3}}};
         },
         "rnn.b"},
        {"rnn b not a number",
         [](json& s) {
             s["rnn"] = {{"b", {1, 2, "3", 4}}};
         },
         "rnn.b[2]"},
        {"top level not an object",
         [](json& s) {
             s = json::array({1, 2});
         },
         ""},
    };
    return all;
}

} // namespace al::test
