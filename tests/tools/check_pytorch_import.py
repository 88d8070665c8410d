#!/usr/bin/env python3
"""Checks tools/pytorch_to_transformer.py on models built here with Debian's PyTorch.

Three models a PyTorch user would write, with every parameter randomised (float64):
  - seq2seq: nn.Embedding ×2, learned positions, nn.Transformer (norm_first, GELU, its
    final norms), an nn.Linear; names src_tokens, tgt_tokens, positions, transformer, out;
  - labelling: nn.Embedding, sinusoidal positions, nn.TransformerEncoder (post-norm, ReLU,
    no final norm), nn.Linear; names embed, encoder, tagger;
  - language_model: nn.Embedding, nn.TransformerEncoder with a causal mask and a final
    LayerNorm (pre-norm, GELU), nn.Linear; names tok, blocks, lm_head.
Each is saved with torch.save(state_dict()), converted by the tool, run through the NumPy
reference (reference_transformer.py) and compared with the PyTorch model's own output in
eval mode, as its user runs it; the largest difference is printed and must be ≤ 1e-10.
The seq2seq model's file and the PyTorch logits of one input are written to
OUT_DIR/pytorch_import.model.json and pytorch_import.expected.json, so that the C++ tests
can check the import without PyTorch.

Run:  /usr/bin/python3 tests/tools/check_pytorch_import.py [OUT_DIR]   (make golden runs it)
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference_transformer as ref  # noqa: E402
import round_trip_json as rtj  # noqa: E402
import torch_transformer as tt  # noqa: E402

CONVERTER = os.path.join(HERE, "..", "..", "tools", "pytorch_to_transformer.py")
TOLERANCE = 1e-10
D, HEADS, D_FF, MAX_LENGTH = 8, 2, 12, 8
WORDS = ["one", "two", "three", "hundred", "twenty", "and", "<pad>"]
DIGITS = ["<bos>", "<eos>", "0", "1", "2", "3"]
TAGS = ["NUM", "CONJ", "PAD"]


def randomise(model):
    """PyTorch's defaults leave biases at 0 and LayerNorm at γ = 1: move every number."""
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.3 * torch.randn_like(p))
    return model


class UserSeq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.src_tokens = nn.Embedding(len(WORDS), D)
        self.tgt_tokens = nn.Embedding(len(DIGITS), D)
        self.positions = nn.Embedding(MAX_LENGTH, D)
        self.transformer = nn.Transformer(d_model=D, nhead=HEADS, num_encoder_layers=2, num_decoder_layers=2,
                                          dim_feedforward=D_FF, dropout=0.1, activation="gelu", batch_first=True,
                                          norm_first=True)
        self.out = nn.Linear(D, len(DIGITS))

    def forward(self, src, tgt):
        x = self.src_tokens(src) + self.positions.weight[:src.shape[1]]
        y = self.tgt_tokens(tgt) + self.positions.weight[:tgt.shape[1]]
        causal = nn.Transformer.generate_square_subsequent_mask(tgt.shape[1])
        return self.out(self.transformer(x, y, tgt_mask=causal))


class UserTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(len(WORDS), D)
        layer = nn.TransformerEncoderLayer(D, HEADS, D_FF, dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, 2)
        self.tagger = nn.Linear(D, len(TAGS))

    def forward(self, src):
        x = self.embed(src) + tt.sinusoidal_table(src.shape[1], D)
        return self.tagger(self.encoder(x))


class UserGPT(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok = nn.Embedding(len(WORDS), D)
        layer = nn.TransformerEncoderLayer(D, HEADS, D_FF, dropout=0.1, activation="gelu", batch_first=True,
                                           norm_first=True)
        self.blocks = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(D))
        self.lm_head = nn.Linear(D, len(WORDS))

    def forward(self, src):
        causal = nn.Transformer.generate_square_subsequent_mask(src.shape[1])
        return self.lm_head(self.blocks(self.tok(src), mask=causal))


def convert(model, tmp, name, arguments):
    state_path = os.path.join(tmp, name + ".pt")
    torch.save(model.state_dict(), state_path)
    out = os.path.join(tmp, name + ".model.json")
    subprocess.run([sys.executable, CONVERTER, state_path, "-o", out, "--heads", str(HEADS)] + arguments,
                   check=True)
    return out


def write_tokens(tmp, name, tokens):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(tokens) + "\n")
    return path


def compare(label, reference_logits, torch_logits):
    diff = float(np.max(np.abs(reference_logits - torch_logits)))
    print(f"  {label}: converted file through the NumPy reference against the PyTorch model, "
          f"largest difference {diff:.3e}")
    if diff > TOLERANCE:
        sys.exit(f"{label}: the converted model differs from PyTorch by {diff:.3e}")


def main(argv):
    out_dir = argv[0] if argv else os.path.join(HERE, "..", "data", "golden", "transformer")
    torch.manual_seed(16)
    torch.set_num_threads(1)
    src_tokens = ["three", "hundred", "twenty", "one"]
    target = ["3", "2", "1"]
    print("PyTorch models converted by tools/pytorch_to_transformer.py:")
    with tempfile.TemporaryDirectory() as tmp:
        words = write_tokens(tmp, "words.txt", WORDS)

        seq2seq = randomise(UserSeq2Seq()).eval()
        path = convert(seq2seq, tmp, "seq2seq", [
            "--task", "seq2seq", "--vocabulary", words, "--outputs", write_tokens(tmp, "digits.txt", DIGITS),
            "--norm-first", "--activation", "gelu", "--positional", "learned", "--final-norm", "yes",
            "--src-embedding", "src_tokens.weight", "--tgt-embedding", "tgt_tokens.weight",
            "--title", "A PyTorch nn.Transformer, imported"])
        model = ref.Model.load(path)
        decoder_input = [ref.BOS] + target
        trace = ref.trace_for(model, src_tokens, target)
        with torch.no_grad():
            expected = seq2seq(torch.tensor([[WORDS.index(t) for t in src_tokens]]),
                               torch.tensor([[DIGITS.index(t) for t in decoder_input]]))[0].numpy()
        compare("seq2seq (nn.Transformer)", trace["logits"], expected)
        with open(path, encoding="utf-8") as f:
            converted = json.load(f)
        rtj.write_json(os.path.join(out_dir, "pytorch_import.model.json"), converted)
        rtj.write_json(os.path.join(out_dir, "pytorch_import.expected.json"), {
            "description": "The logits of the PyTorch model (nn.Transformer in eval mode) that "
                           "pytorch_import.model.json was converted from, for one input and target.",
            "input": src_tokens, "target": target, "decoder_input": decoder_input, "logits": expected})

        tagger = randomise(UserTagger()).eval()
        path = convert(tagger, tmp, "tagger", [
            "--task", "labelling", "--vocabulary", words, "--outputs", write_tokens(tmp, "tags.txt", TAGS),
            "--positional", "sinusoidal", "--max-length", str(MAX_LENGTH), "--final-norm", "no"])
        with torch.no_grad():
            expected = tagger(torch.tensor([[WORDS.index(t) for t in src_tokens]]))[0].numpy()
        compare("labelling (nn.TransformerEncoder)", ref.trace_for(ref.Model.load(path), src_tokens)["logits"], expected)

        gpt = randomise(UserGPT()).eval()
        path = convert(gpt, tmp, "gpt", ["--task", "language_model", "--vocabulary", words, "--norm-first",
                                         "--activation", "gelu", "--positional", "none", "--max-length",
                                         str(MAX_LENGTH)])
        with torch.no_grad():
            expected = gpt(torch.tensor([[WORDS.index(t) for t in src_tokens]]))[0].numpy()
        compare("language_model (causal nn.TransformerEncoder)",
                ref.trace_for(ref.Model.load(path), src_tokens)["logits"], expected)
    print(f"wrote {os.path.join(out_dir, 'pytorch_import.model.json')} and pytorch_import.expected.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
