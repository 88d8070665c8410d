#!/usr/bin/env python3
"""Runs `attention-lab conv` on random PGM images and random kernels and compares the
convolution and the attention output with an independent NumPy convolution
(cross-correlation, zero padding, stride 1). Exits 1 above 1e-9.

  /usr/bin/python3 tests/tools/check_conv.py build/app/attention-lab [COUNT] [SEED]
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

TOLERANCE = 1e-9


def numpy_convolution(image, kernel):
    r = kernel.shape[0] // 2
    padded = np.pad(image, r)
    h, w = image.shape
    return np.array([[np.sum(kernel * padded[i:i + 2 * r + 1, j:j + 2 * r + 1]) for j in range(w)] for i in range(h)])


def main():
    executable = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        image_path, kernel_path = os.path.join(folder, "image.pgm"), os.path.join(folder, "kernel.json")
        for case in range(count):
            h, w = int(rng.integers(1, 40)), int(rng.integers(1, 40))
            maxval = int(rng.choice([1, 15, 255, 1000]))
            pixels = rng.integers(0, maxval + 1, size=(h, w))
            with open(image_path, "w") as f:
                f.write(f"P2\n{w} {h}\n{maxval}\n" + "\n".join(" ".join(map(str, row)) for row in pixels) + "\n")
            k = int(rng.choice([1, 3, 5, 7, 9]))
            kernel = rng.standard_normal((k, k))
            with open(kernel_path, "w") as f:
                json.dump({"kernel": kernel.tolist()}, f)
            run = subprocess.run([executable, "conv", image_path, "--kernel", kernel_path], capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"case {case}: exit {run.returncode}: {run.stderr}")
            result = json.loads(run.stdout)
            reference = numpy_convolution(pixels / maxval, kernel)
            for field in ("conv_output", "attention_output"):
                difference = float(np.abs(np.array(result[field]).reshape(h, w) - reference).max())
                worst = max(worst, difference)
                if difference > TOLERANCE:
                    sys.exit(f"case {case}: {field} differs by {difference:.3g}")
            assert result["head_shifts"] == [[dy, dx] for dy in range(-(k // 2), k // 2 + 1) for dx in range(-(k // 2), k // 2 + 1)]
    print(f"{count} random images and kernels: largest difference {worst:.3g} (tolerance {TOLERANCE:g})")


if __name__ == "__main__":
    main()
