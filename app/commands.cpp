// The table of commands: what `attention-lab --help` lists, what each COMMAND --help shows,
// the options the parser accepts, and who reads them. Texts are translated in the context
// "CommandLine" when help is shown.
#include "app/command.h"
#include "app/conv_command.h"
#include "app/dump_command.h"
#include "app/gui_arguments.h"
#include "app/influence_command.h"
#include "app/train_command.h"

#include <QtGlobal>

namespace al::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"",
         "[SAMPLE|MODEL]",
         QT_TRANSLATE_NOOP("CommandLine", "open the app (on the lecture's sample when none is given)"),
         QT_TRANSLATE_NOOP("CommandLine", "A transformer@1 model opens in the Transformer lesson of its task."),
         {{"SAMPLE|MODEL",
           QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 or attention-lab/transformer@1 JSON file"),
           "sample"}},
         {},
         Application::Window,
         prepareWindow},
        {"dump",
         "dump SAMPLE|MODEL [--input TEXT] [--target TEXT] [-o TRACE]",
         QT_TRANSLATE_NOOP("CommandLine", "write the trace of a sample, or of one pass through a model"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "A sample gives attention-lab/trace@1. A transformer@1 model reads --input (tokens "
                           "separated by spaces) and gives attention-lab/transformer-trace@1; seq2seq and "
                           "language_model models generate greedily without --target."),
         {{"SAMPLE|MODEL",
           QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 or attention-lab/transformer@1 JSON file"),
           "sample"}},
         {{{"o", "output"},
           "TRACE",
           QT_TRANSLATE_NOOP("CommandLine", "the trace file to write (standard output without it)"),
           "a file name"},
          {{"input"},
           "TEXT",
           QT_TRANSLATE_NOOP("CommandLine", "a model's input tokens, separated by spaces"),
           "a text"},
          {{"target"},
           "TEXT",
           QT_TRANSLATE_NOOP("CommandLine",
                             "seq2seq: the output the decoder reads (teacher forcing); language_model: the text "
                             "after the input"),
           "a text"}},
         Application::Core,
         prepareDump},
        {"export",
         "export SAMPLE|MODEL -d DIR [--format png|svg|pdf|csv] [--scale S]",
         QT_TRANSLATE_NOOP("CommandLine", "write every plot and page of every step of every lesson"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "csv writes every heatmap's matrix instead; DIR/index.json lists every file. A "
                           "transformer@1 model is shown in the Transformer lesson of its task (the other "
                           "lessons show their bundled sample or model)."),
         {{"SAMPLE|MODEL",
           QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 or attention-lab/transformer@1 JSON file"),
           "sample"}},
         {{{"d", "dir"}, "DIR", QT_TRANSLATE_NOOP("CommandLine", "the folder to write into (made when missing)")},
          {{"format"}, "png|svg|pdf|csv", QT_TRANSLATE_NOOP("CommandLine", "the files' format (default: png)")},
          {{"scale"}, "S", QT_TRANSLATE_NOOP("CommandLine", "PNG pixels per point, from 0.25 to 8 (default: 1)")}},
         Application::Headless,
         prepareExport},
        {"screenshot",
         "screenshot SAMPLE|MODEL -o PNG [--lesson NAME] [--step K] [--query I] [--presentation] [--input TEXT] "
         "[--target TEXT] [--layer L] [--head H] [--position P] [--generation-step T] [--dataset FILE] "
         "[--train-steps S]",
         QT_TRANSLATE_NOOP("CommandLine", "render the window as a user would see it"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "Lessons: vectors, walkthrough, matrix, multihead, positional, masks, scoring, "
                           "convolution, transformer-block, encoder-decoder, gpt, classification, training; K, I, "
                           "L, H, P and T count from 1, as on screen. A model opens in the Transformer lesson of "
                           "its task; --input and the rest set that lesson's controls. The training lesson "
                           "trains --train-steps steps on --dataset first."),
         {{"SAMPLE|MODEL",
           QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 or attention-lab/transformer@1 JSON file"),
           "sample"}},
         {{{"o", "output"}, "PNG", QT_TRANSLATE_NOOP("CommandLine", "the picture to write")},
          {{"lesson"}, "NAME", QT_TRANSLATE_NOOP("CommandLine", "the lesson to show (default: the first)")},
          {{"step"}, "K", QT_TRANSLATE_NOOP("CommandLine", "the lesson's step (default: 1)")},
          {{"query"}, "I", QT_TRANSLATE_NOOP("CommandLine", "the query token (default: 1)")},
          {{"presentation"}, "", QT_TRANSLATE_NOOP("CommandLine", "the presentation mode, as a projector shows it")},
          {{"input"},
           "TEXT",
           QT_TRANSLATE_NOOP("CommandLine", "a Transformer lesson's input tokens, separated by spaces"),
           "a text"},
          {{"target"},
           "TEXT",
           QT_TRANSLATE_NOOP("CommandLine", "the encoder–decoder lesson's target (teacher forcing)"),
           "a text"},
          {{"layer"}, "L", QT_TRANSLATE_NOOP("CommandLine", "a Transformer lesson's layer (default: 1)")},
          {{"head"}, "H", QT_TRANSLATE_NOOP("CommandLine", "a Transformer lesson's head (default: 1)")},
          {{"position"}, "P", QT_TRANSLATE_NOOP("CommandLine", "a Transformer lesson's position (default: 1)")},
          {{"generation-step"},
           "T",
           QT_TRANSLATE_NOOP("CommandLine", "a Transformer lesson's generation step (default: 1)")},
          {{"dataset"},
           "FILE",
           QT_TRANSLATE_NOOP("CommandLine", "the training lesson's dataset@1 file (default: I saw a saw)"),
           "a file name"},
          {{"train-steps"},
           "S",
           QT_TRANSLATE_NOOP("CommandLine", "the training lesson trains S steps before the picture (default: 0)")}},
         Application::Headless,
         prepareScreenshot},
        {"conv",
         "conv IMAGE --kernel KERNEL.json [--gamma G] [-o OUT.json]",
         QT_TRANSLATE_NOOP("CommandLine", "convolution and the K² attention heads that equal it"),
         QT_TRANSLATE_NOOP("CommandLine", "Writes attention-lab/conv@1 (standard output without -o)."),
         {{"IMAGE", QT_TRANSLATE_NOOP("CommandLine", "a PGM or PNG image, reduced to at most 64 × 64"), "image"}},
         {{{"k", "kernel"},
           "KERNEL.json",
           QT_TRANSLATE_NOOP("CommandLine", "the kernel: {\"kernel\": [[…], …]}, odd K ≤ 9 (required)"),
           "a file name"},
          {{"gamma"},
           "G",
           QT_TRANSLATE_NOOP("CommandLine", "how sharply each head picks its pixel (default: 50)"),
           "a number"},
          {{"o", "output"},
           "OUT.json",
           QT_TRANSLATE_NOOP("CommandLine", "the file to write (standard output without it)"),
           "a file name"}},
         Application::Core,
         prepareConv},
        {"train",
         "train MODEL DATASET -o TRAINED [--steps S] [--batch B] [--optimizer adam|sgd] [--lr η] [--momentum μ] "
         "[--weight-decay λ] [--seed K]",
         QT_TRANSLATE_NOOP("CommandLine", "train a model on a dataset and write it with its training record"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "Step s uses the training examples (s·B + b) mod M in file order. Adam with a weight "
                           "decay is AdamW. Progress goes to standard error."),
         {{"MODEL", QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/transformer@1 JSON file"), "model"},
          {"DATASET", QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/dataset@1 JSON file"), "dataset"}},
         {{{"o", "output"}, "TRAINED", QT_TRANSLATE_NOOP("CommandLine", "the trained model to write"), "a file name"},
          {{"steps"}, "S", QT_TRANSLATE_NOOP("CommandLine", "optimiser steps (default: 1000)"), "a number"},
          {{"batch"}, "B", QT_TRANSLATE_NOOP("CommandLine", "examples per step (default: 16)"), "a number"},
          {{"optimizer"}, "adam|sgd", QT_TRANSLATE_NOOP("CommandLine", "the optimiser (default: adam)"), "a name"},
          {{"lr"},
           "η",
           QT_TRANSLATE_NOOP("CommandLine", "the learning rate (default: 0.001 for adam, 0.1 for sgd)"),
           "a number"},
          {{"momentum"}, "μ", QT_TRANSLATE_NOOP("CommandLine", "sgd's momentum (default: 0)"), "a number"},
          {{"weight-decay"}, "λ", QT_TRANSLATE_NOOP("CommandLine", "the weight decay (default: 0)"), "a number"},
          {{"seed"},
           "K",
           QT_TRANSLATE_NOOP("CommandLine",
                             "initialise the weights the model file does not give from K (default: its seed)"),
           "a number"}},
         Application::Core,
         prepareTrain},
        {"evaluate",
         "evaluate MODEL DATASET",
         QT_TRANSLATE_NOOP("CommandLine", "the loss and accuracy of a model on a dataset, as JSON"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "Writes {\"train\": {\"loss\": L, \"accuracy\": A, …}, \"test\": {…}} to standard "
                           "output: the token-weighted mean cross-entropy and the task's accuracy."),
         {{"MODEL", QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/transformer@1 JSON file"), "model"},
          {"DATASET", QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/dataset@1 JSON file"), "dataset"}},
         {},
         Application::Core,
         prepareEvaluate},
        {"influence",
         "influence SAMPLE [-o OUT]",
         QT_TRANSLATE_NOOP("CommandLine", "how much each input moves each output, in an RNN and in self-attention"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "Writes attention-lab/influence@1: ‖∂out_t/∂a_s‖_F for the Elman RNN (the sample's "
                           "\"rnn\" block, or weights from its seed) and for the sample's self-attention, exact. "
                           "At most 512 tokens."),
         {{"SAMPLE", QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 JSON file"), "sample"}},
         {{{"o", "output"},
           "OUT",
           QT_TRANSLATE_NOOP("CommandLine", "the file to write (standard output without it)"),
           "a file name"}},
         Application::Core,
         prepareInfluence},
    };
    return table;
}

} // namespace al::cli
