// The names, shapes and order of a Transformer's tensors are PyTorch's state dict
// (FORMATS.md transformer@1), and an untrained model's weights follow MATH.md §10.
#include "core/nn/transformer_model.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

using namespace al::nn;

namespace {
std::vector<std::string> names(const TransformerModel& model) {
    std::vector<std::string> result;
    for (const NamedSlot& slot : model.weights.layout().entries())
        result.push_back(slot.name);
    return result;
}
std::vector<std::string> words(int n, const std::string& stem) {
    std::vector<std::string> result;
    for (int i = 0; i < n; ++i)
        result.push_back(stem + std::to_string(i));
    return result;
}
} // namespace

TEST_CASE("an encoder layer's tensors are nn.TransformerEncoderLayer's state dict, in its order", "[nn]") {
    Architecture a;
    a.encoderLayers = 1;
    const TransformerModel model = makeTransformer(Task::Labelling, a, words(7, "w"), words(3, "L"), 1);
    const std::vector<std::string> expected{"src_embedding.weight",
                                            "encoder.layers.0.self_attn.in_proj_weight",
                                            "encoder.layers.0.self_attn.in_proj_bias",
                                            "encoder.layers.0.self_attn.out_proj.weight",
                                            "encoder.layers.0.self_attn.out_proj.bias",
                                            "encoder.layers.0.linear1.weight",
                                            "encoder.layers.0.linear1.bias",
                                            "encoder.layers.0.linear2.weight",
                                            "encoder.layers.0.linear2.bias",
                                            "encoder.layers.0.norm1.weight",
                                            "encoder.layers.0.norm1.bias",
                                            "encoder.layers.0.norm2.weight",
                                            "encoder.layers.0.norm2.bias",
                                            "generator.weight",
                                            "generator.bias"};
    CHECK(names(model) == expected);
    const auto& layout = model.weights.layout();
    CHECK(layout.find("src_embedding.weight")->slot.rows == 7);
    CHECK(layout.find("encoder.layers.0.self_attn.in_proj_weight")->slot.rows == 96);
    CHECK(layout.find("encoder.layers.0.self_attn.in_proj_weight")->slot.cols == 32);
    CHECK(layout.find("encoder.layers.0.linear1.weight")->slot.rows == 64);
    CHECK(layout.find("encoder.layers.0.linear2.weight")->slot.cols == 64);
    CHECK(layout.find("encoder.layers.0.norm2.bias")->slot.isVector);
    CHECK(layout.find("generator.weight")->slot.rows == 3);
    // Slots tile the flat array with no gap and no overlap.
    std::size_t next = 0;
    for (const NamedSlot& slot : layout.entries()) {
        CHECK(slot.slot.offset == next);
        next += slot.slot.size();
    }
    CHECK(next == layout.size());
    CHECK(model.weights.values().size() == layout.size());
}

TEST_CASE("each task and option has exactly the tensors FORMATS.md lists", "[nn]") {
    Architecture a;
    a.encoderLayers = 2;
    a.decoderLayers = 3;
    SECTION("seq2seq: cross-attention and norm3 in every decoder layer, a target embedding") {
        const TransformerModel model = makeTransformer(Task::Seq2Seq, a, words(9, "w"), words(5, "o"), 1);
        const auto& layout = model.weights.layout();
        CHECK(layout.find("tgt_embedding.weight")->slot.rows == 5);
        CHECK(layout.find("decoder.layers.2.multihead_attn.in_proj_weight") != nullptr);
        CHECK(layout.find("decoder.layers.2.norm3.weight") != nullptr);
        CHECK(layout.find("encoder.layers.1.norm1.weight") != nullptr);
        CHECK(layout.find("encoder.layers.2.norm1.weight") == nullptr);
        CHECK(layout.find("generator.weight")->slot.rows == 5);
        CHECK(model.layout.decoder.size() == 3);
        CHECK(model.layout.decoder[0].crossAttention.has_value());
    }
    SECTION("language model: decoder layers without cross-attention, the generator over the vocabulary") {
        a.finalNorm = true;
        a.positional = al::PositionalEncoding::Learned;
        const TransformerModel model = makeTransformer(Task::LanguageModel, a, words(11, "w"), {}, 1);
        const auto& layout = model.weights.layout();
        CHECK(layout.find("encoder.layers.0.linear1.weight") == nullptr);
        CHECK(layout.find("decoder.layers.0.multihead_attn.in_proj_weight") == nullptr);
        CHECK(layout.find("decoder.layers.0.norm3.weight") == nullptr);
        CHECK(layout.find("decoder.norm.weight") != nullptr);
        CHECK(layout.find("encoder.norm.weight") == nullptr);
        CHECK(layout.find("positional.weight")->slot.rows == 32);
        CHECK(layout.find("generator.weight")->slot.rows == 11);
    }
    SECTION("the feed-forward-only baseline: no self_attn and no norm1") {
        a.attention = false;
        const TransformerModel model = makeTransformer(Task::Classification, a, words(4, "w"), words(2, "c"), 1);
        for (const std::string& name : names(model)) {
            INFO(name);
            CHECK(name.find("self_attn") == std::string::npos);
            CHECK(name.find("norm1") == std::string::npos);
        }
        CHECK(model.weights.layout().find("encoder.layers.1.norm2.weight") != nullptr);
    }
}

TEST_CASE("an untrained model's weights follow MATH.md 10 and depend on the seed alone", "[nn]") {
    const Architecture a;
    const TransformerModel one = makeTransformer(Task::Labelling, a, words(6, "w"), words(3, "L"), 7);
    const TransformerModel same = makeTransformer(Task::Labelling, a, words(6, "w"), words(3, "L"), 7);
    const TransformerModel other = makeTransformer(Task::Labelling, a, words(6, "w"), words(3, "L"), 8);
    CHECK(one.weights.values() == same.weights.values());
    CHECK(one.weights.values() != other.weights.values());
    const auto& w = one.weights;
    const auto& s = one.layout;
    CHECK(w.vector(s.encoder[0].norm2.weight).isOnes());
    CHECK(w.vector(s.encoder[0].norm2.bias).isZero());
    CHECK(w.vector(s.encoder[0].selfAttention->inProjBias).isZero());
    CHECK(w.vector(s.generator.bias).isZero());
    const double xavier = std::sqrt(6.0 / (32 + 96));
    const auto inProj = w.matrix(s.encoder[0].selfAttention->inProjWeight);
    CHECK(inProj.cwiseAbs().maxCoeff() <= xavier);
    CHECK(inProj.cwiseAbs().maxCoeff() > 0.9 * xavier);
    const auto linear2 = w.matrix(s.encoder[0].feedForward.linear2.weight);
    CHECK(linear2.cwiseAbs().maxCoeff() <= 1.0 / 8.0); // 1/√d_ff, d_ff = 64
    const auto embedding = w.matrix(s.srcEmbedding);
    CHECK(embedding.cwiseAbs().maxCoeff() <= std::sqrt(3.0));
    CHECK(embedding.cwiseAbs().maxCoeff() > 1.0);
    // Different tensors draw from different streams.
    CHECK(w.matrix(s.encoder[0].feedForward.linear1.weight).row(0) !=
          w.matrix(s.encoder[1].feedForward.linear1.weight).row(0));
}
