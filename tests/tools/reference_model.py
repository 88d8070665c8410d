"""An independent NumPy implementation of shared MATH.md, used to make the golden data.

Written from MATH.md alone, in the lecture's own per-query loops where that is clearer,
so that it shares no code and no structure with the C++ core it checks. It also carries
the seeded generator (core/base/seeded_random.h) so samples that leave weights out can be
checked bit for bit.
"""
import math

import numpy as np

MASK64 = (1 << 64) - 1
FORMAT_SAMPLE = "attention-lab/sample@1"
FORMAT_TRACE = "attention-lab/trace@1"


# --- the seeded generator: SplitMix64 on state₀ = seed ⊕ FNV-1a-64(stream name) ---------
def fnv1a64(text):
    h = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x100000001B3) & MASK64
    return h


class SeededRandom:
    def __init__(self, seed, stream):
        self.state = (seed ^ fnv1a64(stream)) & MASK64

    def bits(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def symmetric(self):
        return 2.0 * ((self.bits() >> 11) * 2.0**-53) - 1.0


def uniform_matrix(seed, stream, rows, cols, scale):
    rng = SeededRandom(seed, stream)
    return np.array([[rng.symmetric() * scale for _ in range(cols)] for _ in range(rows)],
                    dtype=np.float64).reshape(rows, cols)


def linear_layer(seed, stream, rows, fan_in):
    return uniform_matrix(seed, stream, rows, fan_in, 1.0 / math.sqrt(fan_in))


# --- resolving a sample's model block (FORMATS.md defaults) ---------------------------
def resolve(sample):
    a = np.array(sample["embeddings"], dtype=np.float64)
    n, d_model = a.shape
    m = sample.get("model", {})
    heads = m.get("heads", 1)
    d_k = m.get("d_k", d_model // heads)
    d_v = m.get("d_v", d_k)
    cfg = {
        "heads": heads, "d_model": d_model, "d_k": d_k, "d_v": d_v,
        "scoring": m.get("scoring", "scaled_dot"),
        "normalization": m.get("normalization", "softmax"),
        "temperature": float(m.get("temperature", 1.0)),
        "positional_encoding": m.get("positional_encoding", {"kind": "none"})["kind"],
        "output_projection": m.get("output_projection", heads > 1),
        "seed": m.get("seed", 1),
    }
    given = m.get("weights", {})
    seed = cfg["seed"]

    def weight(name, rows, fan_in):
        if name in given:
            return np.array(given[name], dtype=np.float64).reshape(rows, fan_in)
        return linear_layer(seed, name, rows, fan_in)

    w = {
        "W_q": weight("W_q", heads * d_k, d_model),
        "W_k": weight("W_k", heads * d_k, d_model),
        "W_v": weight("W_v", heads * d_v, d_model),
    }
    if cfg["output_projection"]:
        w["W_o"] = weight("W_o", d_model, heads * d_v)
    if cfg["scoring"] == "additive":
        w["w_a"] = weight("w_a", heads, d_k)
    pe = m.get("positional_encoding", {"kind": "none"})
    if pe["kind"] == "sinusoidal":
        e = sinusoidal(n, d_model)
    elif pe["kind"] == "learned":
        e = (np.array(pe["vectors"], dtype=np.float64) if "vectors" in pe
             else uniform_matrix(seed, "positional", n, d_model, 1.0))
    else:
        e = np.zeros((n, d_model))
    return a, e, cfg, w, mask_matrix(m.get("masks", []), n)


def sinusoidal(n, d_model):
    e = np.zeros((n, d_model))
    for i in range(n):
        for m in range(0, d_model, 2):
            angle = i / np.power(10000.0, m / d_model)
            e[i, m] = np.sin(angle)
            if m + 1 < d_model:
                e[i, m + 1] = np.cos(angle)
    return e


def mask_matrix(masks, n):
    """M[i, j] = 1 when query i may attend to key j; the AND of all listed masks."""
    M = np.ones((n, n), dtype=np.int64)
    i, j = np.indices((n, n))
    for mask in masks:
        kind = mask["kind"]
        if kind == "causal":
            M &= (j <= i)
        elif kind == "padding":
            M &= (j < mask["valid_length"])
        elif kind == "window":
            M &= (np.abs(i - j) <= mask["radius"])
        elif kind == "graph":
            G = np.eye(n, dtype=np.int64)
            for a, b in mask["edges"]:
                G[a, b] = 1
                if not mask.get("directed", False):
                    G[b, a] = 1
            M &= G
        elif kind == "custom":
            M &= np.array(mask["matrix"], dtype=np.int64)
        else:
            raise ValueError(kind)
    return M


# --- the computation of MATH.md, query by query ----------------------------------------
def compute_trace(sample):
    a, e, cfg, w, M = resolve(sample)
    n = a.shape[0]
    H, d_k, d_v = cfg["heads"], cfg["d_k"], cfg["d_v"]
    x = a + e
    q_all = np.array([w["W_q"] @ x[i] for i in range(n)])   # qⁱ = W^q xⁱ
    k_all = np.array([w["W_k"] @ x[i] for i in range(n)])
    v_all = np.array([w["W_v"] @ x[i] for i in range(n)])
    heads = []
    for h in range(H):
        q = q_all[:, h * d_k:(h + 1) * d_k]
        k = k_all[:, h * d_k:(h + 1) * d_k]
        v = v_all[:, h * d_v:(h + 1) * d_v]
        alpha = np.zeros((n, n))
        for i in range(n):
            for j in range(n):
                if cfg["scoring"] == "additive":
                    s = float(np.dot(w["w_a"][h], np.tanh(q[i] + k[j])))
                else:
                    s = float(np.dot(q[i], k[j]))
                    if cfg["scoring"] == "scaled_dot":
                        s /= math.sqrt(d_k)
                alpha[i, j] = s / cfg["temperature"]
        weights = np.zeros((n, n))
        for i in range(n):
            allowed = M[i] == 1
            if cfg["normalization"] == "relu":
                weights[i] = np.where(allowed, np.maximum(alpha[i], 0.0), 0.0)
            elif allowed.any():
                mu = alpha[i][allowed].max()
                ex = np.where(allowed, np.exp(np.where(allowed, alpha[i] - mu, 0.0)), 0.0)
                weights[i] = ex / ex.sum()
        b = np.array([sum(weights[i, j] * v[j] for j in range(n)) for i in range(n)])
        heads.append({"q": q, "k": k, "v": v, "scores": alpha, "weights": weights, "output": b})
    concat = np.concatenate([hd["output"] for hd in heads], axis=1)
    output = concat @ w["W_o"].T if cfg["output_projection"] else concat
    return {
        "format": FORMAT_TRACE,
        "title": sample["title"],
        "tokens": sample["tokens"],
        "config": cfg,
        "weights": w,
        "inputs": a, "positional": e, "x": x, "mask": M,
        "heads": heads,
        "concat": concat, "output": output,
        "fully_masked_queries": [i for i in range(n) if not M[i].any()],
    }


def to_json_ready(value):
    """numpy arrays → nested lists, recursively, for json.dump (repr: round-trip exact)."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, dict):
        return {key: to_json_ready(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_json_ready(item) for item in value]
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating,)):
        return float(value)
    return value
