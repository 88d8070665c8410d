#!/usr/bin/env python3
"""An independent NumPy (float64) reference of the Transformer of MATH.md §9.

Reads an attention-lab/transformer@1 file (FORMATS.md) in which every weight is given and
writes the attention-lab/transformer-trace@1 of one pass, every field in the order of
FORMATS.md. It shares no code with the C++ core and none with PyTorch: the self-check
loads the same weights into torch.nn.TransformerEncoderLayer / TransformerDecoderLayer /
TransformerEncoder / MultiheadAttention and compares every layer, every head's attention
weights and the final output (see reference_transformer_check.py).

Run with Debian's python3-numpy (and python3-torch for the self-check):
  /usr/bin/python3 tests/tools/reference_transformer.py MODEL --input "I saw a saw" [--target "…"] [-o TRACE]
      as `attention-lab dump`: seq2seq and language_model without --target generate greedily
      (seq2seq: --target teacher-forces the decoder); language_model --one-pass: one pass over
      the input, no generation.
  /usr/bin/python3 tests/tools/reference_transformer.py --self-check
"""
import argparse
import json
import math
import sys

import numpy as np

import round_trip_json

MODEL_FORMAT = "attention-lab/transformer@1"
TRACE_FORMAT = "attention-lab/transformer-trace@1"
LAYER_NORM_EPS = 1e-5
BOS, EOS = "<bos>", "<eos>"

# FORMATS.md transformer@1 "architecture", in file order, with its defaults.
ARCHITECTURE_DEFAULTS = [
    ("d_model", 32), ("heads", 4), ("d_ff", 64), ("encoder_layers", 2), ("decoder_layers", 2),
    ("attention", True), ("norm", "post"), ("final_norm", False), ("activation", "relu"),
    ("positional_encoding", "sinusoidal"), ("max_length", 32),
]
TASKS = ("labelling", "classification", "seq2seq", "language_model")


def resolve_architecture(given):
    unknown = set(given) - {name for name, _ in ARCHITECTURE_DEFAULTS}
    if unknown:
        raise ValueError(f"architecture: unknown field(s) {sorted(unknown)}")
    return {name: given.get(name, default) for name, default in ARCHITECTURE_DEFAULTS}


def has_encoder(task):
    return task != "language_model"


def has_decoder(task):
    return task in ("seq2seq", "language_model")


def parameter_shapes(task, arch, n_vocabulary, n_outputs):
    """Every tensor of the model, (state-dict name, shape), in state-dict order."""
    d, d_ff = arch["d_model"], arch["d_ff"]
    shapes = [("src_embedding.weight", (n_vocabulary, d))]
    if task == "seq2seq":
        shapes.append(("tgt_embedding.weight", (n_outputs, d)))
    if arch["positional_encoding"] == "learned":
        shapes.append(("positional.weight", (arch["max_length"], d)))

    def attention(prefix):
        return [(prefix + ".in_proj_weight", (3 * d, d)), (prefix + ".in_proj_bias", (3 * d,)),
                (prefix + ".out_proj.weight", (d, d)), (prefix + ".out_proj.bias", (d,))]

    def linear(prefix, out, inp):
        return [(prefix + ".weight", (out, inp)), (prefix + ".bias", (out,))]

    def norm(prefix):
        return [(prefix + ".weight", (d,)), (prefix + ".bias", (d,))]

    def feed_forward(prefix):
        return linear(prefix + "linear1", d_ff, d) + linear(prefix + "linear2", d, d_ff)

    if has_encoder(task):
        for layer in range(arch["encoder_layers"]):
            p = f"encoder.layers.{layer}."
            if arch["attention"]:
                shapes += attention(p + "self_attn")
            shapes += feed_forward(p)
            if arch["attention"]:
                shapes += norm(p + "norm1")
            shapes += norm(p + "norm2")
        if arch["final_norm"]:
            shapes += norm("encoder.norm")
    if has_decoder(task):
        cross = task == "seq2seq"
        for layer in range(arch["decoder_layers"]):
            p = f"decoder.layers.{layer}."
            shapes += attention(p + "self_attn")
            if cross:
                shapes += attention(p + "multihead_attn")
            shapes += feed_forward(p) + norm(p + "norm1") + norm(p + "norm2")
            if cross:
                shapes += norm(p + "norm3")
        if arch["final_norm"]:
            shapes += norm("decoder.norm")
    classes = n_vocabulary if task == "language_model" else n_outputs
    shapes += linear("generator", classes, d)
    return shapes


class Model:
    """A transformer@1 document with its weights as float64 arrays."""

    def __init__(self, doc):
        if doc.get("format") != MODEL_FORMAT:
            raise ValueError(f"format: expected {MODEL_FORMAT!r}")
        self.title = doc["title"]
        self.task = doc["task"]
        if self.task not in TASKS:
            raise ValueError(f"task: unknown task {self.task!r}")
        self.arch = resolve_architecture(doc.get("architecture", {}))
        self.vocabulary = list(doc["vocabulary"])
        self.outputs = list(doc["outputs"]) if self.task != "language_model" else None
        given = doc.get("weights", {})
        self.weights = {}
        n_out = len(self.outputs) if self.outputs is not None else 0
        for name, shape in parameter_shapes(self.task, self.arch, len(self.vocabulary), n_out):
            if name not in given:
                raise ValueError(f"weights.{name}: missing (the reference generates no weight)")
            value = np.array(given[name], dtype=np.float64)
            if value.shape != shape:
                raise ValueError(f"weights.{name}: shape {value.shape}, expected {shape}")
            self.weights[name] = value
        extra = set(given) - set(self.weights)
        if extra:
            raise ValueError(f"weights: unknown tensor(s) {sorted(extra)}")

    @staticmethod
    def load(path):
        with open(path, encoding="utf-8") as f:
            return Model(json.load(f))

    def class_names(self):
        return self.vocabulary if self.task == "language_model" else self.outputs

    def ids(self, tokens, table, what):
        for t in tokens:
            if t not in table:
                raise ValueError(f"{what}: {t!r} is not in the model's {'outputs' if table is self.outputs else 'vocabulary'}")
        return [table.index(t) for t in tokens]


# ---- the operations (row i = position i) ----

def layer_norm(x, gamma, beta):  # R × d: LN over each row, biased variance
    mean = x.mean(axis=1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=1, keepdims=True)
    return (x - mean) / np.sqrt(variance + LAYER_NORM_EPS) * gamma + beta


_erf = np.vectorize(math.erf, otypes=[np.float64])


def activation(name, x):
    if name == "relu":
        return np.maximum(x, 0.0)
    if name == "gelu":  # exact: x·Φ(x)
        return x * 0.5 * (1.0 + _erf(x / math.sqrt(2.0)))
    raise ValueError(f"architecture.activation: unknown {name!r}")


def masked_softmax(scores, mask):  # R × C; a row with no allowed key gets zeros
    out = np.zeros_like(scores)
    for i in range(scores.shape[0]):
        allowed = mask[i] == 1
        if not allowed.any():
            continue
        mu = scores[i][allowed].max()
        e = np.where(allowed, np.exp(np.where(allowed, scores[i] - mu, 0.0)), 0.0)
        out[i] = e / e.sum()
    return out


def softmax_rows(logits):
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def sinusoidal(n, d):  # N × d: e[2m] = sin(i/10000^{2m/d}), e[2m+1] = cos(…)
    e = np.zeros((n, d))
    for i in range(n):
        for j in range(d):
            m2 = j - (j % 2)
            angle = i / (10000.0 ** (m2 / d))
            e[i, j] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    return e


def multi_head_attention(w, prefix, xq, xkv, mask, heads):
    """MHA(X_q, X_kv, M) with biases: the trace fields and the output (R × d)."""
    d = xq.shape[1]
    dh = d // heads
    W, b = w[prefix + ".in_proj_weight"], w[prefix + ".in_proj_bias"]
    q = xq @ W[:d].T + b[:d]  # R × d
    k = xkv @ W[d:2 * d].T + b[d:2 * d]  # C × d
    v = xkv @ W[2 * d:].T + b[2 * d:]  # C × d
    head_traces, outputs = [], []
    for h in range(heads):
        seg = slice(h * dh, (h + 1) * dh)
        scores = q[:, seg] @ k[:, seg].T / math.sqrt(dh)  # R × C, before the mask
        weights = masked_softmax(scores, mask)
        output = weights @ v[:, seg]  # R × d_h
        head_traces.append({"q": q[:, seg], "k": k[:, seg], "v": v[:, seg], "scores": scores,
                            "weights": weights, "output": output})
        outputs.append(output)
    concat = np.hstack(outputs)  # R × d
    out = concat @ w[prefix + ".out_proj.weight"].T + w[prefix + ".out_proj.bias"]
    return {"mask": mask, "heads": head_traces, "concat": concat}, out


def feed_forward(w, prefix, x, act):
    hidden_pre = x @ w[prefix + "linear1.weight"].T + w[prefix + "linear1.bias"]  # R × d_ff
    hidden = activation(act, hidden_pre)
    out = hidden @ w[prefix + "linear2.weight"].T + w[prefix + "linear2.bias"]  # R × d
    return {"hidden_pre": hidden_pre, "hidden": hidden}, out


def sublayer(model, kind, x, norm_prefix, compute):
    """Add & Norm around F: post LN(x + F(x)), pre x + F(LN(x))."""
    w, pre = model.weights, model.arch["norm"] == "pre"
    record = {"kind": kind, "input": x}
    reads = x
    if pre:
        reads = layer_norm(x, w[norm_prefix + ".weight"], w[norm_prefix + ".bias"])
        record["normed_input"] = reads
    fields, f = compute(reads)
    record.update(fields)
    record["sublayer_output"] = f
    record["residual"] = x + f
    record["output"] = record["residual"] if pre else layer_norm(
        record["residual"], w[norm_prefix + ".weight"], w[norm_prefix + ".bias"])
    return record


def positional_vectors(model, n):
    kind, d = model.arch["positional_encoding"], model.arch["d_model"]
    if n > model.arch["max_length"]:
        raise ValueError(f"a sequence of {n} tokens is longer than max_length {model.arch['max_length']}")
    if kind == "none":
        return np.zeros((n, d))
    if kind == "sinusoidal":
        return sinusoidal(n, d)
    if kind == "learned":
        return model.weights["positional.weight"][:n].copy()
    raise ValueError(f"architecture.positional_encoding: unknown {kind!r}")


def run_stack(model, ids, stack, memory=None):
    """One stack ("encoder" or "decoder") over token ids: its trace fields in order."""
    w, a = model.weights, model.arch
    n = len(ids)
    embedding = "tgt_embedding.weight" if (stack == "decoder" and model.task == "seq2seq") else "src_embedding.weight"
    embedded = w[embedding][ids]  # N × d
    positional = positional_vectors(model, n)
    x = embedded + positional
    act, heads = a["activation"], a["heads"]
    layers = []
    h = x
    count = a["encoder_layers"] if stack == "encoder" else a["decoder_layers"]
    for layer in range(count):
        p = f"{stack}.layers.{layer}."
        subs = []
        if stack == "encoder":
            if a["attention"]:
                ones = np.ones((n, n), dtype=int)
                subs.append(sublayer(model, "self_attention", h, p + "norm1",
                                     lambda r: multi_head_attention(w, p + "self_attn", r, r, ones, heads)))
                h = subs[-1]["output"]
            subs.append(sublayer(model, "feed_forward", h, p + "norm2", lambda r: feed_forward(w, p, r, act)))
        else:
            causal = np.tril(np.ones((n, n), dtype=int))
            subs.append(sublayer(model, "self_attention", h, p + "norm1",
                                 lambda r: multi_head_attention(w, p + "self_attn", r, r, causal, heads)))
            h = subs[-1]["output"]
            ff_norm = p + "norm2"
            if memory is not None:
                ones = np.ones((n, memory.shape[0]), dtype=int)
                subs.append(sublayer(model, "cross_attention", h, p + "norm2",
                                     lambda r: multi_head_attention(w, p + "multihead_attn", r, memory, ones, heads)))
                h = subs[-1]["output"]
                ff_norm = p + "norm3"
            subs.append(sublayer(model, "feed_forward", h, ff_norm, lambda r: feed_forward(w, p, r, act)))
        h = subs[-1]["output"]
        layers.append({"sublayers": subs})
    if a["final_norm"]:
        h = layer_norm(h, w[stack + ".norm.weight"], w[stack + ".norm.bias"])
    return {"embedded": embedded, "positional": positional, "x": x, "layers": layers, "output": h}


def forward(model, input_tokens, decoder_tokens=None):
    """One pass: the transformer-trace@1 fields (without generation's)."""
    task, w = model.task, model.weights
    trace = {"format": TRACE_FORMAT, "title": model.title, "task": task, "architecture": dict(model.arch),
             "input": list(input_tokens)}
    if task == "seq2seq":
        trace["decoder_input"] = list(decoder_tokens)
    if has_encoder(task):
        trace["encoder"] = run_stack(model, model.ids(input_tokens, model.vocabulary, "input"), "encoder")
    if task == "seq2seq":
        ids = model.ids(decoder_tokens, model.outputs, "decoder_input")
        trace["decoder"] = run_stack(model, ids, "decoder", memory=trace["encoder"]["output"])
        h = trace["decoder"]["output"]
    elif task == "language_model":
        trace["decoder"] = run_stack(model, model.ids(input_tokens, model.vocabulary, "input"), "decoder")
        h = trace["decoder"]["output"]
    elif task == "classification":
        trace["pooled"] = trace["encoder"]["output"].mean(axis=0, keepdims=True)  # 1 × d
        h = trace["pooled"]
    else:
        h = trace["encoder"]["output"]
    logits = h @ w["generator.weight"].T + w["generator.bias"]  # R × C
    trace["logits"] = logits
    trace["probabilities"] = softmax_rows(logits)
    names = model.class_names()
    trace["predictions"] = [names[int(np.argmax(row))] for row in logits]  # argmax: lowest id on a tie
    return trace


def generate(model, input_tokens):
    """Greedy generation (seq2seq from <bos>, language_model from the prompt), then one final pass."""
    names = model.class_names()
    read = [BOS] if model.task == "seq2seq" else list(input_tokens)
    generated = []
    limit = model.arch["max_length"]
    while len(read) < limit:
        trace = forward(model, input_tokens, read) if model.task == "seq2seq" else forward(model, read)
        token = names[int(np.argmax(trace["logits"][-1]))]
        generated.append(token)
        if token == EOS:
            break
        read.append(token)
    trace = forward(model, input_tokens, read) if model.task == "seq2seq" else forward(model, read)
    ordered = {}
    for key, value in trace.items():  # "generated" goes after "input" / "decoder_input"
        ordered[key] = value
        if key == ("decoder_input" if model.task == "seq2seq" else "input"):
            ordered["generated"] = generated
    return ordered


def trace_for(model, input_tokens, target_tokens=None, generate_lm=False):
    """What `dump` writes: seq2seq teacher-forced with a target, else generated; language_model one pass or generated."""
    if model.task == "seq2seq":
        if target_tokens is None:
            return generate(model, input_tokens)
        return forward(model, input_tokens, [BOS] + list(target_tokens))
    if model.task == "language_model" and generate_lm:
        return generate(model, input_tokens)
    return forward(model, input_tokens)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?")
    parser.add_argument("--input", default=None)
    parser.add_argument("--target", default=None)
    parser.add_argument("--one-pass", action="store_true", help="language_model: one pass over the input, no generation")
    parser.add_argument("-o", "--output", default=None)
    parser.add_argument("--self-check", action="store_true")
    args = parser.parse_args(argv)
    if args.self_check:
        import reference_transformer_check
        return reference_transformer_check.main()
    if not args.model or args.input is None:
        parser.error("MODEL and --input are required (or --self-check)")
    try:
        model = Model.load(args.model)
        target = args.target.split() if args.target is not None else None
        if model.task == "language_model" and target is not None:
            raise ValueError("a language model takes no --target (its input is the text)")
        trace = trace_for(model, args.input.split(), target, generate_lm=not args.one_pass)
    except (OSError, ValueError, KeyError) as error:
        print(f"{args.model}: {error}", file=sys.stderr)
        return 2
    round_trip_json.write_json(args.output, trace)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
