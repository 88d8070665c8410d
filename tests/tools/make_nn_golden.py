#!/usr/bin/env python3
"""Makes tests/data/golden/nn/operations.json: the Transformer's operations as PyTorch computes them.

Every case runs PyTorch's own module or function in float64 (nn.Linear, nn.LayerNorm, F.relu,
F.gelu with approximate='none', the feed-forward block of nn.TransformerEncoderLayer,
nn.MultiheadAttention, nn.Embedding, F.cross_entropy) on random inputs and weights, and
records its outputs and, by autograd, the gradient of sum(dOut * out) for a random dOut with
respect to every parameter and input. tests/core/nn/operations_golden_test.cpp compares the
C++ forward and backward passes with them.

Conventions written into the file so that the C++ side needs no PyTorch knowledge:
  - parameters carry PyTorch's names (in_proj_weight, out_proj.weight, linear1.bias, ...);
  - attention masks are given as PyTorch takes them: attn_mask[i][j] = 1 where query i may NOT
    attend to key j, key_padding_mask[j] = 1 where key j is padding. No query is fully masked
    (PyTorch gives NaN there).

Run with Debian's python3-torch:  /usr/bin/python3 tests/tools/make_nn_golden.py tests/data/golden/nn
"""
import json
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(16)
torch.set_default_dtype(torch.float64)


def tolist(tensor):
    return tensor.detach().tolist()


def random_input(*shape, scale=1.0):
    return (torch.randn(*shape) * scale).requires_grad_()


def randomize_parameters(module, scale=0.5):
    """PyTorch initialises biases to 0 and γ to 1; random ones test every term."""
    with torch.no_grad():
        for parameter in module.parameters():
            parameter.copy_(torch.randn_like(parameter) * scale)
    return module


def backward_of(out, inputs, module=None):
    """Gradients of sum(dOut * out) for a random dOut: returns (dOut, {name: gradient})."""
    d_out = torch.randn_like(out)
    (d_out * out).sum().backward()
    gradients = {name: tolist(tensor.grad) for name, tensor in inputs.items()}
    if module is not None:
        gradients.update({name: tolist(p.grad) for name, p in module.named_parameters()})
    return tolist(d_out), gradients


def parameters_of(module):
    return {name: tolist(p) for name, p in module.named_parameters()}


def linear_case(rows, features_in, features_out):
    module = randomize_parameters(nn.Linear(features_in, features_out))
    x = random_input(rows, features_in)
    out = module(x)
    d_out, gradients = backward_of(out, {"in": x}, module)
    return {"name": f"linear {rows}x{features_in} to {features_out}", "operation": "linear", "config": {},
            "inputs": {"in": tolist(x)}, "parameters": parameters_of(module), "dOut": d_out,
            "outputs": {"out": tolist(out)}, "gradients": gradients}


def layer_norm_case(rows, width, offset):
    module = randomize_parameters(nn.LayerNorm(width, eps=1e-5))
    with torch.no_grad():
        module.weight += 1.0
    x = (torch.randn(rows, width) * 2.0 + offset).requires_grad_()
    out = module(x)
    d_out, gradients = backward_of(out, {"in": x}, module)
    return {"name": f"layer norm {rows}x{width}, offset {offset}", "operation": "layer_norm", "config": {},
            "inputs": {"in": tolist(x)}, "parameters": parameters_of(module), "dOut": d_out,
            "outputs": {"out": tolist(out)}, "gradients": gradients}


def activate(activation, x):
    return F.relu(x) if activation == "relu" else F.gelu(x, approximate="none")


def activation_case(activation, rows, cols):
    x = random_input(rows, cols, scale=2.0)
    out = activate(activation, x)
    d_out, gradients = backward_of(out, {"pre": x})
    return {"name": f"activation {activation} {rows}x{cols}", "operation": "activation",
            "config": {"activation": activation}, "inputs": {"pre": tolist(x)}, "parameters": {},
            "dOut": d_out, "outputs": {"out": tolist(out)}, "gradients": gradients}


class FeedForward(nn.Module):
    """nn.TransformerEncoderLayer's _ff_block without dropout: linear2(φ(linear1(x)))."""

    def __init__(self, width, hidden, activation):
        super().__init__()
        self.linear1 = nn.Linear(width, hidden)
        self.linear2 = nn.Linear(hidden, width)
        self.activation = activation

    def forward(self, x):
        hidden_pre = self.linear1(x)
        hidden = activate(self.activation, hidden_pre)
        return hidden_pre, hidden, self.linear2(hidden)


def feed_forward_case(activation, rows, width, hidden):
    module = randomize_parameters(FeedForward(width, hidden, activation))
    x = random_input(rows, width)
    hidden_pre, hidden_out, out = module(x)
    d_out, gradients = backward_of(out, {"in": x}, module)
    return {"name": f"feed-forward {activation} {rows}x{width}, d_ff {hidden}", "operation": "feed_forward",
            "config": {"activation": activation}, "inputs": {"in": tolist(x)},
            "parameters": parameters_of(module), "dOut": d_out,
            "outputs": {"hidden_pre": tolist(hidden_pre), "hidden": tolist(hidden_out), "out": tolist(out)},
            "gradients": gradients}


def attention_case(name, rows, cols, width, heads, self_attention, attn_mask=None, key_padding_mask=None):
    module = randomize_parameters(nn.MultiheadAttention(width, heads, batch_first=True))
    config = {"heads": heads, "self_attention": self_attention,
              "attn_mask": None if attn_mask is None else attn_mask.int().tolist(),
              "key_padding_mask": None if key_padding_mask is None else key_padding_mask.int().tolist()}
    if self_attention:
        assert rows == cols
        x = random_input(rows, width)
        inputs = {"x": x}
        query = key = x
    else:
        query, key = random_input(rows, width), random_input(cols, width)
        inputs = {"queries": query, "keys_values": key}
    out, weights = module(query.unsqueeze(0), key.unsqueeze(0), key.unsqueeze(0), attn_mask=attn_mask,
                          key_padding_mask=None if key_padding_mask is None else key_padding_mask.unsqueeze(0),
                          need_weights=True, average_attn_weights=False)
    out, weights = out.squeeze(0), weights.squeeze(0)  # R × d, H × R × C
    assert torch.isfinite(out).all(), name
    d_out, gradients = backward_of(out, inputs, module)
    return {"name": name, "operation": "attention", "config": config,
            "inputs": {key_name: tolist(value) for key_name, value in inputs.items()},
            "parameters": parameters_of(module), "dOut": d_out,
            "outputs": {"out": tolist(out), "weights": tolist(weights)}, "gradients": gradients}


def causal(rows, cols):
    """PyTorch's boolean attn_mask: True where the key is NOT allowed, here j > i."""
    return torch.ones(rows, cols, dtype=torch.bool).triu(1)


def padding(cols, valid):
    return torch.arange(cols) >= valid


def custom_mask(rows, cols):
    mask = torch.rand(rows, cols) < 0.4
    for i in range(rows):  # keep one key per query, so that PyTorch gives no NaN
        mask[i, i % cols] = False
    return mask


def embedding_case(ids, vocabulary, width):
    module = randomize_parameters(nn.Embedding(vocabulary, width), scale=1.0)
    out = module(torch.tensor(ids))
    d_out, gradients = backward_of(out, {}, module)
    return {"name": f"embedding of {len(ids)} ids, {vocabulary}x{width}", "operation": "embedding",
            "config": {"ids": ids}, "inputs": {}, "parameters": parameters_of(module), "dOut": d_out,
            "outputs": {"out": tolist(out)}, "gradients": gradients}


def cross_entropy_case(rows, classes, scale, logit_scale):
    logits = random_input(rows, classes, scale=logit_scale)
    targets = torch.randint(0, classes, (rows,))
    loss = F.cross_entropy(logits, targets, reduction="sum")
    (scale * loss).backward()
    return {"name": f"cross-entropy {rows}x{classes}, logits of size {logit_scale}", "operation": "cross_entropy",
            "config": {"targets": targets.tolist(), "scale": scale}, "inputs": {"logits": tolist(logits)},
            "parameters": {}, "dOut": None,
            "outputs": {"loss": loss.item(), "probabilities": tolist(torch.softmax(logits, dim=1))},
            "gradients": {"logits": tolist(logits.grad)}}


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../data/golden/nn")
    cases = [
        linear_case(1, 3, 4), linear_case(5, 8, 2),
        layer_norm_case(1, 4, 0.0), layer_norm_case(4, 8, 10.0),
        activation_case("relu", 3, 5), activation_case("gelu", 3, 5),
        feed_forward_case("relu", 4, 4, 6), feed_forward_case("gelu", 3, 8, 3),
        attention_case("self-attention, no mask", 4, 4, 4, 2, True),
        attention_case("self-attention, causal", 5, 5, 4, 4, True, attn_mask=causal(5, 5)),
        attention_case("self-attention, one position", 1, 1, 4, 2, True),
        attention_case("self-attention, causal and padding", 5, 5, 4, 1, True, attn_mask=causal(5, 5),
                       key_padding_mask=padding(5, 3)),
        attention_case("cross-attention, padding", 3, 6, 8, 4, False, key_padding_mask=padding(6, 4)),
        attention_case("cross-attention, custom mask", 4, 3, 4, 2, False, attn_mask=custom_mask(4, 3)),
        embedding_case([2, 0, 2, 4, 2, 1], 5, 4),
        cross_entropy_case(4, 5, 0.25, 1.0), cross_entropy_case(3, 4, 1.0, 1000.0),
    ]
    document = {"format": "nn-operations-golden@1", "generator": "tests/tools/make_nn_golden.py",
                "torch": torch.__version__, "cases": cases}
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "operations.json")
    with open(path, "w") as file:
        json.dump(document, file, separators=(",", ":"))
        file.write("\n")
    print(f"{path}: {len(cases)} cases, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
