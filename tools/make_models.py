#!/usr/bin/env python3
"""Trains the bundled models of samples/models/ with the app's own `attention-lab train`.

Plain Python, no packages needed. Run:  make models   (or  python3 tools/make_models.py)

1. tools/make_datasets.py writes the datasets and the untrained models;
2. for each entry of samples/models/training.json, `attention-lab train MODEL DATASET
   -o OUTPUT --steps … --batch … --optimizer … --lr …` writes the trained model;
3. `attention-lab evaluate` checks the accuracy training.json states, and the time each
   training took is printed (the README's table).

Training is deterministic (the weights come from the model's seed, the batches from the
file order), so running this again writes every trained file bit for bit the same.
Options: --app PATH (default build/app/attention-lab, built first when missing),
--only NAME (one model, e.g. reverse).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
MODELS = os.path.join(ROOT, "samples", "models")


def build_app():
    if not os.path.exists(os.path.join(ROOT, "build", "CMakeCache.txt")):
        subprocess.run(["cmake", "--preset", "default"], cwd=ROOT, check=True)
    subprocess.run(["cmake", "--build", "build", "-j", str(os.cpu_count() or 1), "--target", "attention-lab"],
                   cwd=ROOT, check=True)
    return os.path.join(ROOT, "build", "app", "attention-lab")


def train_arguments(entry):
    """The command line of one entry of training.json (the ctest test builds the same)."""
    arguments = [entry["model"], entry["dataset"], "-o", entry["output"], "--steps", str(entry["steps"]),
                 "--batch", str(entry["batch"]), "--optimizer", entry["optimizer"], "--lr", repr(entry["lr"])]
    for option, key in (("--momentum", "momentum"), ("--weight-decay", "weight_decay")):
        if key in entry:
            arguments += [option, repr(entry[key])]
    return arguments


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", help="the attention-lab executable (default: build it in build/)")
    parser.add_argument("--only", help="train only this model (its file name without .model.json)")
    options = parser.parse_args()
    app = os.path.abspath(options.app) if options.app else build_app()
    subprocess.run([sys.executable, os.path.join(ROOT, "tools", "make_datasets.py")], check=True)
    with open(os.path.join(MODELS, "training.json"), encoding="utf-8") as f:
        entries = json.load(f)["models"]
    failures = 0
    # Wall-clock seconds, and the processor seconds of the training process (what a busy
    # machine does not inflate).
    print(f"{'model':<34} {'steps':>5} {'seconds':>7} {'cpu':>6} {'train':>7} {'test':>7}")
    for entry in entries:
        if options.only and entry["model"] != options.only + ".model.json":
            continue
        start, cpu_start = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([app, "train"] + train_arguments(entry), cwd=MODELS, check=True, stderr=subprocess.DEVNULL)
        seconds, cpu_end = time.monotonic() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = cpu_end.ru_utime + cpu_end.ru_stime - cpu_start.ru_utime - cpu_start.ru_stime
        evaluation = subprocess.run([app, "evaluate", entry["output"], entry["dataset"]], cwd=MODELS, check=True,
                                    stdout=subprocess.PIPE, text=True)
        reached = {name: result["accuracy"] for name, result in json.loads(evaluation.stdout).items()}
        print(f"{entry['output']:<34} {entry['steps']:>5} {seconds:>7.2f} {cpu:>6.2f} {reached['train']:>7.4f} "
              f"{reached['test']:>7.4f}")
        for name, promised in entry["accuracy"].items():
            if reached[name] < promised:
                print(f"  {name} accuracy {reached[name]} is below the stated {promised}", file=sys.stderr)
                failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
