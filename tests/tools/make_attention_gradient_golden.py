#!/usr/bin/env python3
"""Makes the golden ∂L/∂α′ of every attention head in tests/data/golden/transformer/.

For every case of that folder's manifest.json (written first by make_transformer_golden.py)
and its dataset's training examples 0 and 1, one at a time, it runs the PyTorch model of
torch_transformer.py (nn.TransformerEncoderLayer / DecoderLayer, float64), takes the mean
loss of that one example L = −(1/P) Σ log p[target] (MATH.md §10) and asks autograd for
∂L/∂α′: every per-head softmax output of nn.MultiheadAttention, kept with retain_grad().
At a masked cell (causal) that is dOutput·Vᵀ as for any other cell: the gradient with α′
taken as free numbers. It writes
  NAME.attention_gradients.json   {"examples": [{"example", "loss", "encoder", "decoder"}]}
where encoder / decoder are [layer][sublayer][head] R × C matrices, as the trace's
layers[l].sublayers[s].heads[h].weights, an empty head list for a feed-forward sublayer,
and an empty list for a stack the model does not have.

How α′ is caught: PyTorch 1.13's F.multi_head_attention_forward calls the module-level
F.softmax on the (H, R, C) scores of one example, and nothing else in the model calls it
(cross-entropy uses log_softmax), so F.softmax is wrapped for the duration of the pass.
The wrapper also checks every α′ against the NumPy reference's trace (1e-12) so that the
order of the catches is known to be the order of the layers.

Run with Debian's python3-torch:  make golden
  (or /usr/bin/python3 tests/tools/make_attention_gradient_golden.py tests/data/golden/transformer)
"""
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_transformer as ref  # noqa: E402
import round_trip_json as rtj  # noqa: E402
import torch_transformer as tt  # noqa: E402

EXAMPLES = [0, 1]  # training examples of each case's dataset
WEIGHTS_TOLERANCE = 1e-12


class SoftmaxCatcher:
    """Replaces F.softmax while active; keeps every output, with retain_grad()."""

    def __init__(self):
        self.caught = []
        self.original = torch.nn.functional.softmax

    def __enter__(self):
        def caught_softmax(*args, **kwargs):
            out = self.original(*args, **kwargs)
            out.retain_grad()
            self.caught.append(out)
            return out

        torch.nn.functional.softmax = caught_softmax
        return self

    def __exit__(self, *exc):
        torch.nn.functional.softmax = self.original
        return False


def sublayer_kinds(task, arch):
    """[stack][layer] → list of sublayer kinds, in the order the core's stacks hold them."""
    encoder = [["self_attention", "feed_forward"] if arch["attention"] else ["feed_forward"]
               for _ in range(arch["encoder_layers"])] if ref.has_encoder(task) else []
    if task == "seq2seq":
        decoder = [["self_attention", "cross_attention", "feed_forward"] for _ in range(arch["decoder_layers"])]
    elif task == "language_model":
        decoder = [["self_attention", "feed_forward"] for _ in range(arch["decoder_layers"])]
    else:
        decoder = []
    return {"encoder": encoder, "decoder": decoder}


def reference_weights(model, example):
    """The NumPy reference's α′ of every head, in the order the layers run (encoder first)."""
    trace = ref.trace_for(model, example["input"], example.get("target") if model.task == "seq2seq" else None)
    found = []
    for stack in ("encoder", "decoder"):
        for layer in (trace.get(stack) or {}).get("layers", []):
            for sublayer in layer["sublayers"]:
                if "heads" in sublayer:
                    found.append(np.array([head["weights"] for head in sublayer["heads"]]))
    return found


def example_gradients(model, example):
    net = tt.from_model(model)
    with SoftmaxCatcher() as catcher:
        loss_sum, positions = tt.example_loss_terms(net, model, example)
        loss = loss_sum / positions
    net.zero_grad()
    loss.backward()

    expected = reference_weights(model, example)
    if len(expected) != len(catcher.caught):
        sys.exit(f"{model.title}: {len(catcher.caught)} softmax calls for {len(expected)} attention sublayers")
    largest = 0.0
    for ours, theirs in zip(catcher.caught, expected):
        largest = max(largest, float(np.max(np.abs(ours.detach().numpy() - theirs))))
    if largest > WEIGHTS_TOLERANCE:
        sys.exit(f"{model.title}: the caught α′ differ from the reference's by {largest:.3e}")

    caught = iter(catcher.caught)
    stacks = {}
    for stack, layers in sublayer_kinds(model.task, model.arch).items():
        stacks[stack] = [[([head for head in next(caught).grad.detach().numpy()] if kind != "feed_forward" else [])
                          for kind in layer] for layer in layers]
    return float(loss.item()), stacks, largest


def main(argv):
    folder = argv[0] if argv else os.path.join(os.path.dirname(__file__), "..", "data", "golden", "transformer")
    torch.set_num_threads(1)
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    print(f"∂L/∂α′ golden data in {folder}:")
    worst = 0.0
    for case in cases:
        model = ref.Model.load(os.path.join(folder, case["files"]["model"]))
        with open(os.path.join(folder, case["files"]["dataset"]), encoding="utf-8") as f:
            dataset = json.load(f)
        entries = []
        for index in EXAMPLES:
            loss, stacks, largest = example_gradients(model, dataset["train"][index])
            worst = max(worst, largest)
            entries.append({"example": index, "loss": loss, "encoder": stacks["encoder"],
                            "decoder": stacks["decoder"]})
        rtj.write_json(os.path.join(folder, case["name"] + ".attention_gradients.json"), {"examples": entries})
    print(f"  PyTorch's α′ against the NumPy reference's: largest difference {worst:.3e}")
    print(f"{len(cases)} models written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
