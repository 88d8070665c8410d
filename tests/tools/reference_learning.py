"""MATH.md §10 in NumPy: the token-weighted mean cross-entropy of a batch and the accuracy,
computed with reference_transformer.py's forward pass and greedy generation. Imported by
the golden-data script (the loss for finite differences, the accuracy of a trained model).
"""
import math

import numpy as np

from reference_transformer import BOS, EOS, forward, generate


def example_targets(model, example):
    """(logits of the predicted positions R × C, target ids) for one dataset example."""
    task = model.task
    if task == "seq2seq":
        trace = forward(model, example["input"], [BOS] + list(example["target"]))
        return trace["logits"], model.ids(list(example["target"]) + [EOS], model.outputs, "target")
    trace = forward(model, example["input"])
    if task == "labelling":
        return trace["logits"], model.ids(example["target"], model.outputs, "target")
    if task == "classification":
        return trace["logits"], model.ids([example["target"]], model.outputs, "target")
    ids = model.ids(example["input"], model.vocabulary, "input")
    return trace["logits"][:-1], ids[1:]


def loss(model, examples):
    """Token-weighted mean cross-entropy over the predicted positions of the batch."""
    total, positions = 0.0, 0
    for example in examples:
        logits, targets = example_targets(model, example)
        for row, t in zip(logits, targets):
            m = row.max()
            total -= row[t] - m - math.log(np.exp(row - m).sum())
            positions += 1
    return total / positions


def accuracy(model, examples):
    """labelling: positions; classification: examples; seq2seq: exact generation + <eos>; LM: next tokens."""
    right, count = 0, 0
    for example in examples:
        if model.task == "seq2seq":
            right += generate(model, example["input"])["generated"] == list(example["target"]) + [EOS]
            count += 1
            continue
        logits, targets = example_targets(model, example)
        for row, t in zip(logits, targets):
            right += int(np.argmax(row)) == t
            count += 1
    return right / count if count else 0.0
