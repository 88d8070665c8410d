// The table of commands: what `attention-lab --help` lists, what each COMMAND --help shows,
// the options the parser accepts, and who reads them. Texts are translated in the context
// "CommandLine" when help is shown.
#include "app/command.h"
#include "app/conv_command.h"
#include "app/dump_command.h"
#include "app/gui_arguments.h"

#include <QtGlobal>

namespace al::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"",
         "[SAMPLE]",
         QT_TRANSLATE_NOOP("CommandLine", "open the app (on the lecture's sample when none is given)"),
         "",
         "SAMPLE",
         QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 JSON file"),
         "sample",
         {},
         Application::Window,
         prepareWindow},
        {"dump",
         "dump SAMPLE [-o TRACE]",
         QT_TRANSLATE_NOOP("CommandLine", "write the trace (standard output without -o)"),
         "",
         "SAMPLE",
         QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 JSON file"),
         "sample",
         {{{"o", "output"},
           "TRACE",
           QT_TRANSLATE_NOOP("CommandLine", "the attention-lab/trace@1 file to write (standard output without it)"),
           "a file name"}},
         Application::Core,
         prepareDump},
        {"export",
         "export SAMPLE -d DIR [--format png|svg|pdf|csv] [--scale S]",
         QT_TRANSLATE_NOOP("CommandLine", "write every plot and page of every step of every lesson"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "csv writes every heatmap's matrix instead; DIR/index.json lists every file."),
         "SAMPLE",
         QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 JSON file"),
         "sample",
         {{{"d", "dir"}, "DIR", QT_TRANSLATE_NOOP("CommandLine", "the folder to write into (made when missing)")},
          {{"format"}, "png|svg|pdf|csv", QT_TRANSLATE_NOOP("CommandLine", "the files' format (default: png)")},
          {{"scale"}, "S", QT_TRANSLATE_NOOP("CommandLine", "PNG pixels per point, from 0.25 to 8 (default: 1)")}},
         Application::Headless,
         prepareExport},
        {"screenshot",
         "screenshot SAMPLE -o PNG [--lesson NAME] [--step K] [--query I] [--presentation]",
         QT_TRANSLATE_NOOP("CommandLine", "render the window as a user would see it"),
         QT_TRANSLATE_NOOP("CommandLine",
                           "Lessons: vectors, walkthrough, matrix, multihead, positional, masks, scoring, "
                           "convolution; K and I count from 1, as on screen."),
         "SAMPLE",
         QT_TRANSLATE_NOOP("CommandLine", "an attention-lab/sample@1 JSON file"),
         "sample",
         {{{"o", "output"}, "PNG", QT_TRANSLATE_NOOP("CommandLine", "the picture to write")},
          {{"lesson"}, "NAME", QT_TRANSLATE_NOOP("CommandLine", "the lesson to show (default: the first)")},
          {{"step"}, "K", QT_TRANSLATE_NOOP("CommandLine", "the lesson's step (default: 1)")},
          {{"query"}, "I", QT_TRANSLATE_NOOP("CommandLine", "the query token (default: 1)")},
          {{"presentation"}, "", QT_TRANSLATE_NOOP("CommandLine", "the presentation mode, as a projector shows it")}},
         Application::Headless,
         prepareScreenshot},
        {"conv",
         "conv IMAGE --kernel KERNEL.json [--gamma G] [-o OUT.json]",
         QT_TRANSLATE_NOOP("CommandLine", "convolution and the K² attention heads that equal it"),
         QT_TRANSLATE_NOOP("CommandLine", "Writes attention-lab/conv@1 (standard output without -o)."),
         "IMAGE",
         QT_TRANSLATE_NOOP("CommandLine", "a PGM or PNG image, reduced to at most 64 × 64"),
         "image",
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
    };
    return table;
}

} // namespace al::cli
