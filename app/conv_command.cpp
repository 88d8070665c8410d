#include "app/conv_command.h"

#include "core/base/input_error.h"
#include "core/convolution/convolution.h"
#include "core/io/atomic_file.h"
#include "core/io/gray_image.h"
#include "core/io/json_writer.h"
#include "ui/core_messages.h"
#include "ui/image_loading.h"

#include <cmath>
#include <iostream>
#include <optional>

namespace al::cli {

namespace {

constexpr double defaultGamma = 50.0; // e^{−50} ≈ 2·10⁻²²: the heads are one-hot to the last digit

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

struct ConvRequest {
    QString image, kernel;
    double gamma = defaultGamma;
    std::optional<std::string> output; // standard output without one
};

int convolve(const ConvRequest& request) {
    const std::string kernel = local(request.kernel);
    try {
        const Matrix pixels = loadGrayImage(request.image);
        const Matrix weights = loadKernel(kernel);
        const ConvolutionAsAttention result = convolutionAsAttention(pixels, weights, request.gamma);
        if (!result.attention.allFinite() || !result.convolution.allFinite())
            return refuse(request.kernel + ": the kernel's weights make the result exceed the range of a double");
        if (request.output)
            writeFileAtomically(*request.output,
                                [&](std::ostream& file) { writeConv(file, pixels, weights, request.gamma, result); });
        else
            writeConv(std::cout, pixels, weights, request.gamma, result);
        return Done;
    } catch (const InputError& error) {
        return refuse(describe(error)); // in the language of --lang
    } catch (const std::system_error& error) {
        std::cerr << "attention-lab: " << error.what() << '\n';
        return Failure;
    }
}

} // namespace

Prepared prepareConv(const Arguments& arguments) {
    ConvRequest request;
    request.image = arguments.operands.front();
    request.kernel = arguments.options.value("kernel");
    if (request.kernel.isEmpty()) return refuse("conv: --kernel KERNEL.json is required");
    if (arguments.options.isSet("gamma")) {
        const QString text = arguments.options.value("gamma");
        try {
            std::size_t used = 0;
            request.gamma = std::stod(text.toStdString(), &used);
            if (used != std::size_t(text.toStdString().size())) throw std::invalid_argument("trailing text");
        } catch (const std::exception&) {
            return refuse("conv: --gamma must be a number, got " + text);
        }
        if (!(request.gamma > 0) || !std::isfinite(request.gamma) || request.gamma > 1e6)
            return refuse("conv: --gamma must be greater than 0 and at most 1e6");
    }
    if (arguments.options.isSet("output")) {
        const QString output = arguments.options.value("output");
        if (const QString problem = checkOutputPath(output); !problem.isEmpty()) return refuse(problem);
        request.output = local(output);
    }
    return Work([request] { return convolve(request); });
}

} // namespace al::cli
