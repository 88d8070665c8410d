#!/usr/bin/env python3
"""Makes the golden data of tests/data/golden/influence: pairs NAME.sample.json / NAME.influence.json.

Each sample is a random configuration of self-attention (every scoring, normalisation, mask,
positional encoding, head count, with and without the output projection) with or without an
"rnn" block (whole or partial). Both layers are written here in PyTorch (float64) from
MATH.md §1–6 and §11 alone, and the influence I[t, s] = ‖∂out_t/∂a_s‖_F comes from the exact
Jacobian of torch.autograd.functional.jacobian. As a self-check, every Jacobian is also
estimated by central differences; the script prints the largest difference between the two
sets of norms and stops if it exceeds FD_TOLERANCE.

Run with Debian's python3-torch:  make golden
"""
import json
import math
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_golden as mg  # noqa: E402
import reference_model as ref  # noqa: E402

FORMAT_INFLUENCE = "attention-lab/influence@1"
FD_STEP = 1e-6
FD_TOLERANCE = 1e-6

torch.set_default_dtype(torch.float64)


# --- self-attention, MATH.md §1–6, as a function of the inputs a (N × d_model) ----------
def attention_layer(sample):
    """The layer's outputs b (N × d_out) as a function of a, with the sample's resolved model."""
    _, e, cfg, w, M = ref.resolve(sample)
    H, d_k, d_v = cfg["heads"], cfg["d_k"], cfg["d_v"]
    e = torch.tensor(e)
    W = {name: torch.tensor(value) for name, value in w.items()}
    allowed = torch.tensor(M, dtype=torch.bool)
    n = allowed.shape[0]

    def layer(a):
        x = a + e                                            # xⁱ = aⁱ + eⁱ
        q, k, v = x @ W["W_q"].T, x @ W["W_k"].T, x @ W["W_v"].T
        outputs = []
        for h in range(H):
            qh = q[:, h * d_k:(h + 1) * d_k]
            kh = k[:, h * d_k:(h + 1) * d_k]
            vh = v[:, h * d_v:(h + 1) * d_v]
            rows = []
            for i in range(n):
                if cfg["scoring"] == "additive":             # w_a · tanh(qⁱ + kʲ)
                    alpha = torch.tanh(qh[i].unsqueeze(0) + kh) @ W["w_a"][h]
                else:                                        # qⁱ · kʲ (/ √d_k)
                    alpha = kh @ qh[i]
                    if cfg["scoring"] == "scaled_dot":
                        alpha = alpha / math.sqrt(d_k)
                alpha = alpha / cfg["temperature"]
                if cfg["normalization"] == "relu":
                    weights = torch.where(allowed[i], torch.relu(alpha), torch.zeros(n))
                elif allowed[i].any():                       # softmax over the allowed keys
                    kept = alpha[allowed[i]]
                    soft = torch.softmax(kept, dim=0)
                    weights = torch.zeros(n).masked_scatter(allowed[i], soft)
                else:                                        # fully masked: α′ = 0
                    weights = torch.zeros(n)
                rows.append(weights @ vh)                    # b^{i,h} = Σ_j α′_{i,j} v^{j,h}
            outputs.append(torch.stack(rows))
        c = torch.cat(outputs, dim=1)                        # cⁱ = [b^{i,0}; …]
        return c @ W["W_o"].T if cfg["output_projection"] else c

    return layer


# --- the Elman RNN, MATH.md §11 ----------------------------------------------------------
def rnn_weights(sample):
    """W_x, W_h, b: the sample's "rnn" block where given, else from the seed (PyTorch's nn.RNN bounds)."""
    d_model = len(sample["embeddings"][0])
    block = sample.get("rnn", {})
    seed = sample.get("model", {}).get("seed", 1)
    if "hidden_size" in block:
        d_h = block["hidden_size"]
    elif "W_x" in block:
        d_h = len(block["W_x"])
    elif "W_h" in block:
        d_h = len(block["W_h"])
    else:
        d_h = d_model
    scale = 1.0 / math.sqrt(d_h)
    W_x = np.array(block["W_x"]) if "W_x" in block else ref.uniform_matrix(seed, "rnn.W_x", d_h, d_model, scale)
    W_h = np.array(block["W_h"]) if "W_h" in block else ref.uniform_matrix(seed, "rnn.W_h", d_h, d_h, scale)
    b = np.array(block["b"]) if "b" in block else ref.uniform_matrix(seed, "rnn.b", 1, d_h, scale)[0]
    return W_x, W_h, b


def rnn_layer(W_x, W_h, b):
    W_x, W_h, b = torch.tensor(W_x), torch.tensor(W_h), torch.tensor(b)

    def layer(a):
        h = torch.zeros(W_h.shape[0])                        # h_{−1} = 0
        states = []
        for t in range(a.shape[0]):
            h = torch.tanh(W_x @ a[t] + W_h @ h + b)         # h_t = tanh(W_x a_t + W_h h_{t−1} + b)
            states.append(h)
        return torch.stack(states)

    return layer


# --- influence: exact by autograd, and by central differences for the self-check ---------
def influence(jacobian):
    """‖J[t, :, s, :]‖_F for a Jacobian of shape (N, d_out, N, d_model)."""
    return torch.sqrt((jacobian ** 2).sum(dim=(1, 3)))


def finite_difference_jacobian(layer, a):
    n, d = a.shape
    out = layer(a)
    J = torch.zeros(out.shape[0], out.shape[1], n, d)
    for s in range(n):
        for m in range(d):
            plus, minus = a.clone(), a.clone()
            plus[s, m] += FD_STEP
            minus[s, m] -= FD_STEP
            J[:, :, s, m] = (layer(plus) - layer(minus)) / (2 * FD_STEP)
    return J


def exact_and_checked(layer, a):
    exact = influence(torch.autograd.functional.jacobian(layer, a))
    estimate = influence(finite_difference_jacobian(layer, a))
    return exact, float((exact - estimate).abs().max())


# --- the cases ----------------------------------------------------------------------------
def rnn_block(rng, d_model, parts, d_h=None):
    """An "rnn" block holding `parts` ("hidden_size", "W_x", "W_h", "b")."""
    d_h = d_h if d_h is not None else int(rng.integers(2, 7))
    block = {}
    if "hidden_size" in parts:
        block["hidden_size"] = d_h
    if "W_x" in parts:
        block["W_x"] = mg.random_matrix(rng, d_h, d_model, 1 / math.sqrt(d_model))
    if "W_h" in parts:
        block["W_h"] = mg.random_matrix(rng, d_h, d_h, 1.2 / math.sqrt(d_h))
    if "b" in parts:
        block["b"] = (rng.standard_normal(d_h) * 0.3).tolist()
    return block


ALL = ("hidden_size", "W_x", "W_h", "b")


def cases(rng):
    """(name, sample) pairs: every option of the sample format, with and without an rnn block."""
    def mk(name, n, d, rnn=None, d_h=None, **kw):
        sample = mg.make_sample(rng, name, n, d, **kw)
        if rnn is not None:
            sample["rnn"] = rnn_block(rng, d, rnn, d_h)
        return name, sample

    causal = [{"kind": "causal"}]
    yield mk("dot-softmax", 5, 4, scoring="dot")
    yield mk("scaled-softmax-rnn", 6, 4, rnn=ALL)
    yield mk("additive-softmax", 5, 4, scoring="additive", rnn=("W_h",), d_h=4)
    yield mk("dot-relu", 5, 4, scoring="dot", normalization="relu", rnn=("hidden_size",), d_h=3)
    yield mk("scaled-relu-causal", 6, 4, normalization="relu", masks=causal, rnn=("W_x", "b"), d_h=5)
    yield mk("additive-relu-heads-2", 5, 6, heads=2, scoring="additive", normalization="relu", rnn=ALL)
    yield mk("temperature-low", 5, 4, temperature=0.3, rnn=("b",), d_h=4)
    yield mk("temperature-high-dot", 5, 4, temperature=2.5, scoring="dot", rnn=("hidden_size", "W_h"), d_h=6)
    yield mk("sinusoidal", 7, 6, positional="sinusoidal", rnn=("W_x",), d_h=3)
    yield mk("learned-given", 5, 4, positional="learned-given")
    yield mk("learned-generated", 5, 4, positional="learned", seed=7, rnn=ALL)
    yield mk("generated-weights", 6, 4, heads=2, give_weights=False, seed=12345)
    yield mk("generated-additive", 4, 4, give_weights=False, scoring="additive", seed=3)
    yield mk("padding", 6, 4, masks=[{"kind": "padding", "valid_length": 4}], rnn=ALL, d_h=2)
    yield mk("window", 8, 4, masks=[{"kind": "window", "radius": 1}], rnn=("hidden_size", "b"), d_h=5)
    yield mk("graph-directed", 6, 4, scoring="dot",
             masks=[{"kind": "graph", "edges": [[0, 1], [1, 2], [3, 0], [5, 4]], "directed": True}])
    yield mk("custom-no-diagonal", 4, 4, masks=[{"kind": "custom",
                                                 "matrix": [[0, 1, 1, 0], [1, 0, 1, 1], [1, 1, 0, 0], [1, 0, 1, 0]]}])
    yield mk("fully-masked-softmax", 5, 4, rnn=ALL,
             masks=[{"kind": "custom", "matrix": [[1, 1, 0, 0, 1], [0, 0, 0, 0, 0], [0, 1, 1, 0, 0],
                                                  [0, 0, 0, 1, 1], [1, 0, 1, 0, 1]]}])
    yield mk("fully-masked-relu-additive", 4, 4, normalization="relu", scoring="additive",
             masks=[{"kind": "custom", "matrix": [[0, 0, 0, 0], [1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]]}])
    yield mk("causal-and-padding-heads-2", 6, 4, heads=2, masks=causal + [{"kind": "padding", "valid_length": 3}])
    yield mk("heads-3-dk-differs", 5, 8, heads=3, d_k=2, d_v=3, positional="sinusoidal", rnn=ALL, d_h=4)
    yield mk("heads-4-causal-window", 7, 8, heads=4, d_k=3, d_v=5, scoring="additive",
             masks=causal + [{"kind": "window", "radius": 2}], temperature=0.8, rnn=ALL, d_h=6)
    yield mk("heads-2-no-projection", 5, 6, heads=2, output_projection=False, rnn=("W_h", "b"), d_h=3)
    yield mk("heads-1-projection", 5, 4, heads=1, output_projection=True, scoring="dot")
    yield mk("heads-4-no-projection-relu", 6, 8, heads=4, d_v=1, output_projection=False, normalization="relu",
             positional="learned", seed=99)
    yield mk("one-token", 1, 3, rnn=ALL)
    yield mk("twelve-tokens", 12, 6, heads=2, positional="sinusoidal", masks=causal, rnn=ALL, d_h=8)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "golden",
                                                                  "influence")
    os.makedirs(out_dir, exist_ok=True)
    rng = np.random.default_rng(20261130)
    largest = 0.0
    for name, sample in cases(rng):
        a = torch.tensor(sample["embeddings"])
        W_x, W_h, b = rnn_weights(sample)
        rnn = rnn_layer(W_x, W_h, b)
        rnn_influence, rnn_check = exact_and_checked(rnn, a)
        attention_influence, attention_check = exact_and_checked(attention_layer(sample), a)
        for check, what in ((rnn_check, "RNN"), (attention_check, "self-attention")):
            if check > FD_TOLERANCE:
                sys.exit(f"{name}: the {what} Jacobian's norms and their finite-difference estimate differ by {check:.3g}")
        largest = max(largest, rnn_check, attention_check)
        document = {
            "format": FORMAT_INFLUENCE,
            "tokens": sample["tokens"],
            "rnn": {"hidden_size": int(W_h.shape[0]), "W_x": W_x.tolist(), "W_h": W_h.tolist(), "b": b.tolist(),
                    "hidden": rnn(a).tolist(), "influence": rnn_influence.tolist()},
            "attention": {"influence": attention_influence.tolist()},
        }
        with open(os.path.join(out_dir, f"{name}.sample.json"), "w", encoding="utf-8") as f:
            json.dump(sample, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(out_dir, f"{name}.influence.json"), "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False)
            f.write("\n")
        print(f"{name:32s} autograd vs central differences: RNN {rnn_check:.2g}, self-attention {attention_check:.2g}")
    print(f"largest difference between autograd's Jacobian norms and central differences: {largest:.3g}")


if __name__ == "__main__":
    main()
