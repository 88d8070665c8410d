#!/usr/bin/env python3
"""PyTorch's nn.MultiheadAttention on the sizes of bench/run_benchmark.cpp, for the
ratios of `make bench`: float64, need_weights=True and average_attn_weights=False (every
head's weights kept, as the trace keeps them), the same thread count as the C++ run.
Prints a JSON list of {"tokens", "masked", "seconds"} (best of the repeats).
Usage: pytorch_mha.py THREADS N [N ...]"""
import json
import sys
import time

import torch

D_MODEL, HEADS = 512, 8


def best_time(module, x, mask, repeats):
    best = float("inf")
    with torch.no_grad():
        for _ in range(repeats):
            start = time.perf_counter()
            module(x, x, x, need_weights=True, average_attn_weights=False, attn_mask=mask)
            best = min(best, time.perf_counter() - start)
    return best


def main(threads, sizes):
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    results = []
    for n in sizes:
        module = torch.nn.MultiheadAttention(D_MODEL, HEADS, batch_first=True, dtype=torch.float64)
        x = torch.rand(1, n, D_MODEL, dtype=torch.float64)
        causal = torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)  # True: may not attend
        repeats = 1 if n >= 4096 else 3
        best_time(module, x, None, 1)  # warm up
        for masked, mask in ((False, None), (True, causal)):
            results.append({"tokens": n, "masked": masked, "seconds": best_time(module, x, mask, repeats)})
    print(json.dumps(results))


if __name__ == "__main__":
    main(int(sys.argv[1]), [int(n) for n in sys.argv[2:]])
