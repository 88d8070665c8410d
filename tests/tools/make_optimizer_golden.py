#!/usr/bin/env python3
"""Makes tests/data/golden/train/optimizers.json: what torch.optim does to a few weights.

For each optimiser of MATH.md §10 (SGD, SGD with momentum and weight decay, Adam, AdamW),
five steps on 13 float64 weights with a fresh random gradient each step; the file keeps the
initial weights, every gradient and the weights after every step. The C++ optimiser must
give the same numbers (tests/core/train/optimizer_test.cpp).

Run with Debian's python3-torch:  make golden
"""
import json
import os
import sys

import torch

torch.manual_seed(10)
CASES = [
    ("sgd", {"lr": 0.1}, torch.optim.SGD, {}),
    ("sgd", {"lr": 0.05, "momentum": 0.9, "weight_decay": 0.01}, torch.optim.SGD, {}),
    ("adam", {"lr": 0.01}, torch.optim.Adam, {}),
    ("adam", {"lr": 0.02, "weight_decay": 0.1}, torch.optim.AdamW, {}),
]


def case(name, settings, optimizer_class):
    theta = torch.randn(13, dtype=torch.float64) * 2
    initial = theta.tolist()
    theta.requires_grad_(True)
    optimizer = optimizer_class([theta], foreach=False, **settings)
    gradients, after = [], []
    for _ in range(5):
        g = torch.randn(13, dtype=torch.float64) * 3
        theta.grad = g.clone()
        optimizer.step()
        gradients.append(g.tolist())
        after.append(theta.detach().tolist())
    return {"optimizer": name, "learning_rate": settings["lr"], "momentum": settings.get("momentum", 0.0),
            "weight_decay": settings.get("weight_decay", 0.0), "torch": optimizer_class.__name__,
            "initial": initial, "gradients": gradients, "after": after}


def main(folder):
    os.makedirs(folder, exist_ok=True)
    cases = [case(name, settings, cls) for name, settings, cls, _ in CASES]
    with open(os.path.join(folder, "optimizers.json"), "w") as out:
        json.dump({"torch_version": torch.__version__, "cases": cases}, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/golden/train")
