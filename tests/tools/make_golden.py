#!/usr/bin/env python3
"""Makes the golden data in tests/data/golden: pairs NAME.sample.json / NAME.trace.json.

Each sample is a random configuration; its expected trace comes from reference_model.py
(NumPy, written from MATH.md). Wherever PyTorch's nn.MultiheadAttention computes the same
thing (scaled dot-product, softmax, τ = 1, d_k = d_v = d_model / H, no fully masked query),
its attention weights and outputs are computed too and must agree with NumPy to 1e-12, or
this script stops. manifest.json lists each case with the references that checked it.

Run with Debian's python3-numpy and python3-torch:  make golden
"""
import json
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_model as ref  # noqa: E402

TORCH_TOLERANCE = 1e-12


def random_matrix(rng, rows, cols, scale=1.0):
    return (rng.standard_normal((rows, cols)) * scale).tolist()


def make_sample(rng, name, n, d_model, heads=1, d_k=None, d_v=None, scoring="scaled_dot",
                normalization="softmax", temperature=None, positional="none", masks=(),
                output_projection=None, give_weights=True, seed=None, magnitude=1.0):
    d_k_eff = d_k if d_k is not None else d_model // heads
    d_v_eff = d_v if d_v is not None else d_k_eff
    model = {"heads": heads, "scoring": scoring, "normalization": normalization}
    if d_k is not None:
        model["d_k"] = d_k
    if d_v is not None:
        model["d_v"] = d_v
    if temperature is not None:
        model["temperature"] = temperature
    if positional == "learned-given":
        model["positional_encoding"] = {"kind": "learned", "vectors": random_matrix(rng, n, d_model)}
    else:
        model["positional_encoding"] = {"kind": positional}
    if masks:
        model["masks"] = list(masks)
    if output_projection is not None:
        model["output_projection"] = output_projection
    if seed is not None:
        model["seed"] = seed
    projection = output_projection if output_projection is not None else heads > 1
    if give_weights:
        scale = magnitude / math.sqrt(d_model)
        weights = {
            "W_q": random_matrix(rng, heads * d_k_eff, d_model, scale),
            "W_k": random_matrix(rng, heads * d_k_eff, d_model, scale),
            "W_v": random_matrix(rng, heads * d_v_eff, d_model, scale),
        }
        if projection:
            weights["W_o"] = random_matrix(rng, d_model, heads * d_v_eff, 1 / math.sqrt(heads * d_v_eff))
        if scoring == "additive":
            weights["w_a"] = random_matrix(rng, heads, d_k_eff)
        model["weights"] = weights
    return {
        "format": ref.FORMAT_SAMPLE,
        "title": f"golden case {name}",
        "tokens": [f"t{i}" for i in range(n)],
        "embeddings": random_matrix(rng, n, d_model, magnitude),
        "model": model,
    }


def torch_applies(sample, trace):
    c = trace["config"]
    return (c["scoring"] == "scaled_dot" and c["normalization"] == "softmax"
            and c["temperature"] == 1.0 and c["d_k"] * c["heads"] == c["d_model"]
            and c["d_v"] == c["d_k"] and not trace["fully_masked_queries"])


def check_with_torch(trace):
    """nn.MultiheadAttention on x, with the same weights; returns the largest difference."""
    import torch
    c = trace["config"]
    w = trace["weights"]
    d, H = c["d_model"], c["heads"]
    mha = torch.nn.MultiheadAttention(d, H, bias=False, batch_first=True, dtype=torch.float64)
    with torch.no_grad():
        mha.in_proj_weight.copy_(torch.from_numpy(np.concatenate([w["W_q"], w["W_k"], w["W_v"]])))
        out_weight = w["W_o"] if c["output_projection"] else np.eye(d)
        mha.out_proj.weight.copy_(torch.from_numpy(out_weight))
        x = torch.from_numpy(trace["x"]).unsqueeze(0)
        blocked = torch.from_numpy(trace["mask"] == 0)  # True = may not attend
        output, weights = mha(x, x, x, attn_mask=blocked, need_weights=True,
                              average_attn_weights=False)
    differences = [np.abs(output[0].numpy() - trace["output"]).max()]
    for h in range(H):
        differences.append(np.abs(weights[0, h].numpy() - trace["heads"][h]["weights"]).max())
    return float(max(differences))


def cases(rng):
    """(name, sample) pairs covering every option of FORMATS.md."""
    mk = lambda name, n, d, **kw: (name, make_sample(rng, name, n, d, **kw))  # noqa: E731
    yield mk("dot-softmax", 4, 3, scoring="dot")
    yield mk("scaled-softmax", 5, 4)
    yield mk("additive-softmax", 5, 4, scoring="additive")
    yield mk("dot-relu", 4, 4, scoring="dot", normalization="relu")
    yield mk("scaled-relu", 6, 4, normalization="relu", masks=[{"kind": "causal"}])
    yield mk("additive-relu", 4, 6, heads=2, scoring="additive", normalization="relu")
    yield mk("temperature-low", 5, 4, temperature=0.25)
    yield mk("temperature-high", 5, 4, temperature=3.5, scoring="dot")
    yield mk("sinusoidal", 7, 6, positional="sinusoidal")
    yield mk("sinusoidal-odd-width", 6, 5, positional="sinusoidal")
    yield mk("learned-given", 5, 4, positional="learned-given")
    yield mk("learned-generated", 5, 4, positional="learned", seed=7)
    yield mk("generated-weights", 6, 4, heads=2, give_weights=False, seed=12345)
    yield mk("generated-default-seed", 3, 4, give_weights=False, scoring="additive")
    yield mk("causal", 6, 4, masks=[{"kind": "causal"}])
    yield mk("padding", 6, 4, masks=[{"kind": "padding", "valid_length": 4}])
    yield mk("window", 8, 4, masks=[{"kind": "window", "radius": 1}])
    yield mk("window-zero", 5, 4, masks=[{"kind": "window", "radius": 0}])
    yield mk("graph", 6, 4, masks=[{"kind": "graph", "edges": [[0, 1], [1, 2], [2, 3], [4, 5]]}])
    yield mk("graph-directed", 6, 4,
             masks=[{"kind": "graph", "edges": [[0, 1], [1, 2], [3, 0], [5, 4]], "directed": True}])
    yield mk("custom", 4, 4, masks=[{"kind": "custom",
                                     "matrix": [[1, 0, 1, 0], [0, 1, 1, 1], [1, 1, 0, 0], [1, 0, 0, 1]]}])
    yield mk("causal-and-padding", 6, 4, heads=2,
             masks=[{"kind": "causal"}, {"kind": "padding", "valid_length": 3}])
    yield mk("window-and-graph", 7, 4, masks=[{"kind": "window", "radius": 2},
                                              {"kind": "graph", "edges": [[0, 6], [1, 2], [2, 3]]}])
    yield mk("fully-masked-row", 4, 4, masks=[{"kind": "custom",
                                               "matrix": [[1, 1, 0, 0], [0, 0, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]]}])
    yield mk("fully-masked-relu", 4, 4, normalization="relu",
             masks=[{"kind": "custom", "matrix": [[0, 0, 0, 0], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]]}])
    yield mk("heads-2", 6, 8, heads=2)
    yield mk("heads-4-causal", 7, 8, heads=4, masks=[{"kind": "causal"}])
    yield mk("heads-3-dk-differs", 5, 8, heads=3, d_k=2, d_v=3)
    yield mk("heads-2-no-projection", 5, 6, heads=2, output_projection=False)
    yield mk("heads-1-projection", 5, 4, heads=1, output_projection=True)
    yield mk("heads-2-dk-not-divisor", 4, 5, heads=2, d_k=3, scoring="dot")
    yield mk("dv-wider", 5, 4, d_k=2, d_v=6, output_projection=True)
    yield mk("large-scores", 5, 4, magnitude=1e3, scoring="dot")
    yield mk("one-token", 1, 3)
    yield mk("torch-1-head", 8, 8)
    yield mk("torch-2-heads-padding", 9, 8, heads=2, masks=[{"kind": "padding", "valid_length": 6}])
    yield mk("torch-4-heads-window", 10, 16, heads=4, masks=[{"kind": "window", "radius": 2}])
    yield mk("torch-8-heads-causal-sinusoidal", 12, 16, heads=8, positional="sinusoidal",
             masks=[{"kind": "causal"}])
    yield mk("torch-2-heads-graph-learned", 8, 8, heads=2, positional="learned-given",
             masks=[{"kind": "graph", "edges": [[0, 1], [1, 2], [2, 3], [3, 4], [5, 6], [6, 7]]}])
    yield mk("torch-4-heads-no-projection", 6, 8, heads=4, output_projection=False)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "golden")
    os.makedirs(out_dir, exist_ok=True)
    rng = np.random.default_rng(20261121)
    manifest = []
    for name, sample in cases(rng):
        trace = ref.compute_trace(sample)
        checked_by = ["numpy"]
        if torch_applies(sample, trace):
            difference = check_with_torch(trace)
            if difference > TORCH_TOLERANCE:
                sys.exit(f"{name}: PyTorch and NumPy differ by {difference:.3g}")
            checked_by.append(f"torch (largest difference {difference:.2g})")
        with open(os.path.join(out_dir, f"{name}.sample.json"), "w", encoding="utf-8") as f:
            json.dump(sample, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(out_dir, f"{name}.trace.json"), "w", encoding="utf-8") as f:
            json.dump(ref.to_json_ready(trace), f, ensure_ascii=False)
            f.write("\n")
        manifest.append({"name": name, "checked_by": checked_by})
        print(f"{name:36s} {', '.join(checked_by)}")
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"tolerance_vs_torch": TORCH_TOLERANCE, "cases": manifest}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
