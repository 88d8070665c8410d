#!/usr/bin/env python3
"""The table of `make bench`: runs the benchmark programs of the bench build and PyTorch,
side by side in one run, and prints every figure with its target.
Usage: report.py BUILD_DIR [--quick]   (--quick: N = 4096 and PyTorch left out)"""
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "samples", "lecture-four-vectors.json")


def run_json_lines(command):
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{") or line.startswith("[")]


def core_figures(build, sizes):
    pattern = "|".join(str(n) for n in sizes)
    out = subprocess.run([os.path.join(build, "bench", "attention-lab-bench"), "--benchmark_format=json",
                          f"--benchmark_filter=/({pattern})(/|$)"], check=True, capture_output=True, text=True).stdout
    trace, peak = {}, {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") == "aggregate":
            continue
        parts = b["run_name"].split("/")
        seconds = b["real_time"] / 1e3  # milliseconds
        gflops = b["flops"] / seconds * 1e-9
        if parts[0] == "trace":
            trace[(int(parts[1]), parts[2] == "1")] = (seconds, gflops)
        else:
            n = int(parts[1])
            peak[n] = max(peak.get(n, 0.0), gflops)
    return trace, peak


def transformer_figures(build, threads, peak, quick):
    """The Transformer's rows: Trainer::step and forwardPass (bench/transformer_bench.cpp)
    against what a PyTorch user would write for the same models (bench/pytorch_transformer.py)."""
    ours = {row["case"]: row for row in run_json_lines([os.path.join(build, "bench", "attention-lab-transformer-bench")])}
    theirs = {}
    if not quick:
        theirs = {row["case"]: row for row in
                  run_json_lines(["/usr/bin/python3", os.path.join(HERE, "pytorch_transformer.py"), str(threads)])}
    training, forward = ours["training"], ours["forward"]
    print(f"Transformer, float64, {threads} threads")
    print(f"{'':>46} {'ours':>11} {'PyTorch':>11} {'× faster':>9}")
    torch_step = theirs.get("training", {}).get("seconds_per_step")
    print(f"{'training step (steps/s), labelling, batch 16':>46} {training['steps_per_second']:11.1f}"
          + (f" {1 / torch_step:11.1f} {torch_step / training['seconds_per_step']:9.1f}" if torch_step else
             f" {'–':>11} {'–':>9}"))
    torch_forward = theirs.get("forward", {}).get("seconds")
    print(f"{'forward, 6 layers, d_model 512, N = 512 (ms)':>46} {forward['seconds'] * 1e3:11.1f}"
          + (f" {torch_forward * 1e3:11.1f} {torch_forward / forward['seconds']:9.1f}" if torch_forward else
             f" {'–':>11} {'–':>9}"))
    print(f"  the forward pass: {forward['gflops']:.1f} GFLOP/s, {forward['gflops'] / peak:.0%} of the matrix-product"
          f" peak ({peak:.1f} GFLOP/s)")
    print("  training: d_model 32, 4 heads, d_ff 64, 2 layers, 8 … 12 tokens, Adam; PyTorch: nn.TransformerEncoder on"
          " padded batches with a key-padding mask")
    print("Targets: training ≥ 10× PyTorch's steps/s; the forward pass ≥ 50% of the peak and faster than PyTorch.\n")


def training_in_window(build, quick):
    """Training in the window against a Trainer loop as `attention-lab train` runs it, side by
    side in one run (bench/ui_training.cpp): steps per second, the frame interval, the stall."""
    command = [os.path.join(build, "bench", "attention-lab-ui-training")] + (["--rounds", "2", "--steps", "1000"] if quick else [])
    rows = {row["case"]: row for row in run_json_lines(command)}
    cli, window = rows["cli"], rows["window"]

    def verdict(met):
        return "met" if met else "MISSED"

    print(f"UI: training in the window, \"I saw a saw\" (batch 16, Adam, lr 0.01, no baseline), {window['steps']} steps,"
          f" median of {window['rounds']} rounds; the lesson's step 1 (curves and α′) on screen")
    print(f"{'steps/s':>40} {'slowest':>9} {'fastest':>9}")
    print(f"{'command line (a Trainer loop)':>30} {cli['steps_per_second']:9.1f} {cli['slowest']:9.1f} {cli['fastest']:9.1f}")
    print(f"{'the window':>30} {window['steps_per_second']:9.1f} {window['slowest']:9.1f} {window['fastest']:9.1f}"
          f"   {window['ratio']:.0%} of the command line: {verdict(window['ratio'] >= 0.8)} (target ≥ 80%)")
    print(f"  frame interval (a new content's plots painted): median {window['frame_median_ms']:.1f} ms,"
          f" 95th percentile {window['frame_p95_ms']:.1f} ms, longest {window['frame_longest_ms']:.1f} ms"
          f" ({window['frames']} frames): {verdict(window['frame_median_ms'] <= 33)} (target: median ≤ 33 ms)")
    print(f"  the GUI thread's longest stall (a 5 ms timer's longest gap): {window['stall_ms']:.1f} ms:"
          f" {verdict(window['stall_ms'] <= 100)} (target ≤ 100 ms)")
    print(f"  CPU time per step, every thread: command line {cli['cpu_ms_per_step']:.2f} ms, the window"
          f" {window['cpu_ms_per_step']:.2f} ms (of which the GUI thread {window['gui_cpu_ms_per_frame']:.1f} ms a frame);"
          f" load average {cli['load']:.1f} on {len(os.sched_getaffinity(0))} CPUs")
    print(f"  the window's loss history equals the loop's, value for value: {'yes' if window['same_history'] else 'NO'}\n")


def timed(command, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


# The lessons' heaviest steps at N = 4096: A and A′, every head's α′, the masked scores,
# α′ without and with positions, and the three scorings' α′.
APP_MEMORY_STEPS = [("matrix", 5), ("multihead", 2), ("walkthrough", 8), ("masks", 2), ("positional", 4), ("positional", 6),
                    ("scoring", 1)]


def write_random_sample(path, tokens, d_model, heads):
    generator = random.Random(1)
    sample = {"format": "attention-lab/sample@1", "title": f"random, N = {tokens}",
              "tokens": [f"t{i}" for i in range(tokens)],
              "embeddings": [[round(generator.uniform(-1, 1), 3) for _ in range(d_model)] for _ in range(tokens)],
              "model": {"heads": heads}}
    with open(path, "w") as out:
        json.dump(sample, out)


def peak_rss_mib(command):
    """Runs the command; its peak resident size (MiB) and wall time."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: exit {process.returncode}")
    return usage.ru_maxrss / 1024.0, time.perf_counter() - start


def main():
    build = sys.argv[1]
    quick = "--quick" in sys.argv
    sizes = [64, 256, 1024] + ([] if quick else [4096])
    threads = len(os.sched_getaffinity(0))
    env_threads = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    os.environ.update(env_threads)

    trace, peak = core_figures(build, sizes)
    torch_times = {}
    if not quick:
        for row in run_json_lines(["/usr/bin/python3", os.path.join(HERE, "pytorch_mha.py"), str(threads)]
                                  + [str(n) for n in sizes])[0]:
            torch_times[(row["tokens"], row["masked"])] = row["seconds"]

    print(f"Core: the whole trace, d_model 512, 8 heads, float64, {threads} threads")
    print(f"{'N':>6} {'mask':>7} {'time':>10} {'GFLOP/s':>8} {'peak GFLOP/s':>13} {'of peak':>8} {'PyTorch':>10} {'× faster':>9}")
    for n in sizes:
        for masked in (False, True):
            seconds, gflops = trace[(n, masked)]
            torch_seconds = torch_times.get((n, masked))
            ratio = f"{torch_seconds / seconds:9.1f}" if torch_seconds else f"{'–':>9}"
            torch_text = f"{torch_seconds * 1e3:8.1f}ms" if torch_seconds else f"{'–':>10}"
            print(f"{n:>6} {'causal' if masked else 'none':>7} {seconds * 1e3:8.2f}ms {gflops:8.1f} {peak[n]:13.1f}"
                  f" {gflops / peak[n]:8.0%} {torch_text} {ratio}")
    print("Targets at N = 1024: ≥ 20× faster than PyTorch, ≥ 50% of the matrix-product peak.\n")

    transformer_figures(build, threads, max(peak.values()), quick)

    print("UI: edit → recompute → visible heatmaps repainted (50 edits, matrix lesson, A and A′)")
    for row in run_json_lines([os.path.join(build, "bench", "attention-lab-ui-latency")]):
        print(f"  N = {row['tokens']:>5}: median {row['median_ms']:6.1f} ms, 95th percentile {row['p95_ms']:6.1f} ms")
    print("Targets: median ≤ 16 ms at N = 64 and ≤ 50 ms at N = 1024; the 95th percentile within twice that.\n")

    print("UI: the GUI thread's longest stall (a 1 ms timer's longest gap), and the time until the picture is complete")
    stall = [os.path.join(build, "bench", "attention-lab-ui-stall")] + (["--quick"] if quick else [])
    for row in run_json_lines(stall):
        what = row["case"] if row["case"] != "lesson" else f"{row['lesson']}, step {row['step']}"
        print(f"  N = {row['tokens']:>5} (d_model {row['d_model']}, {row['heads']} heads) {what:>24}:"
              f" stall {row['stall_ms']:7.1f} ms, complete {row['complete_ms']:8.1f} ms")
    print("Target: no stall over 100 ms (each lesson's heaviest step, opening the sample, and an edit of τ).\n")

    training_in_window(build, quick)

    app = os.path.join(build, "app", "attention-lab")
    with tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env["XDG_CONFIG_HOME"] = folder
        os.environ.clear()
        os.environ.update(env)
        shot = timed([app, "screenshot", SAMPLE, "-o", os.path.join(folder, "s.png")])
        export = timed([app, "export", SAMPLE, "-d", os.path.join(folder, "export")])
    print("Start-up")
    print(f"  process start → window painted and saved as PNG (screenshot): {shot:.2f} s   (target for the first paint: ≤ 0.5 s)")
    print(f"  process start → export of one sample finished:               {export:.2f} s   (target: ≤ 2 s)\n")

    if not quick:
        memory = run_json_lines([os.path.join(build, "bench", "attention-lab-trace-memory"), "4096"])[0]
        print(f"Memory: peak resident size of one trace at N = 4096, 8 heads: {memory['peak_rss_mib']:.0f} MiB"
              "   (target: < 1536 MiB)")
        print("  the app, started on an N = 4096, d_model 512, 8-head sample and painting one lesson step:")
        with tempfile.TemporaryDirectory() as folder:
            sample = os.path.join(folder, "n4096.json")
            write_random_sample(sample, 4096, 512, 8)
            for lesson, step in APP_MEMORY_STEPS:
                rss, seconds = peak_rss_mib([app, "screenshot", sample, "--lesson", lesson, "--step", str(step),
                                             "-o", os.path.join(folder, "s.png")])
                print(f"    {lesson:>11} step {step}: {rss:6.0f} MiB, {seconds:5.1f} s")


if __name__ == "__main__":
    main()
