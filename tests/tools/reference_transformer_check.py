"""The self-check of reference_transformer.py: the NumPy reference agrees with PyTorch.

For random weights in every configuration (each task, post- and pre-norm, ReLU and GELU,
final norms on and off, learned / sinusoidal / no positions, the feed-forward-only
baseline) it loads the same weights into torch.nn.TransformerEncoderLayer,
TransformerDecoderLayer, TransformerEncoder, TransformerDecoder and their
nn.MultiheadAttention (float64, dropout 0, batch_first, norm_first for pre-norm) and
compares every layer's output, every head's q, k, v and attention weights (need_weights,
average_attn_weights=False), every attention's output, the feed-forward hidden layer,
each whole stack, the sinusoidal positions (against reference_model.py) and the final
logits to 1e-10, printing the largest difference of each kind.

Run:  /usr/bin/python3 tests/tools/reference_transformer.py --self-check
"""
import sys

import numpy as np
import torch
from torch import nn

import reference_transformer as ref
import torch_transformer as tt

TOLERANCE = 1e-10


def random_weights(rng, task, arch, n_vocabulary, n_outputs):
    """Every tensor, random: matrices N(0, 1/fan_in), biases N(0, 0.1²), LayerNorm γ near 1."""
    weights = {}
    for name, shape in ref.parameter_shapes(task, arch, n_vocabulary, n_outputs):
        if name.endswith("embedding.weight") or name == "positional.weight":
            value = rng.standard_normal(shape)
        elif len(shape) == 2:
            value = rng.standard_normal(shape) / np.sqrt(shape[1])
        elif ".norm" in name and name.endswith(".weight"):
            value = 1.0 + 0.2 * rng.standard_normal(shape)
        else:
            value = 0.1 * rng.standard_normal(shape)
        weights[name] = value
    return weights


def model_doc(title, task, arch, vocabulary, outputs, weights):
    doc = {"format": ref.MODEL_FORMAT, "title": title, "task": task, "architecture": arch, "vocabulary": vocabulary}
    if task != "language_model":
        doc["outputs"] = outputs
    doc["weights"] = weights
    return doc


class Worst:
    """The largest difference seen per kind of comparison."""

    def __init__(self):
        self.by_kind = {}

    def see(self, kind, numpy_value, torch_value):
        diff = float(np.max(np.abs(np.asarray(numpy_value) - torch_value.detach().numpy().reshape(np.shape(numpy_value)))))
        self.by_kind[kind] = max(self.by_kind.get(kind, 0.0), diff)

    def report(self):
        ok = True
        for kind, diff in self.by_kind.items():
            status = "ok" if diff <= TOLERANCE else "FAIL"
            ok &= diff <= TOLERANCE
            print(f"  {kind:<34} largest difference {diff:.3e}  {status}")
        return ok


def sub_state(weights, prefix):
    return {name[len(prefix):]: torch.tensor(v) for name, v in weights.items() if name.startswith(prefix)}


def t(x):  # 1 × R × C
    return torch.tensor(np.asarray(x, dtype=np.float64)).unsqueeze(0)


def check_attention(worst, mha, record, kv, attn_mask, kind):
    """The module's own nn.MultiheadAttention on what the sublayer read."""
    reads = record["normed_input"] if "normed_input" in record else record["input"]
    keys = reads if kv is None else kv
    out, weights = mha(t(reads), t(keys), t(keys), attn_mask=attn_mask, need_weights=True,
                       average_attn_weights=False)
    d = mha.embed_dim
    projections = {"q": (reads, 0), "k": (keys, 1), "v": (keys, 2)}
    for field, (source, block) in projections.items():
        rows = slice(block * d, (block + 1) * d)
        projected = nn.functional.linear(t(source), mha.in_proj_weight[rows], mha.in_proj_bias[rows])[0]
        for h, head in enumerate(record["heads"]):
            worst.see(f"{kind} q, k, v per head (in_proj)", head[field], projected[:, h * mha.head_dim:(h + 1) * mha.head_dim])
    worst.see(f"{kind} output (MultiheadAttention)", record["sublayer_output"], out[0])
    for h, head in enumerate(record["heads"]):
        worst.see(f"{kind} weights per head", head["weights"], weights[0, h])


def check_stack(worst, model, stack_trace, stack, memory=None):
    a, w = model.arch, model.weights
    kw = dict(dim_feedforward=a["d_ff"], dropout=0.0, activation=a["activation"], batch_first=True,
              norm_first=a["norm"] == "pre", dtype=torch.float64)
    n = stack_trace["x"].shape[0]
    causal = tt.causal_mask(n) if stack == "decoder" else None
    seq2seq = stack == "decoder" and model.task == "seq2seq"
    if stack == "encoder" and not a["attention"]:
        layer_class = None  # the baseline: checked through the whole model's logits
    else:
        layer_class = nn.TransformerDecoderLayer if seq2seq else nn.TransformerEncoderLayer
    if layer_class is None:
        return
    layers = []
    for index, layer_trace in enumerate(stack_trace["layers"]):
        layer = layer_class(a["d_model"], a["heads"], **kw)
        layer.load_state_dict(sub_state(w, f"{stack}.layers.{index}."), strict=True)
        layer.train()  # dropout 0; no fast path
        layers.append(layer)
        subs = layer_trace["sublayers"]
        x = t(subs[0]["input"])
        out = layer(x, t(memory), tgt_mask=causal) if seq2seq else layer(x, src_mask=causal)
        worst.see(f"{stack} layer output ({layer_class.__name__})", subs[-1]["output"], out[0])
        check_attention(worst, layer.self_attn, subs[0], None, causal, f"{stack} self-attention")
        if seq2seq:
            check_attention(worst, layer.multihead_attn, subs[1], memory, None, "cross-attention")
        ff = subs[-1]
        reads = t(ff["normed_input"] if "normed_input" in ff else ff["input"])
        worst.see("feed-forward hidden_pre (linear1)", ff["hidden_pre"], layer.linear1(reads)[0])
        worst.see("feed-forward hidden (activation)", ff["hidden"], layer.activation(layer.linear1(reads))[0])
    norm = None
    if a["final_norm"]:
        norm = nn.LayerNorm(a["d_model"], eps=1e-5)
        norm.load_state_dict(sub_state(w, f"{stack}.norm."))
    if seq2seq:
        whole = nn.TransformerDecoder(layers[0], len(layers), norm=norm)
        whole.layers = nn.ModuleList(layers)
        out = whole(t(stack_trace["x"]), t(memory), tgt_mask=causal)
    else:
        whole = nn.TransformerEncoder(layers[0], len(layers), norm=norm, enable_nested_tensor=False)
        whole.layers = nn.ModuleList(layers)
        out = whole(t(stack_trace["x"]), mask=causal)
    worst.see(f"{stack} stack ({type(whole).__name__})", stack_trace["output"], out[0])


CONFIGURATIONS = [
    # task, norm, activation, final_norm, positional, attention
    ("labelling", "post", "relu", False, "sinusoidal", True),
    ("labelling", "pre", "gelu", True, "learned", True),
    ("labelling", "post", "gelu", False, "none", False),
    ("classification", "pre", "relu", False, "none", True),
    ("classification", "post", "gelu", True, "sinusoidal", True),
    ("classification", "pre", "relu", True, "learned", False),
    ("seq2seq", "post", "relu", True, "sinusoidal", True),
    ("seq2seq", "pre", "gelu", False, "learned", True),
    ("seq2seq", "post", "gelu", False, "none", True),
    ("language_model", "post", "gelu", False, "learned", True),
    ("language_model", "pre", "relu", True, "sinusoidal", True),
]


def check_sinusoidal(worst):
    """The positions against the single-layer reference's (tests/tools/reference_model.py), odd widths too."""
    import reference_model
    for n, d in ((8, 8), (5, 7), (32, 6)):
        worst.by_kind["sinusoidal positions (reference_model.py)"] = max(
            worst.by_kind.get("sinusoidal positions (reference_model.py)", 0.0),
            float(np.max(np.abs(ref.sinusoidal(n, d) - reference_model.sinusoidal(n, d)))))


def main():
    rng = np.random.default_rng(20261130)
    worst = Worst()
    check_sinusoidal(worst)
    vocabulary = ["a", "b", "c", "d", "e", "f", "<eos>"]
    outputs = ["<bos>", "<eos>", "X", "Y", "Z"]
    for task, norm, act, final, positional, attention in CONFIGURATIONS:
        arch = ref.resolve_architecture({"d_model": 8, "heads": 2, "d_ff": 12, "encoder_layers": 2,
                                         "decoder_layers": 2, "attention": attention, "norm": norm,
                                         "final_norm": final, "activation": act,
                                         "positional_encoding": positional, "max_length": 8})
        weights = random_weights(rng, task, arch, len(vocabulary), len(outputs))
        model = ref.Model(model_doc("self-check", task, arch, vocabulary, outputs, weights))
        tokens = [vocabulary[i] for i in rng.integers(0, 6, size=5)]
        target = [outputs[i] for i in rng.integers(2, 5, size=4)]
        trace = ref.trace_for(model, tokens, target if task == "seq2seq" else None)
        with torch.enable_grad():
            if "encoder" in trace:
                check_stack(worst, model, trace["encoder"], "encoder")
            if "decoder" in trace:
                memory = trace["encoder"]["output"] if task == "seq2seq" else None
                check_stack(worst, model, trace["decoder"], "decoder", memory)
            net = tt.from_model(model)
            src = model.ids(trace["input"], vocabulary, "input")
            dec = model.ids(trace["decoder_input"], outputs, "decoder") if task == "seq2seq" else None
            worst.see("final logits (whole model)", trace["logits"], net(src, dec))
    print(f"reference_transformer self-check: {len(CONFIGURATIONS)} random models against PyTorch {torch.__version__}")
    ok = worst.report()
    print("self-check passed" if ok else "self-check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
