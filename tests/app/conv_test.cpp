// The conv command: the conv@1 document, its numbers, and refusals with exit 2.
#include "core/convolution/convolution.h"
#include "core/io/gray_image.h"
#include "tests/app/process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using al::test::runAttentionLab;

namespace {
const std::string samples = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/";
}

TEST_CASE("conv writes the convolution and the attention that equals it", "[conv]") {
    const auto r = runAttentionLab({"conv", samples + "images/shapes.pgm", "--kernel", samples + "kernels/edge.json"});
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["format"] == "attention-lab/conv@1");
    CHECK(doc["height"] == 24);
    CHECK(doc["width"] == 24);
    CHECK(doc["gamma"] == 50.0);
    CHECK(doc["head_shifts"].size() == 9);
    CHECK(doc["head_shifts"][0] == nlohmann::json::array({-1, -1}));
    CHECK(doc["max_abs_diff"].get<double>() < 1e-9);
    const al::Matrix expected =
        al::convolve(al::loadPgm(samples + "images/shapes.pgm"), al::loadKernel(samples + "kernels/edge.json"));
    for (int i = 0; i < 24; ++i)
        for (int j = 0; j < 24; ++j) {
            CHECK(doc["conv_output"][i][j].get<double>() == expected(i, j));
            CHECK(std::abs(doc["attention_output"][i][j].get<double>() - expected(i, j)) < 1e-9);
        }
    const auto loose = runAttentionLab(
        {"conv", samples + "images/shapes.pgm", "--kernel", samples + "kernels/edge.json", "--gamma", "0.5"});
    CHECK(nlohmann::json::parse(loose.out)["max_abs_diff"].get<double>() > 1e-3);
}

TEST_CASE("conv refuses bad images, kernels and arguments with exit 2, writing nothing", "[conv]") {
    const fs::path folder = fs::temp_directory_path() / ("attention-lab-conv-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    auto write = [&](const char* name, const std::string& text) {
        std::ofstream(folder / name, std::ios::binary) << text;
        return (folder / name).string();
    };
    const std::string image = samples + "images/digit-3.pgm", kernel = samples + "kernels/box-blur.json";
    const std::string out = (folder / "out.json").string();
    const std::vector<std::vector<std::string>> cases = {
        {"conv", write("bad.pgm", "P2 2 2 255\n1 2 3"), "--kernel", kernel, "-o", out},
        {"conv", write("text.png", "not an image"), "--kernel", kernel, "-o", out},
        {"conv", image, "--kernel", write("even.json", R"({"kernel": [[1, 2], [3, 4]]})"), "-o", out},
        {"conv", image, "--kernel", write("broken.json", "{"), "-o", out},
        {"conv", image, "--kernel", (folder / "absent.json").string(), "-o", out},
        {"conv", image, "-o", out},
        {"conv", "--kernel", kernel},
        {"conv", image, "--kernel", kernel, "--gamma", "0"},
        {"conv", image, "--kernel", kernel, "--gamma", "much"},
        {"conv", image, "--kernel", kernel, "-o", (folder / "missing" / "x.json").string()},
    };
    for (const auto& args : cases) {
        const auto r = runAttentionLab(args);
        INFO(args[1] << " " << args.back() << ": " << r.err);
        CHECK(r.status == 2);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.out.empty());
    }
    CHECK_FALSE(fs::exists(out));
    fs::remove_all(folder);
}
