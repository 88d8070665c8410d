#!/usr/bin/env python3
"""Turns a PyTorch model's state dict into an attention-lab/transformer@1 file (FORMATS.md).

The model is what a PyTorch user writes: an nn.Embedding, an nn.TransformerEncoder or an
nn.Transformer (its encoder.layers.N.* and decoder.layers.N.*, and the final
encoder.norm / decoder.norm), an optional nn.Embedding of learned positions, and a final
nn.Linear, all with batch_first=True and dropout playing no part (the app computes eval
mode). PyTorch's names inside the layers (self_attn.in_proj_weight, multihead_attn.*,
linear1, linear2, norm1..3) are the file's names, so the conversion renames the prefixes
and checks every shape. What the weights cannot say is given as arguments: the task, the
heads, norm_first, the activation, the positions and the vocabularies.

  /usr/bin/python3 tools/pytorch_to_transformer.py MODEL.pt -o MODEL.json --task seq2seq \
      --heads 2 --vocabulary src.txt --outputs tgt.txt [--norm-first] [--activation gelu] \
      [--positional learned|sinusoidal|none] [--max-length 32] [--title "…"] [--description "…"]
      [--src-embedding NAME] [--tgt-embedding NAME] [--positional-weight NAME] [--generator NAME]
      [--encoder PREFIX] [--decoder PREFIX] [--final-norm auto|yes|no]

MODEL.pt: torch.save(model.state_dict()) (or a whole saved module). Vocabulary files hold
one token per line (or a JSON list); ids are line numbers from 0. seq2seq outputs must
hold "<bos>" and "<eos>". A language model is an nn.TransformerEncoder run with a causal
mask: pass its prefix with --decoder. Names default to whatever is unambiguous in the
state dict: a stack is found by its layers.0.linear1.weight, the embeddings and the output
layer by the names given or the only 2-D tensors left. Needs python3-torch.
"""
import argparse
import json
import math
import re
import sys

FORMAT = "attention-lab/transformer@1"
TASKS = ("labelling", "classification", "seq2seq", "language_model")


class ConversionError(Exception):
    pass


def read_tokens(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.lstrip().startswith("["):
        tokens = json.loads(text)
    else:
        tokens = [line.strip() for line in text.splitlines() if line.strip()]
    if len(set(tokens)) != len(tokens) or not tokens:
        raise ConversionError(f"{path}: tokens must be distinct and at least one")
    return tokens


def load_state(path):
    import torch
    state = torch.load(path, map_location="cpu")
    if hasattr(state, "state_dict"):
        state = state.state_dict()
    if not isinstance(state, dict):
        raise ConversionError(f"{path}: neither a state dict nor a module")
    return {name: t.detach().to(torch.float64).numpy() for name, t in state.items() if hasattr(t, "detach")}


def stack_prefixes(state):
    """Every prefix P with P + "layers.0.linear1.weight": (encoder-style, decoder-style) lists."""
    prefixes = sorted({m.group(1) for name in state for m in [re.match(r"(.*)layers\.0\.linear1\.weight$", name)] if m})
    decoders = [p for p in prefixes if p + "layers.0.multihead_attn.in_proj_weight" in state]
    return [p for p in prefixes if p not in decoders], decoders


def only(candidates, what, flag):
    if len(candidates) != 1:
        raise ConversionError(f"cannot tell which tensor is the {what} ({sorted(candidates) or 'none found'}): give {flag}")
    return candidates[0]


def convert(state, args):
    task = args.task
    vocabulary = read_tokens(args.vocabulary)
    outputs = read_tokens(args.outputs) if task != "language_model" else None
    if task == "seq2seq" and not {"<bos>", "<eos>"} <= set(outputs):
        raise ConversionError(f"{args.outputs}: seq2seq outputs must hold <bos> and <eos>")
    encoders, decoders = stack_prefixes(state)
    enc_prefix = dec_prefix = None
    if task in ("labelling", "classification", "seq2seq"):
        enc_prefix = args.encoder if args.encoder is not None else only(encoders, "encoder stack", "--encoder")
    if task == "seq2seq":
        dec_prefix = args.decoder if args.decoder is not None else only(decoders, "decoder stack", "--decoder")
    if task == "language_model":
        dec_prefix = args.decoder if args.decoder is not None else only(encoders, "language model's stack", "--decoder")

    weights, used = {}, set()

    def take(source, target):
        if source not in state:
            raise ConversionError(f"the state dict has no tensor {source!r}")
        weights[target] = state[source]
        used.add(source)

    def take_stack(prefix, name):
        layers = sorted({int(m.group(1)) for s in state for m in [re.match(re.escape(prefix) + r"layers\.(\d+)\.", s)] if m})
        if layers != list(range(len(layers))) or not layers:
            raise ConversionError(f"{prefix}layers: layers must be numbered 0, 1, … (found {layers})")
        for source in sorted(state):
            if source.startswith(prefix + "layers."):
                take(source, name + "." + source[len(prefix):])
        has_norm = prefix + "norm.weight" in state
        if has_norm:
            take(prefix + "norm.weight", name + ".norm.weight")
            take(prefix + "norm.bias", name + ".norm.bias")
        return len(layers), has_norm

    counts, norms = {}, []
    if enc_prefix is not None:
        counts["encoder_layers"], has = take_stack(enc_prefix, "encoder")
        norms.append(has)
    if dec_prefix is not None:
        counts["decoder_layers"], has = take_stack(dec_prefix, "decoder")
        norms.append(has)
    if len(set(norms)) != 1:
        raise ConversionError("one stack has a final LayerNorm and the other not: the format has one final_norm for both")
    final_norm = norms[0]
    if args.final_norm != "auto" and (args.final_norm == "yes") != final_norm:
        raise ConversionError(f"--final-norm {args.final_norm}, but the state dict {'has' if final_norm else 'has no'} final LayerNorm")

    # Tables (nn.Embedding: a 2-D weight without a bias) left over after the stacks.
    tables = [n for n in state if n not in used and len(state[n].shape) == 2 and not
              (n.endswith(".weight") and n[:-len(".weight")] + ".bias" in state)]
    src = args.src_embedding or only([n for n in tables if state[n].shape[0] == len(vocabulary)],
                                     "input embedding", "--src-embedding")
    take(src, "src_embedding.weight")
    if task == "seq2seq":
        tgt = args.tgt_embedding or only([n for n in tables if n not in used and state[n].shape[0] == len(outputs)],
                                         "output embedding", "--tgt-embedding")
        take(tgt, "tgt_embedding.weight")
    if args.positional == "learned":
        take(args.positional_weight or only([n for n in tables if n not in used], "positional table",
                                            "--positional-weight"), "positional.weight")
    rest = [n for n in state if n not in used and len(state[n].shape) == 2]
    generator = args.generator
    if generator is None:
        generator = only([n[:-len(".weight")] for n in rest if n not in used and n.endswith(".weight")
                          and n[:-len(".weight")] + ".bias" in state], "output layer", "--generator")
    take(generator + ".weight", "generator.weight")
    take(generator + ".bias", "generator.bias")

    d_model = weights["src_embedding.weight"].shape[1]
    d_ff = weights[("encoder" if enc_prefix is not None else "decoder") + ".layers.0.linear1.weight"].shape[0]
    if d_model % args.heads:
        raise ConversionError(f"--heads {args.heads} does not divide d_model {d_model}")
    max_length = args.max_length
    if args.positional == "learned":
        max_length = weights["positional.weight"].shape[0]
    architecture = {"d_model": d_model, "heads": args.heads, "d_ff": d_ff, **counts,
                    "attention": enc_prefix is None or enc_prefix + "layers.0.self_attn.in_proj_weight" in state,
                    "norm": "pre" if args.norm_first else "post", "final_norm": final_norm,
                    "activation": args.activation, "positional_encoding": args.positional, "max_length": max_length}
    order = check_shapes(task, architecture, weights, len(vocabulary), len(outputs) if outputs else 0)
    ignored = sorted(set(state) - used)
    if ignored:
        print(f"pytorch_to_transformer: not converted (not part of the model): {', '.join(ignored)}", file=sys.stderr)
    doc = {"format": FORMAT, "title": args.title}
    if args.description:
        doc["description"] = args.description
    doc.update({"task": task, "architecture": architecture, "vocabulary": vocabulary})
    if outputs is not None:
        doc["outputs"] = outputs
    doc["weights"] = {name: weights[name] for name in order}  # state-dict order
    return doc


def check_shapes(task, a, weights, n_vocabulary, n_outputs):
    """Every tensor the format expects is there with its shape, and nothing else; their names in order."""
    d, f = a["d_model"], a["d_ff"]
    expected = {"src_embedding.weight": (n_vocabulary, d)}
    if task == "seq2seq":
        expected["tgt_embedding.weight"] = (n_outputs, d)
    if a["positional_encoding"] == "learned":
        expected["positional.weight"] = (a["max_length"], d)
    attention = {"in_proj_weight": (3 * d, d), "in_proj_bias": (3 * d,), "out_proj.weight": (d, d), "out_proj.bias": (d,)}
    ff = {"linear1.weight": (f, d), "linear1.bias": (f,), "linear2.weight": (d, f), "linear2.bias": (d,)}
    norm = {"weight": (d,), "bias": (d,)}
    stacks = []
    if task != "language_model":
        stacks.append(("encoder", a["encoder_layers"], (["self_attn"] if a["attention"] else []),
                       (["norm1"] if a["attention"] else []) + ["norm2"]))
    if task == "seq2seq":
        stacks.append(("decoder", a["decoder_layers"], ["self_attn", "multihead_attn"], ["norm1", "norm2", "norm3"]))
    if task == "language_model":
        stacks.append(("decoder", a["decoder_layers"], ["self_attn"], ["norm1", "norm2"]))
    for stack, count, attns, norms in stacks:
        for layer in range(count):
            p = f"{stack}.layers.{layer}."
            expected.update({p + m + "." + k: s for m in attns for k, s in attention.items()})
            expected.update({p + k: s for k, s in ff.items()})
            expected.update({p + n + "." + k: s for n in norms for k, s in norm.items()})
        if a["final_norm"]:
            expected.update({stack + ".norm." + k: s for k, s in norm.items()})
    classes = n_vocabulary if task == "language_model" else n_outputs
    expected.update({"generator.weight": (classes, d), "generator.bias": (classes,)})
    for name, shape in expected.items():
        if name not in weights:
            raise ConversionError(f"{name}: missing (a {task} model of this architecture needs it)")
        if tuple(weights[name].shape) != shape:
            raise ConversionError(f"{name}: shape {tuple(weights[name].shape)}, expected {shape}")
    extra = sorted(set(weights) - set(expected))
    if extra:
        raise ConversionError(f"tensors the format has no place for: {', '.join(extra)}")
    for name, value in weights.items():
        if not all(math.isfinite(x) for x in value.reshape(-1).tolist()):
            raise ConversionError(f"{name}: holds a non-finite number")
    return list(expected)


def number(x):
    text = "%.17g" % x
    return text if any(c in text for c in ".en") else text + ".0"


def to_json(value, level=0):
    """JSON with 17 significant digits; one weight row per line."""
    pad = " " * (level + 1)
    if isinstance(value, dict):
        items = [json.dumps(k, ensure_ascii=False) + ": " + to_json(v, level + 1) for k, v in value.items()]
        return "{\n" + pad + (",\n" + pad).join(items) + "\n" + " " * level + "}"
    if hasattr(value, "tolist"):
        value = value.tolist()
        if value and isinstance(value[0], list):
            return "[\n" + pad + (",\n" + pad).join("[" + ", ".join(number(x) for x in row) + "]" for row in value) + "]"
        return "[" + ", ".join(number(x) for x in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("state_dict")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--task", required=True, choices=TASKS)
    parser.add_argument("--vocabulary", required=True, help="input tokens, one a line")
    parser.add_argument("--outputs", help="labels, or the output vocabulary of seq2seq (not for language_model)")
    parser.add_argument("--heads", type=int, required=True)
    parser.add_argument("--norm-first", action="store_true", help="the layers were built with norm_first=True")
    parser.add_argument("--activation", choices=("relu", "gelu"), default="relu")
    parser.add_argument("--positional", choices=("none", "sinusoidal", "learned"), default="sinusoidal")
    parser.add_argument("--max-length", type=int, default=32)
    parser.add_argument("--final-norm", choices=("auto", "yes", "no"), default="auto")
    parser.add_argument("--title", default="A PyTorch model")
    parser.add_argument("--description", default=None)
    for flag in ("--src-embedding", "--tgt-embedding", "--positional-weight", "--generator", "--encoder", "--decoder"):
        parser.add_argument(flag, default=None)
    args = parser.parse_args(argv)
    if args.task != "language_model" and not args.outputs:
        parser.error(f"--outputs is required for {args.task}")
    try:
        doc = convert(load_state(args.state_dict), args)
    except (ConversionError, OSError, ValueError) as error:
        print(f"pytorch_to_transformer: {error}", file=sys.stderr)
        return 2
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(to_json(doc) + "\n")
    a = doc["architecture"]
    print(f"pytorch_to_transformer: wrote {args.output}: {doc['task']}, d_model {a['d_model']}, {a['heads']} heads, "
          f"d_ff {a['d_ff']}, {a.get('encoder_layers', 0)} encoder and {a.get('decoder_layers', 0)} decoder layers",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
