#!/usr/bin/env python3
"""What a PyTorch user would write for the models of bench/transformer_bench.cpp, for the
ratios of `make bench` (float64, the same thread count as the C++ run):
  training  nn.TransformerEncoder (batch_first, d_model 32, 4 heads, d_ff 64, 2 layers,
            post-norm, ReLU, no dropout) between an nn.Embedding plus sinusoidal positions
            and an nn.Linear labelling head; each step a padded batch of 16 examples of
            8 … 12 tokens with a key-padding mask, cross-entropy over the real tokens, Adam;
  forward   nn.TransformerEncoder of 6 layers, d_model 512, 8 heads, d_ff 2048, in eval
            mode without gradients, on one sequence of N = 512 rows.
Prints one JSON line per figure, each the median of several timed repeats after a warm-up.
Usage: pytorch_transformer.py THREADS [training|forward]"""
import json
import math
import statistics
import sys
import time

import torch

VOCABULARY, LABELS, EXAMPLES, BATCH = 16, 4, 64, 16


def training_data():
    """Example i has 8 + i mod 5 tokens; ids and labels from the same linear congruential
    sequence as the C++ program's."""
    state = 1

    def draw(below):
        nonlocal state
        state = (state * 1103515245 + 12345) % 2**32
        return (state >> 16) % below

    examples = []
    for i in range(EXAMPLES):
        ids, labels = [], []
        for _ in range(8 + i % 5):
            ids.append(draw(VOCABULARY))
            labels.append(draw(LABELS))
        examples.append((ids, labels))
    return examples


def sinusoidal(length, d_model):
    position = torch.arange(length, dtype=torch.float64).unsqueeze(1)
    rate = torch.exp(torch.arange(0, d_model, 2, dtype=torch.float64) * (-math.log(10000.0) / d_model))
    table = torch.zeros(length, d_model, dtype=torch.float64)
    table[:, 0::2] = torch.sin(position * rate)
    table[:, 1::2] = torch.cos(position * rate)
    return table


class Labeller(torch.nn.Module):
    def __init__(self, d_model=32, heads=4, d_ff=64, layers=2, max_length=16):
        super().__init__()
        self.embedding = torch.nn.Embedding(VOCABULARY, d_model)
        self.register_buffer("positions", sinusoidal(max_length, d_model))
        layer = torch.nn.TransformerEncoderLayer(d_model, heads, d_ff, dropout=0.0, batch_first=True)
        self.encoder = torch.nn.TransformerEncoder(layer, layers)
        self.head = torch.nn.Linear(d_model, LABELS)

    def forward(self, ids, padding):
        x = self.embedding(ids) + self.positions[: ids.shape[1]]
        return self.head(self.encoder(x, src_key_padding_mask=padding))


def padded_batches(examples):
    """Every batch of the C++ trainer's order (examples (s·B + b) mod M), padded to its
    longest example: ids, labels (−100 at padding, which cross_entropy ignores), the mask."""
    batches = []
    for step in range(EXAMPLES // BATCH):  # the order repeats after M / B steps
        chosen = [examples[(step * BATCH + b) % EXAMPLES] for b in range(BATCH)]
        longest = max(len(ids) for ids, _ in chosen)
        ids = torch.zeros(BATCH, longest, dtype=torch.long)
        labels = torch.full((BATCH, longest), -100, dtype=torch.long)
        padding = torch.ones(BATCH, longest, dtype=torch.bool)  # True: padding, not attended to
        for b, (example_ids, example_labels) in enumerate(chosen):
            n = len(example_ids)
            ids[b, :n] = torch.tensor(example_ids)
            labels[b, :n] = torch.tensor(example_labels)
            padding[b, :n] = False
        batches.append((ids, labels, padding))
    return batches


def training(repeats=7, steps_per_repeat=50):
    torch.manual_seed(1)
    model = Labeller().double()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    batches = padded_batches(training_data())

    def step(s):
        ids, labels, padding = batches[s % len(batches)]
        optimizer.zero_grad()
        logits = model(ids, padding)
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, LABELS), labels.reshape(-1))
        loss.backward()
        optimizer.step()
        return loss.item()

    for s in range(steps_per_repeat):  # warm-up
        step(s)
    per_step = []
    for _ in range(repeats):
        start = time.perf_counter()
        for s in range(steps_per_repeat):
            loss = step(s)
        per_step.append((time.perf_counter() - start) / steps_per_repeat)
    seconds = statistics.median(per_step)
    return {"case": "training", "seconds_per_step": seconds, "steps_per_second": 1 / seconds, "loss": loss}


def forward(repeats=3, tokens=512):
    torch.manual_seed(1)
    layer = torch.nn.TransformerEncoderLayer(512, 8, 2048, dropout=0.0, batch_first=True)
    encoder = torch.nn.TransformerEncoder(layer, 6).double().eval()
    x = torch.rand(1, tokens, 512, dtype=torch.float64)
    times = []
    with torch.no_grad():
        encoder(x)  # warm-up
        for _ in range(repeats):
            start = time.perf_counter()
            encoder(x)
            times.append(time.perf_counter() - start)
    return {"case": "forward", "tokens": tokens, "seconds": statistics.median(times)}


def main(threads, only):
    torch.set_num_threads(threads)
    if only in (None, "training"):
        print(json.dumps(training()), flush=True)
    if only in (None, "forward"):
        print(json.dumps(forward()), flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
