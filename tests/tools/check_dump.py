#!/usr/bin/env python3
"""Runs `attention-lab dump` on many random configurations of every option and compares
every field of each trace with reference_model.py (NumPy) and, where it applies, with
PyTorch's nn.MultiheadAttention. Prints the largest difference; exits 1 above 1e-9.

  /usr/bin/python3 tests/tools/check_dump.py build/app/attention-lab [COUNT] [SEED]
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_model as ref  # noqa: E402
from make_golden import check_with_torch, make_sample, torch_applies  # noqa: E402

TOLERANCE = 1e-9


def random_masks(rng, n):
    masks = []
    if rng.random() < 0.3:
        masks.append({"kind": "causal"})
    if rng.random() < 0.3:
        masks.append({"kind": "padding", "valid_length": int(rng.integers(1, n + 1))})
    if rng.random() < 0.3:
        masks.append({"kind": "window", "radius": int(rng.integers(0, 4))})
    if rng.random() < 0.2:
        edges = [[int(rng.integers(0, n)), int(rng.integers(0, n))] for _ in range(int(rng.integers(0, 2 * n)))]
        masks.append({"kind": "graph", "edges": edges, "directed": bool(rng.random() < 0.5)})
    if rng.random() < 0.15:
        masks.append({"kind": "custom", "matrix": (rng.random((n, n)) < 0.7).astype(int).tolist()})
    return masks


def torch_shaped_sample(rng, index):
    """The configurations nn.MultiheadAttention computes: scaled dot, softmax, τ = 1,
    d_k = d_v = d_model / H, no fully masked query (a causal mask keeps the diagonal)."""
    heads = int(rng.integers(1, 5))
    d_model = heads * int(rng.integers(1, 5))
    n = int(rng.integers(1, 17))
    masks = [m for m in random_masks(rng, n) if m["kind"] in ("causal", "window", "graph")]
    return make_sample(rng, f"torch-{index}", n, d_model, heads=heads,
                       positional=str(rng.choice(["none", "sinusoidal", "learned-given"])), masks=masks,
                       output_projection=bool(rng.random() < 0.5),
                       give_weights=bool(rng.random() < 0.7), seed=int(rng.integers(0, 2**63)))


def random_sample(rng, index):
    if rng.random() < 0.35:
        return torch_shaped_sample(rng, index)
    n = int(rng.integers(1, 17))
    heads = int(rng.integers(1, 6))
    d_model = int(rng.integers(1, 13))
    explicit = d_model % heads != 0 or rng.random() < 0.4
    d_k = int(rng.integers(1, 7)) if explicit else None
    d_v = int(rng.integers(1, 7)) if rng.random() < 0.3 else None
    return make_sample(
        rng, f"random-{index}", n, d_model, heads=heads, d_k=d_k, d_v=d_v,
        scoring=str(rng.choice(["dot", "scaled_dot", "additive"])),
        normalization=str(rng.choice(["softmax", "softmax", "relu"])),
        temperature=float(rng.choice([1.0, 0.3, 2.5])) if rng.random() < 0.5 else None,
        positional=str(rng.choice(["none", "sinusoidal", "learned", "learned-given"])),
        masks=random_masks(rng, n),
        output_projection=bool(rng.random() < 0.5) if rng.random() < 0.5 else None,
        give_weights=bool(rng.random() < 0.7), seed=int(rng.integers(0, 2**63)),
        magnitude=float(rng.choice([1.0, 1.0, 30.0])))


def largest_difference(ours, reference):
    worst = 0.0
    if isinstance(reference, dict):
        assert set(ours) == set(reference), set(ours) ^ set(reference)
        for key in reference:
            worst = max(worst, largest_difference(ours[key], reference[key]))
    elif isinstance(reference, list) and reference and isinstance(reference[0], (dict, str)):
        assert len(ours) == len(reference)
        for a, b in zip(ours, reference):
            worst = max(worst, largest_difference(a, b))
    elif isinstance(reference, (list, int, float)) and not isinstance(reference, bool):
        a, b = np.array(ours, dtype=float), np.array(reference, dtype=float)
        assert a.shape == b.shape, (a.shape, b.shape)
        if a.size:
            worst = float(np.max(np.abs(a - b) / np.maximum(1.0, np.abs(b))))
    else:
        assert ours == reference, (ours, reference)
    return worst


def main():
    executable = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    worst, torch_cases = 0.0, 0
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "sample.json")
        for index in range(count):
            sample = random_sample(rng, index)
            with open(path, "w") as f:
                json.dump(sample, f)
            run = subprocess.run([executable, "dump", path], capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"case {index}: exit {run.returncode}: {run.stderr}")
            reference = ref.to_json_ready(ref.compute_trace(sample))
            difference = largest_difference(json.loads(run.stdout), reference)
            trace = ref.compute_trace(sample)
            if torch_applies(sample, trace):
                torch_cases += 1
                difference = max(difference, check_with_torch(trace))
            worst = max(worst, difference)
            if difference > TOLERANCE:
                print(json.dumps(sample))
                sys.exit(f"case {index}: largest difference {difference:.3g}")
    print(f"{count} random configurations ({torch_cases} also through PyTorch): "
          f"largest difference {worst:.3g} (tolerance {TOLERANCE:g})")


if __name__ == "__main__":
    main()
