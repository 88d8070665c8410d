"""The Transformer of MATH.md §9 built from PyTorch's own modules, in float64.

nn.TransformerEncoder of nn.TransformerEncoderLayer (the encoder, and the language model's
causal decoder), nn.TransformerDecoder of nn.TransformerDecoderLayer (seq2seq), nn.Embedding
and nn.Linear, named so that the module's state dict IS the transformer@1 weight table. The
golden-data script uses it for logits, autograd gradients and torch.optim training; it is
imported, not run.

The modules stay in training mode (dropout is 0, so the numbers are those of eval mode):
PyTorch 1.13 takes a "fast path" in eval mode that is not the plain float64 math.
"""
import math

import torch
from torch import nn

torch.set_default_dtype(torch.float64)


class FeedForwardLayer(nn.Module):
    """The feed-forward-only baseline's block: [FFN] with Add & Norm (norm2), no attention."""

    def __init__(self, d, d_ff, activation, norm_first):
        super().__init__()
        self.linear1 = nn.Linear(d, d_ff)
        self.linear2 = nn.Linear(d_ff, d)
        self.norm2 = nn.LayerNorm(d, eps=1e-5)
        self.activation = nn.functional.gelu if activation == "gelu" else nn.functional.relu
        self.norm_first = norm_first

    def feed_forward(self, x):
        return self.linear2(self.activation(self.linear1(x)))

    def forward(self, src, src_mask=None, src_key_padding_mask=None):
        if self.norm_first:
            return src + self.feed_forward(self.norm2(src))
        return self.norm2(src + self.feed_forward(src))


def sinusoidal_table(n, d):
    e = torch.zeros(n, d)
    for i in range(n):
        for j in range(d):
            angle = i / (10000.0 ** ((j - j % 2) / d))
            e[i, j] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    return e


def causal_mask(n):  # True where attention is NOT allowed (PyTorch's boolean attn_mask)
    return torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)


class TorchTransformer(nn.Module):
    def __init__(self, task, arch, n_vocabulary, n_outputs):
        super().__init__()
        d, heads, d_ff = arch["d_model"], arch["heads"], arch["d_ff"]
        self.task, self.arch = task, arch
        kw = dict(dim_feedforward=d_ff, dropout=0.0, activation=arch["activation"], batch_first=True,
                  norm_first=arch["norm"] == "pre", layer_norm_eps=1e-5)
        self.src_embedding = nn.Embedding(n_vocabulary, d)
        if task == "seq2seq":
            self.tgt_embedding = nn.Embedding(n_outputs, d)
        if arch["positional_encoding"] == "learned":
            self.positional = nn.Embedding(arch["max_length"], d)
        final = (lambda: nn.LayerNorm(d, eps=1e-5)) if arch["final_norm"] else (lambda: None)
        if task != "language_model":
            layer = (nn.TransformerEncoderLayer(d, heads, **kw) if arch["attention"]
                     else FeedForwardLayer(d, d_ff, arch["activation"], arch["norm"] == "pre"))
            self.encoder = nn.TransformerEncoder(layer, arch["encoder_layers"], norm=final(),
                                                 enable_nested_tensor=False)
        if task == "seq2seq":
            self.decoder = nn.TransformerDecoder(nn.TransformerDecoderLayer(d, heads, **kw),
                                                 arch["decoder_layers"], norm=final())
        if task == "language_model":  # GPT: blocks of [causal self-attention, FFN]
            self.decoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(d, heads, **kw),
                                                 arch["decoder_layers"], norm=final(), enable_nested_tensor=False)
        classes = n_vocabulary if task == "language_model" else n_outputs
        self.generator = nn.Linear(d, classes)
        self.train()  # see the module's docstring: no fast path

    def load_weights(self, weights):
        """weights: {state-dict name: nested lists or arrays}; every tensor must be given."""
        state = {name: torch.tensor(value, dtype=torch.float64) for name, value in weights.items()}
        self.load_state_dict(state, strict=True)

    def weights(self):
        return {name: t.detach().numpy().copy() for name, t in self.state_dict().items()}

    def embed(self, ids, table):  # 1 × N × d
        x = table(torch.tensor([ids]))
        n = len(ids)
        kind = self.arch["positional_encoding"]
        if kind == "learned":
            x = x + self.positional.weight[:n].unsqueeze(0)
        elif kind == "sinusoidal":
            x = x + sinusoidal_table(n, self.arch["d_model"]).unsqueeze(0)
        return x

    def forward(self, input_ids, decoder_ids=None):
        """Logits R × C of one example (no batch dimension in the result)."""
        if self.task == "language_model":
            h = self.decoder(self.embed(input_ids, self.src_embedding), mask=causal_mask(len(input_ids)))
        else:
            memory = self.encoder(self.embed(input_ids, self.src_embedding))
            if self.task == "seq2seq":
                h = self.decoder(self.embed(decoder_ids, self.tgt_embedding), memory,
                                 tgt_mask=causal_mask(len(decoder_ids)))
            elif self.task == "classification":
                h = memory.mean(dim=1, keepdim=True)
            else:
                h = memory
        return self.generator(h)[0]


def from_model(model):
    """A TorchTransformer with the weights of a reference_transformer.Model."""
    n_out = len(model.outputs) if model.outputs is not None else 0
    net = TorchTransformer(model.task, model.arch, len(model.vocabulary), n_out)
    net.load_weights({name: value for name, value in model.weights.items()})
    return net


def example_loss_terms(net, model, example):
    """(sum of −log p[target] over the example's predicted positions, their count)."""
    from reference_transformer import BOS, EOS
    task = model.task
    src = model.ids(example["input"], model.vocabulary, "input")
    if task == "seq2seq":
        target = list(example["target"])
        logits = net(src, model.ids([BOS] + target, model.outputs, "target"))
        targets = model.ids(target + [EOS], model.outputs, "target")
    elif task == "language_model":
        logits = net(src)[:-1]
        targets = src[1:]
    elif task == "classification":
        logits = net(src)
        targets = model.ids([example["target"]], model.outputs, "target")
    else:
        logits = net(src)
        targets = model.ids(example["target"], model.outputs, "target")
    if not targets:
        return torch.zeros(()), 0
    return nn.functional.cross_entropy(logits, torch.tensor(targets), reduction="sum"), len(targets)


def batch_loss(net, model, examples):
    """MATH.md §10: the token-weighted mean cross-entropy over the batch, each example at its own length."""
    total, positions = torch.zeros(()), 0
    for example in examples:
        s, n = example_loss_terms(net, model, example)
        total = total + s
        positions += n
    return total / positions
