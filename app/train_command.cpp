#include "app/train_command.h"

#include "app/training_progress.h"
#include "core/base/input_error.h"
#include "core/io/dataset_pairing.h"
#include "core/io/transformer_loader.h"
#include "core/io/transformer_writer.h"
#include "core/train/evaluation.h"
#include "core/train/trainer.h"
#include "core/train/training_record.h"
#include "ui/core_messages.h"

#include <charconv>
#include <cmath>
#include <iostream>
#include <limits>
#include <optional>
#include <sstream>

namespace al::cli {
namespace {

// The numbers of a training run, as given on the command line or by default.
struct TrainRequest {
    std::string modelFile, datasetFile, output;
    long long steps = 1000;
    train::TrainingSettings settings;
    std::optional<std::uint64_t> seed;
};

// "--lr: expected a number greater than 0, got "fast"" — or nullopt when it is one.
template <typename T> using Parsed = std::variant<T, QString>;

Parsed<double> number(const Arguments& arguments, const char* name, double low, double high, bool lowIncluded) {
    const QString text = arguments.options.value(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    const bool inRange = ok && std::isfinite(value) && (lowIncluded ? value >= low : value > low) && value < high;
    if (inRange) return value;
    const QString bound = lowIncluded ? QString("from %1").arg(low) : QString("greater than %1").arg(low);
    const QString below = std::isfinite(high) ? QString(" and below %1").arg(high) : QString();
    return QString("train: --%1 must be a number %2%3, not \"%4\"").arg(name, bound, below, text);
}

Parsed<long long> whole(const Arguments& arguments, const char* name, long long low, long long high) {
    const QString text = arguments.options.value(name);
    bool ok = false;
    const long long value = text.toLongLong(&ok);
    if (ok && value >= low && value <= high) return value;
    return QString("train: --%1 must be a whole number from %2 to %3, not \"%4\"")
        .arg(name)
        .arg(low)
        .arg(high)
        .arg(text);
}

std::optional<QString> readOptions(const Arguments& arguments, TrainRequest& request) {
    const auto& options = arguments.options;
    for (const char* name : {"output", "steps", "batch", "optimizer", "lr", "momentum", "weight-decay", "seed"})
        if (options.values(name).size() > 1) return QString("train: --%1 given twice").arg(name);
    if (!options.isSet("output"))
        return QString("train: -o TRAINED is needed (the file to write the trained model to)");
    const QString output = options.value("output");
    if (const QString problem = checkOutputPath(output); !problem.isEmpty()) return problem;
    request.output = local(output);
    auto& optimizer = request.settings.optimizer;
    if (options.isSet("optimizer")) {
        const auto kind = nn::parseOptimizer(options.value("optimizer").toStdString());
        if (!kind) return "train: --optimizer must be adam or sgd, not \"" + options.value("optimizer") + "\"";
        optimizer.kind = *kind;
    }
    optimizer.learningRate = optimizer.kind == nn::Optimizer::Adam ? 1e-3 : 0.1;
    auto take = [&](auto parsed, auto& target) -> std::optional<QString> {
        if (const QString* problem = std::get_if<QString>(&parsed)) return *problem;
        target = std::get<0>(parsed);
        return std::nullopt;
    };
    std::optional<QString> problem;
    if (!problem && options.isSet("steps")) problem = take(whole(arguments, "steps", 0, 100'000'000), request.steps);
    if (!problem && options.isSet("batch"))
        problem = take(whole(arguments, "batch", 1, 1 << 20), request.settings.batch);
    if (!problem && options.isSet("lr"))
        problem = take(number(arguments, "lr", 0, HUGE_VAL, false), optimizer.learningRate);
    if (!problem && options.isSet("momentum"))
        problem = take(number(arguments, "momentum", 0, 1, true), optimizer.momentum);
    if (!problem && options.isSet("weight-decay"))
        problem = take(number(arguments, "weight-decay", 0, HUGE_VAL, true), optimizer.weightDecay);
    if (!problem && options.isSet("seed")) {
        bool ok = false;
        const qulonglong seed = options.value("seed").toULongLong(&ok);
        if (!ok) return "train: --seed must be a whole number from 0, not \"" + options.value("seed") + "\"";
        request.seed = seed;
    }
    if (!problem && optimizer.kind == nn::Optimizer::Adam && options.isSet("momentum"))
        problem = QString("train: --momentum applies to --optimizer sgd only");
    return problem;
}

int runTraining(const TrainRequest& request) {
    try {
        nn::TransformerModel model = loadTransformer(request.modelFile, request.seed);
        const PairedDataset data = loadPairedDataset(model, request.datasetFile);
        train::Trainer trainer(std::move(model), data.train, request.settings);
        TrainingProgress progress(request.steps, stderr);
        for (long long s = 0; s < request.steps; ++s) {
            const train::StepReport report = trainer.step();
            progress.update(s + 1, report.loss);
        }
        progress.finish();
        nn::TransformerModel trained = trainer.model();
        const train::Evaluation trainSet = train::evaluate(trained, data.train);
        std::optional<train::Evaluation> testSet;
        if (!data.test.empty()) testSet = train::evaluate(trained, data.test);
        trained.training = train::trainingRecord(data.dataset.title, request.settings, trainer.history(), trained.seed,
                                                 trainSet, testSet);
        saveTransformer(request.output, trained);
        std::cerr << "attention-lab: wrote " << request.output << " (train accuracy " << trainSet.accuracy;
        if (testSet) std::cerr << ", test accuracy " << testSet->accuracy;
        std::cerr << ")\n";
        return Done;
    } catch (const InputError& error) {
        return refuse(describe(error));
    } catch (const train::TrainingDiverged& diverged) {
        std::cerr << "\nattention-lab: " << request.modelFile << ": " << diverged.what() << "; nothing written\n";
        return Failure;
    } catch (const std::system_error& error) {
        std::cerr << "attention-lab: " << error.what() << '\n';
        return Failure;
    }
}

// The shortest text that reads back as the same double.
std::string exact(double value) {
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

void writeEvaluation(std::ostream& out, const char* name, const train::Evaluation& evaluation) {
    out << "  \"" << name << "\": {\"loss\": " << exact(evaluation.loss)
        << ", \"accuracy\": " << exact(evaluation.accuracy) << ", \"positions\": " << evaluation.positions
        << ", \"examples\": " << evaluation.examples << "}";
}

int runEvaluation(const std::string& modelFile, const std::string& datasetFile) {
    try {
        const nn::TransformerModel model = loadTransformer(modelFile);
        const PairedDataset data = loadPairedDataset(model, datasetFile);
        std::ostringstream out;
        out << "{\n";
        writeEvaluation(out, "train", train::evaluate(model, data.train));
        if (!data.test.empty()) {
            out << ",\n";
            writeEvaluation(out, "test", train::evaluate(model, data.test));
        }
        out << "\n}\n";
        std::cout << out.str();
        std::cout.flush();
        return std::cout ? Done : Failure;
    } catch (const InputError& error) {
        return refuse(describe(error));
    }
}

} // namespace

Prepared prepareTrain(const Arguments& arguments) {
    TrainRequest request;
    request.modelFile = local(arguments.operands[0]);
    request.datasetFile = local(arguments.operands[1]);
    if (const auto problem = readOptions(arguments, request)) return refuseArguments(*problem);
    return Work([request] { return runTraining(request); });
}

Prepared prepareEvaluate(const Arguments& arguments) {
    return Work([model = local(arguments.operands[0]), dataset = local(arguments.operands[1])] {
        return runEvaluation(model, dataset);
    });
}

} // namespace al::cli
