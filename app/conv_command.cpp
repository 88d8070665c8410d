#include "app/conv_command.h"

#include "app/command_line.h"
#include "core/atomic_file.h"
#include "core/convolution.h"
#include "core/gray_image.h"
#include "core/input_error.h"
#include "core/json_writer.h"
#include "ui/image_loading.h"

#include <cmath>
#include <filesystem>
#include <iostream>
#include <optional>

namespace al::cli {

namespace {

constexpr double defaultGamma = 50.0; // e^{−50} ≈ 2·10⁻²²: the heads are one-hot to the last digit

int bad(const std::string& message) {
    std::cerr << "attention-lab: " << message << '\n';
    return BadInput;
}

void writeConv(std::ostream& out, const Matrix& image, const Matrix& kernel, double gamma,
               const ConvolutionAsAttention& result) {
    JsonWriter json(out);
    json.beginObject();
    json.key("format"), json.value("attention-lab/conv@1");
    json.key("height"), json.value(int(image.rows()));
    json.key("width"), json.value(int(image.cols()));
    json.key("kernel"), json.value(kernel);
    json.key("gamma"), json.value(gamma);
    json.key("conv_output"), json.value(result.convolution);
    json.key("attention_output"), json.value(result.attention);
    json.key("max_abs_diff"), json.value(result.maxAbsDifference);
    json.key("head_shifts");
    json.beginArray();
    for (auto [dy, dx] : result.shifts) {
        json.beginArray();
        json.value(dy);
        json.value(dx);
        json.endArray();
    }
    json.endArray();
    json.endObject();
    out << '\n';
}

} // namespace

int runConv(const std::vector<std::string>& args) {
    std::string image, kernel;
    std::optional<std::string> output, gammaText;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) return false;
            into = args[++i];
            return true;
        };
        std::string text;
        if (arg == "--kernel" || arg == "-k") { if (!value(kernel)) return bad("conv: " + arg + " needs a file name"); }
        else if (arg == "--gamma") { if (!value(text)) return bad("conv: --gamma needs a number"); gammaText = text; }
        else if (arg == "-o" || arg == "--output") { if (!value(text)) return bad("conv: -o needs a file name"); output = text; }
        else if (arg.size() > 1 && arg[0] == '-') return bad("conv: unknown option " + arg + " (see attention-lab --help)");
        else if (image.empty()) image = arg;
        else return bad("conv: more than one image given");
    }
    if (image.empty()) return bad("conv: no image given (see attention-lab --help)");
    if (kernel.empty()) return bad("conv: --kernel KERNEL.json is required");
    double gamma = defaultGamma;
    if (gammaText) {
        try {
            std::size_t used = 0;
            gamma = std::stod(*gammaText, &used);
            if (used != gammaText->size()) throw std::invalid_argument("trailing text");
        } catch (const std::exception&) {
            return bad("conv: --gamma must be a number, got " + *gammaText);
        }
        if (!(gamma > 0) || !std::isfinite(gamma) || gamma > 1e6) return bad("conv: --gamma must be greater than 0 and at most 1e6");
    }
    if (output) {
        const std::filesystem::path target(*output);
        const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
        if (!std::filesystem::is_directory(folder)) return bad(*output + ": folder " + folder.string() + " does not exist");
        if (std::filesystem::is_directory(target)) return bad(*output + ": is a folder, not a file name");
    }
    try {
        const Matrix pixels = loadGrayImage(QString::fromStdString(image));
        const Matrix weights = loadKernel(kernel);
        const ConvolutionAsAttention result = convolutionAsAttention(pixels, weights, gamma);
        if (!result.attention.allFinite() || !result.convolution.allFinite())
            return bad(kernel + ": the kernel's weights make the result exceed the range of a double");
        if (output) writeFileAtomically(*output, [&](std::ostream& file) { writeConv(file, pixels, weights, gamma, result); });
        else writeConv(std::cout, pixels, weights, gamma, result);
        return Done;
    } catch (const InputError& error) {
        return bad(inputErrorText(error));
    } catch (const std::system_error& error) {
        std::cerr << "attention-lab: " << error.what() << '\n';
        return Failure;
    }
}

} // namespace al::cli
