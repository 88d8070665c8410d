// The command line as a whole, run as a user runs it: the list of commands, each command's
// own --help, --version, and the refusals of arguments (exit 2, one line on standard error
// in the words the command line has always used, nothing on standard output).
#include "tests/app/process.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace {

using al::test::runAttentionLab;

const std::string sample = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/lecture-four-vectors.json";
const std::string image = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/images/shapes.pgm";
const std::string kernel = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/kernels/edge.json";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

struct Refusal {
    std::vector<std::string> arguments;
    std::string message; // the whole of standard error
};

} // namespace

TEST_CASE("the command line's help lists every command, each with its synopsis and one line saying what it does",
          "[command]") {
    for (const char* help : {"--help", "-h"}) {
        const auto r = runAttentionLab({help});
        INFO(r.out);
        CHECK(r.status == 0);
        CHECK(r.err.empty());
        for (const char* synopsis :
             {"attention-lab [SAMPLE|MODEL]",
              "attention-lab dump SAMPLE|MODEL [--input TEXT] [--target TEXT] [-o TRACE]",
              "attention-lab export SAMPLE|MODEL -d DIR [--format png|svg|pdf|csv] [--scale S]",
              "attention-lab screenshot SAMPLE|MODEL -o PNG [--lesson NAME] [--step K] [--query I] [--presentation] "
              "[--input TEXT] [--target TEXT] [--layer L] [--head H] [--position P] [--generation-step T]",
              "attention-lab conv IMAGE --kernel KERNEL.json [--gamma G] [-o OUT.json]", "attention-lab COMMAND --help",
              "attention-lab train MODEL DATASET -o TRAINED [--steps S] [--batch B] [--optimizer adam|sgd]",
              "attention-lab evaluate MODEL DATASET", "attention-lab influence SAMPLE [-o OUT]",
              "how much each input moves each output", "write the trace of a sample, or of one pass through a model",
              "train a model on a dataset", "render the window as a user would see it", "--lang CODE"})
            CHECK(contains(r.out, synopsis));
    }
}

TEST_CASE("each command's --help gives its usage, its options and its operand, exit 0, needing no display",
          "[command]") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> commands = {
        {"dump",
         {"Usage: attention-lab dump SAMPLE|MODEL", "-o, --output <TRACE>", "--input <TEXT>", "--target <TEXT>",
          "--lang <CODE>", "SAMPLE|MODEL", "transformer-trace@1"}},
        {"train",
         {"Usage: attention-lab train MODEL DATASET -o TRAINED", "-o, --output <TRAINED>", "--steps <S>", "--batch <B>",
          "--optimizer <adam|sgd>", "--lr <η>", "--momentum <μ>", "--weight-decay <λ>", "--seed <K>", "MODEL",
          "DATASET"}},
        {"evaluate", {"Usage: attention-lab evaluate MODEL DATASET", "MODEL", "DATASET", "accuracy"}},
        {"export",
         {"Usage: attention-lab export SAMPLE|MODEL -d DIR", "-d, --dir <DIR>", "--format <png|svg|pdf|csv>",
          "--scale <S>", "--lang <CODE>", "index.json"}},
        {"screenshot",
         {"Usage: attention-lab screenshot SAMPLE|MODEL -o PNG", "-o, --output <PNG>", "--lesson <NAME>", "--step <K>",
          "--query <I>", "--presentation", "walkthrough", "--input <TEXT>", "--target <TEXT>", "--layer <L>",
          "--head <H>", "--position <P>", "--generation-step <T>", "transformer-block", "encoder-decoder", "gpt",
          "classification"}},
        {"influence",
         {"Usage: attention-lab influence SAMPLE [-o OUT]", "-o, --output <OUT>", "--lang <CODE>", "SAMPLE",
          "influence@1", "rnn"}},
        {"conv",
         {"Usage: attention-lab conv IMAGE --kernel KERNEL.json", "-k, --kernel <KERNEL.json>", "--gamma <G>",
          "-o, --output <OUT.json>", "IMAGE"}},
    };
    for (const auto& [command, parts] : commands) {
        for (const std::vector<std::string>& arguments : {std::vector<std::string>{command, "--help"},
                                                          {command, "-h"},
                                                          {command, sample, "--help"},
                                                          {"--lang", "en", command, "--help"}}) {
            const auto r = runAttentionLab(arguments);
            INFO(arguments[0] << " " << arguments[1] << ":\n" << r.out << r.err);
            CHECK(r.status == 0);
            CHECK(r.err.empty());
            for (const std::string& part : parts)
                CHECK(contains(r.out, part));
            for (const auto& [other, unused] : commands) // one command's help, not the list
                if (other != command) CHECK_FALSE(contains(r.out, "attention-lab " + other));
        }
    }
    // The window's help is the program's.
    const auto window = runAttentionLab({sample, "--help"});
    CHECK(window.status == 0);
    CHECK(contains(window.out, "attention-lab dump SAMPLE|MODEL"));
}

TEST_CASE("help in the language --lang asks for, wherever it comes", "[command]") {
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{"dump", "--help", "--lang", "zh_CN"}, {"--lang", "zh_CN", "dump", "--help"}}) {
        const auto r = runAttentionLab(arguments);
        CHECK(r.status == 0);
        CHECK_FALSE(contains(r.out, "Usage:"));
        CHECK(contains(r.out, "attention-lab dump SAMPLE|MODEL [--input TEXT] [--target TEXT] [-o TRACE]"));
        CHECK(contains(r.out, "计算轨迹"));
    }
    const auto overview = runAttentionLab({"--help", "--lang", "zh_CN"});
    CHECK(overview.status == 0);
    CHECK(contains(overview.out, "attention-lab conv IMAGE"));
    CHECK(contains(overview.out, "退出状态"));
}

TEST_CASE("the command line prints the project's version", "[command]") {
    const auto r = runAttentionLab({"--version"});
    CHECK(r.status == 0);
    CHECK(r.out == std::string("attention-lab ") + ATTENTION_LAB_PROJECT_VERSION + "\n");
    CHECK(r.err.empty());
}

TEST_CASE("unknown commands, unknown options and missing arguments are refused with exit 2 in the usual words",
          "[command]") {
    const std::string folder =
        (std::filesystem::temp_directory_path() / ("attention-lab-cli-" + std::to_string(::getpid()))).string();
    const std::string hint = " (see attention-lab --help)\n";
    const std::vector<Refusal> refusals = {
        // the program
        {{"frobnicate", sample}, "attention-lab: unknown command frobnicate" + hint},
        {{"-x"}, "attention-lab: unknown option -x" + hint},
        {{"--frobnicate", "dump", sample}, "attention-lab: unknown option --frobnicate" + hint},
        {{sample, sample}, "attention-lab: more than one sample given" + hint},
        {{"--lang"}, "attention-lab: --lang needs a language code (en or zh_CN)" + hint},
        {{"dump", sample, "--lang"}, "attention-lab: --lang needs a language code (en or zh_CN)" + hint},
        {{"--lang", "xx", "dump", sample}, "attention-lab: --lang xx is not available (en, zh_CN)" + hint},
        {{"conv", image, "--kernel", kernel, "--lang", "xx"},
         "attention-lab: --lang xx is not available (en, zh_CN)" + hint},
        // dump
        {{"dump"}, "attention-lab: dump: no sample given" + hint},
        {{"dump", sample, sample},
         "attention-lab: dump: more than one sample given (" + sample + ", " + sample + ")" + hint},
        {{"dump", sample, "--frobnicate"}, "attention-lab: dump: unknown option --frobnicate" + hint},
        {{"dump", sample, "-frob"}, "attention-lab: dump: unknown option -frob" + hint},
        {{"dump", sample, "-o"}, "attention-lab: dump: -o needs a file name" + hint},
        {{"dump", sample, "--output"}, "attention-lab: dump: --output needs a file name" + hint},
        {{"dump", sample, "-o", folder + "/a.json", "-o", folder + "/b.json"},
         "attention-lab: dump: -o given twice" + hint},
        // influence
        {{"influence"}, "attention-lab: influence: no sample given" + hint},
        {{"influence", sample, sample},
         "attention-lab: influence: more than one sample given (" + sample + ", " + sample + ")" + hint},
        {{"influence", sample, "-o"}, "attention-lab: influence: -o needs a file name" + hint},
        {{"influence", sample, "-o", folder + "/a.json", "-o", folder + "/b.json"},
         "attention-lab: influence: -o given twice" + hint},
        {{"influence", sample, "-o", folder + "/a.json"},
         "attention-lab: " + folder + "/a.json: folder " + folder + " does not exist\n"},
        // export
        {{"export"}, "attention-lab: export: no sample given" + hint},
        {{"export", sample, "--dpi", "3"}, "attention-lab: export: unknown option --dpi" + hint},
        {{"export", sample, "-d"}, "attention-lab: export: -d needs a value" + hint},
        {{"export", sample}, "attention-lab: export: -d DIR is required\n"},
        {{"export", sample, "-d", folder, "--format", "gif"},
         "attention-lab: export: --format gif is not one of png, svg, pdf, csv\n"},
        {{"export", sample, "-d", folder, "--scale", "9"},
         "attention-lab: export: --scale must be a number from 0.25 to 8\n"},
        // screenshot
        {{"screenshot", "-o", folder + "/s.png"}, "attention-lab: screenshot: no sample given" + hint},
        {{"screenshot", sample, "--zoom", "2"}, "attention-lab: screenshot: unknown option --zoom" + hint},
        {{"screenshot", sample, "-o", folder + "/s.png", "--step"},
         "attention-lab: screenshot: --step needs a value" + hint},
        {{"screenshot", sample}, "attention-lab: screenshot: -o PNG is required\n"},
        {{"screenshot", sample, "-o", folder + "/s.png", "--step", "0"},
         "attention-lab: screenshot: --step counts from 1, got 0\n"},
        {{"screenshot", sample, "-o", folder + "/s.png", "--query", "x"},
         "attention-lab: screenshot: --query counts from 1, got x\n"},
        // conv
        {{"conv", "--kernel", kernel}, "attention-lab: conv: no image given" + hint},
        {{"conv", image, image, "--kernel", kernel},
         "attention-lab: conv: more than one image given (" + image + ", " + image + ")" + hint},
        {{"conv", image, "--kernel", kernel, "--sigma", "1"}, "attention-lab: conv: unknown option --sigma" + hint},
        {{"conv", image, "-k"}, "attention-lab: conv: -k needs a file name" + hint},
        {{"conv", image, "--kernel", kernel, "--gamma"}, "attention-lab: conv: --gamma needs a number" + hint},
        {{"conv", image}, "attention-lab: conv: --kernel KERNEL.json is required\n"},
    };
    for (const Refusal& refusal : refusals) {
        std::string shown;
        for (const std::string& argument : refusal.arguments)
            shown += " " + argument;
        INFO("attention-lab" << shown);
        const auto r = runAttentionLab(refusal.arguments);
        CHECK(r.status == 2);
        CHECK(r.err == refusal.message);
        CHECK(r.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(folder)); // nothing written, no folder made
}

TEST_CASE("the language option may come before the command, after it, or between its arguments", "[command]") {
    for (const std::vector<std::string>& arguments : {std::vector<std::string>{"--lang", "en", "dump", sample},
                                                      {"dump", "--lang", "en", sample},
                                                      {"dump", sample, "--lang", "en"}}) {
        const auto r = runAttentionLab(arguments);
        CHECK(r.status == 0);
        CHECK(contains(r.out, "\"format\": \"attention-lab/trace@1\""));
    }
}
