#!/usr/bin/env python3
"""Makes the Transformer's golden data in tests/data/golden/transformer/.

For a set of small random models (d_model 8, 2 heads, d_ff 12, 1–2 layers, 6–8 tokens,
max_length 8) covering every task, post- and pre-norm, ReLU and GELU, final norms on and
off, the feed-forward-only baseline and no / sinusoidal / learned positions, it writes:
  NAME.model.json            transformer@1 with every weight given (random, float64)
  NAME.trace.json            transformer-trace@1 of one input, from reference_transformer.py
                             (seq2seq teacher-forced with a target)
  NAME.generated.trace.json  seq2seq and language_model: greedy generation
  NAME.dataset.json          dataset@1, a handful of train and test examples
  NAME.gradients.json        {"batch", "loss", "gradients"}: MATH.md §10's loss over one batch
                             and its gradient from PyTorch autograd (torch_transformer.py)
  NAME.training.json         some models: K steps of torch.optim (SGD with momentum, Adam,
                             AdamW), every step's loss, the final weights, the accuracies
  manifest.json              every case, what it covers and its files
It stops with an error unless every trace's logits equal the PyTorch model's (1e-10) and,
for one model per task, autograd equals central finite differences of the NumPy loss.
The largest differences are printed. Fixed seeds: it regenerates identical files.

Run with Debian's python3-numpy and python3-torch:  make golden
  (or /usr/bin/python3 tests/tools/make_transformer_golden.py tests/data/golden/transformer)
"""
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_learning as learning  # noqa: E402
import reference_transformer as ref  # noqa: E402
import reference_transformer_check as check  # noqa: E402
import round_trip_json as rtj  # noqa: E402
import torch_transformer as tt  # noqa: E402

LOGITS_TOLERANCE = 1e-10
FINITE_DIFFERENCE_TOLERANCE = 1e-7
FINITE_DIFFERENCE_STEP = 1e-5
GRADIENT_BATCH = [4, 5, 0, 1]  # step 1 of MATH.md §10 with B = 4 over M = 6 examples
TRAINING_STEPS, TRAINING_BATCH = 5, 4

WORDS = ["I", "saw", "a", "the", "cat", "dog", "ran"]
TAGS = ["PRON", "VERB", "DET", "NOUN"]
REVIEW = ["not", "good", "bad", "very", "movie", "is"]
MOODS = ["POS", "NEG", "MIXED"]
NUMBERS = ["one", "two", "three", "hundred", "twenty", "and"]
DIGITS = ["<bos>", "<eos>", "1", "2", "3", "0"]
LETTERS = ["a", "b", "c", "d", "e"]
LETTERS_OUT = ["A", "B", "C", "D", "<eos>", "<bos>"]
TEXT_EOS = ["x", "y", "z", "w", "v", "<eos>"]
TEXT = ["p", "q", "r", "s", "t", "u", "o"]

# name, task, architecture (beyond d_model 8, heads 2, d_ff 12, max_length 8), vocabulary, outputs, extras
CASES = [
    ("labelling-post-relu-sinusoidal", "labelling", dict(encoder_layers=1), WORDS, TAGS,
     dict(training=("sgd", 0.1, 0.9, 0.0), finite_differences=True)),
    ("labelling-pre-gelu-learned-final", "labelling",
     dict(encoder_layers=2, norm="pre", activation="gelu", positional_encoding="learned", final_norm=True),
     WORDS, TAGS, {}),
    ("labelling-baseline-post-relu-none", "labelling",
     dict(encoder_layers=2, attention=False, positional_encoding="none"), WORDS, TAGS, {}),
    ("classification-post-gelu-none-final", "classification",
     dict(encoder_layers=1, activation="gelu", positional_encoding="none", final_norm=True), REVIEW, MOODS,
     dict(finite_differences=True)),
    ("classification-pre-relu-sinusoidal", "classification", dict(encoder_layers=2, norm="pre"), REVIEW, MOODS,
     dict(training=("adamw", 0.01, 0.0, 0.1))),
    ("classification-baseline-pre-gelu-learned", "classification",
     dict(encoder_layers=1, attention=False, norm="pre", activation="gelu", positional_encoding="learned"),
     REVIEW, MOODS, {}),
    ("seq2seq-post-relu-sinusoidal-final", "seq2seq", dict(encoder_layers=1, decoder_layers=1, final_norm=True),
     NUMBERS, DIGITS, dict(training=("adam", 0.01, 0.0, 0.0), finite_differences=True, generation="length")),
    ("seq2seq-pre-gelu-learned", "seq2seq",
     dict(encoder_layers=1, decoder_layers=2, norm="pre", activation="gelu", positional_encoding="learned",
          max_length=6),
     LETTERS, LETTERS_OUT, dict(generation="length")),
    ("seq2seq-post-gelu-none", "seq2seq",
     dict(encoder_layers=2, decoder_layers=1, activation="gelu", positional_encoding="none"),
     LETTERS, LETTERS_OUT, dict(generation="eos", own_targets=True, training=("adam", 0.001, 0.0, 0.0))),
    ("language_model-post-gelu-learned", "language_model",
     dict(decoder_layers=1, activation="gelu", positional_encoding="learned"), TEXT, None,
     dict(training=("sgd", 0.05, 0.0, 0.0), finite_differences=True, generation="length")),
    ("language_model-pre-relu-sinusoidal-final", "language_model",
     dict(decoder_layers=2, norm="pre", final_norm=True), TEXT_EOS, None, dict(generation="eos")),
    ("language_model-pre-gelu-none", "language_model",
     dict(decoder_layers=1, norm="pre", activation="gelu", positional_encoding="none", max_length=6), TEXT_EOS, None,
     dict(generation="length")),
    # Two classes with zero generator rows and equal large biases: their logits are equal to the
    # last bit whatever the summation order, so every argmax is a tie, won by the lower id (2).
    ("language_model-tie-post-relu-none", "language_model",
     dict(decoder_layers=1, positional_encoding="none", max_length=5), TEXT, None,
     dict(generation="length", tie=(4, 2))),
]


def architecture(overrides):
    given = dict(d_model=8, heads=2, d_ff=12, encoder_layers=1, decoder_layers=1, max_length=8)
    given.update(overrides)
    return ref.resolve_architecture(given)


def real_outputs(outputs):
    return [t for t in outputs if t not in (ref.BOS, ref.EOS)]


def random_example(rng, task, vocabulary, outputs, max_length):
    """One dataset@1 example; language-model text may end with <eos> but never holds it elsewhere."""
    words = [t for t in vocabulary if t != ref.EOS]
    if task == "language_model":
        n = int(rng.integers(2, max_length - 1))
        text = [words[i] for i in rng.integers(0, len(words), size=n)]
        if ref.EOS in vocabulary and rng.random() < 0.5:
            text.append(ref.EOS)
        return {"input": text}
    n = int(rng.integers(2, 6))
    example = {"input": [words[i] for i in rng.integers(0, len(words), size=n)]}
    labels = real_outputs(outputs)
    if task == "labelling":
        example["target"] = [labels[i] for i in rng.integers(0, len(labels), size=n)]
    elif task == "classification":
        example["target"] = labels[int(rng.integers(0, len(labels)))]
    else:
        example["target"] = [labels[i] for i in rng.integers(0, len(labels), size=int(rng.integers(1, 5)))]
    return example


def dataset_doc(name, task, rng, vocabulary, outputs, max_length):
    return {"format": "attention-lab/dataset@1", "title": name,
            "description": "Random examples for the golden tests (no pattern to learn).", "task": task,
            "train": [random_example(rng, task, vocabulary, outputs, max_length) for _ in range(6)],
            "test": [random_example(rng, task, vocabulary, outputs, max_length) for _ in range(3)]}


def use_own_generations(model, dataset):
    """seq2seq: an example whose greedy generation ends with <eos> gets it as its target, so that
    the accuracy of MATH.md §10 (exact generation) is not 0 for a random model."""
    for example in dataset["train"] + dataset["test"]:
        generated = ref.generate(model, example["input"])["generated"]
        if generated and generated[-1] == ref.EOS and len(generated) > 1:
            example["target"] = generated[:-1]


def torch_logits(model, trace):
    net = tt.from_model(model)
    src = model.ids(trace["input"], model.vocabulary, "input")
    dec = model.ids(trace["decoder_input"], model.outputs, "decoder_input") if model.task == "seq2seq" else None
    return net(src, dec).detach().numpy()


def check_logits(model, trace, label, worst):
    diff = float(np.max(np.abs(trace["logits"] - torch_logits(model, trace))))
    worst["logits"] = max(worst.get("logits", 0.0), diff)
    if diff > LOGITS_TOLERANCE:
        sys.exit(f"{label}: NumPy and PyTorch logits differ by {diff:.3e}")


def autograd_gradients(model, batch):
    net = tt.from_model(model)
    loss = tt.batch_loss(net, model, batch)
    net.zero_grad()
    loss.backward()
    grads = {name: (p.grad.detach().numpy().copy() if p.grad is not None else np.zeros(tuple(p.shape)))
             for name, p in net.named_parameters()}
    return float(loss.item()), grads


def finite_difference_check(model, batch, grads, rng):
    """Central differences of the NumPy loss on up to 6 entries of every tensor; the largest difference."""
    largest = 0.0
    for name, value in model.weights.items():
        flat = value.reshape(-1)
        for index in rng.choice(flat.size, size=min(6, flat.size), replace=False):
            saved = flat[index]
            flat[index] = saved + FINITE_DIFFERENCE_STEP
            up = learning.loss(model, batch)
            flat[index] = saved - FINITE_DIFFERENCE_STEP
            down = learning.loss(model, batch)
            flat[index] = saved
            numeric = (up - down) / (2 * FINITE_DIFFERENCE_STEP)
            largest = max(largest, abs(numeric - grads[name].reshape(-1)[index]))
    return largest


def train(model, train_examples, optimizer, learning_rate, momentum, weight_decay):
    """K steps of torch.optim over MATH.md §10's batches; (history, final weights)."""
    net = tt.from_model(model)
    if optimizer == "sgd":
        opt = torch.optim.SGD(net.parameters(), lr=learning_rate, momentum=momentum)
    elif optimizer == "adam":
        opt = torch.optim.Adam(net.parameters(), lr=learning_rate, betas=(0.9, 0.999), eps=1e-8)
    else:
        opt = torch.optim.AdamW(net.parameters(), lr=learning_rate, betas=(0.9, 0.999), eps=1e-8,
                                weight_decay=weight_decay)
    history, m = [], len(train_examples)
    for step in range(TRAINING_STEPS):
        batch = [train_examples[(step * TRAINING_BATCH + b) % m] for b in range(TRAINING_BATCH)]
        opt.zero_grad()
        loss = tt.batch_loss(net, model, batch)
        loss.backward()
        history.append(float(loss.item()))
        opt.step()
    return history, net.weights()


def ordered(model, tensors):
    return {name: tensors[name] for name in model.weights}


def pick_generation_input(model, rng, vocabulary, prefer):
    """The first of 40 random inputs whose generation ends as preferred: "eos" (after at least one
    other token) or "length" (max_length reached)."""
    words = [t for t in vocabulary if t != ref.EOS]
    first = None
    for _ in range(40):
        n = int(rng.integers(2, 5)) if model.task == "seq2seq" else int(rng.integers(1, 4))
        tokens = [words[i] for i in rng.integers(0, len(words), size=n)]
        trace = ref.generate(model, tokens)
        first = first or (tokens, trace)
        ended = trace["generated"] and trace["generated"][-1] == ref.EOS
        if (prefer == "eos" and ended and len(trace["generated"]) > 1) or (prefer == "length" and not ended):
            return tokens, trace
    return first


def make_case(index, case, out_dir, worst, manifest):
    name, task, overrides, vocabulary, outputs, extras = case
    rng = np.random.default_rng([2026, 11, 30, index])
    arch = architecture(overrides)
    weights = check.random_weights(rng, task, arch, len(vocabulary), len(outputs) if outputs else 0)
    for tied in extras.get("tie", ()):
        weights["generator.weight"][tied] = 0.0
        weights["generator.bias"][tied] = 10.0
    doc = check.model_doc(name, task, arch, vocabulary, outputs, weights)
    doc["description"] = "Random weights for the golden tests of the Transformer."
    doc = {k: doc[k] for k in ("format", "title", "description", "task", "architecture", "vocabulary", "outputs",
                               "weights") if k in doc}
    model = ref.Model(doc)
    files = {"model": f"{name}.model.json"}
    rtj.write_json(os.path.join(out_dir, files["model"]), doc)

    dataset = dataset_doc(name, task, rng, vocabulary, outputs, arch["max_length"])
    if extras.get("own_targets"):
        use_own_generations(model, dataset)
    files["dataset"] = f"{name}.dataset.json"
    rtj.write_json(os.path.join(out_dir, files["dataset"]), dataset)

    example = dataset["train"][0]
    trace = ref.trace_for(model, example["input"], example.get("target") if task == "seq2seq" else None)
    check_logits(model, trace, name, worst)
    files["trace"] = f"{name}.trace.json"
    rtj.write_json(os.path.join(out_dir, files["trace"]), trace)
    if "generation" in extras:
        tokens, generated = pick_generation_input(model, rng, vocabulary, extras["generation"])
        check_logits(model, generated, name + " (generated)", worst)
        files["generated_trace"] = f"{name}.generated.trace.json"
        rtj.write_json(os.path.join(out_dir, files["generated_trace"]), generated)

    batch_examples = [dataset["train"][i] for i in GRADIENT_BATCH]
    loss, grads = autograd_gradients(model, batch_examples)
    worst["loss"] = max(worst.get("loss", 0.0), abs(loss - learning.loss(model, batch_examples)))
    files["gradients"] = f"{name}.gradients.json"
    rtj.write_json(os.path.join(out_dir, files["gradients"]),
                   {"batch": GRADIENT_BATCH, "loss": loss, "gradients": ordered(model, grads)})
    if extras.get("finite_differences"):
        diff = finite_difference_check(model, batch_examples, grads, rng)
        print(f"  {name}: autograd against central finite differences, largest difference {diff:.3e}")
        if diff > FINITE_DIFFERENCE_TOLERANCE:
            sys.exit(f"{name}: autograd and finite differences differ by {diff:.3e}")

    if "training" in extras:
        optimizer, learning_rate, momentum, weight_decay = extras["training"]
        history, final = train(model, dataset["train"], optimizer, learning_rate, momentum, weight_decay)
        first_batch = [dataset["train"][b % len(dataset["train"])] for b in range(TRAINING_BATCH)]
        worst["loss"] = max(worst["loss"], abs(history[0] - learning.loss(model, first_batch)))
        trained = ref.Model(dict(doc, weights=final))
        files["training"] = f"{name}.training.json"
        rtj.write_json(os.path.join(out_dir, files["training"]), {
            "optimizer": optimizer, "learning_rate": learning_rate, "momentum": momentum,
            "weight_decay": weight_decay, "batch": TRAINING_BATCH, "steps": TRAINING_STEPS, "history": history,
            "weights": ordered(model, final),
            "accuracy": {"train": learning.accuracy(trained, dataset["train"]),
                         "test": learning.accuracy(trained, dataset["test"])}})
    entry = {"name": name, "task": task, "architecture": arch, "files": files, "trace_input": example["input"]}
    if task == "seq2seq":
        entry["trace_target"] = example["target"]
    if "generation" in extras:
        entry["generation_input"] = tokens  # seq2seq: the encoder's input; language_model: the prompt
    manifest.append(entry)


def main(argv):
    out_dir = argv[0] if argv else os.path.join(os.path.dirname(__file__), "..", "data", "golden", "transformer")
    os.makedirs(out_dir, exist_ok=True)
    torch.set_num_threads(1)
    worst, manifest = {}, []
    print(f"Transformer golden data in {out_dir}:")
    for index, case in enumerate(CASES):
        make_case(index, case, out_dir, worst, manifest)
    rtj.write_json(os.path.join(out_dir, "manifest.json"), {
        "logits_tolerance_vs_torch": LOGITS_TOLERANCE, "gradient_batch": GRADIENT_BATCH, "cases": manifest})
    print(f"  every trace's logits against the PyTorch model: largest difference {worst['logits']:.3e}")
    print(f"  NumPy loss against PyTorch's: largest difference {worst['loss']:.3e}")
    if worst["loss"] > LOGITS_TOLERANCE:
        sys.exit("the NumPy and PyTorch losses differ")
    print(f"{len(CASES)} models written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
