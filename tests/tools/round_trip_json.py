"""JSON as the project's files write it: numbers with 17 significant digits (round trip),
each object's fields on their own lines, each list (a matrix row, a token list) on one line.
Imported by the golden-data scripts.
"""
import json
import math
import sys

import numpy as np


def _format(value, indent, level):
    if isinstance(value, np.ndarray):
        return _format(value.tolist(), indent, level)
    if isinstance(value, dict):
        if not value:
            return "{}"
        pad = "\n" + " " * (indent * (level + 1)) if indent else ""
        end = "\n" + " " * (indent * level) if indent else ""
        items = [json.dumps(str(k), ensure_ascii=False) + ": " + _format(v, indent, level + 1) for k, v in value.items()]
        return "{" + pad + ("," + pad).join(items) + end + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_format(v, indent, level + 1) for v in value) + "]"
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    v = float(value)
    if not math.isfinite(v):
        raise ValueError("a non-finite number cannot be written")
    text = "%.17g" % v
    if "." not in text and "e" not in text and "inf" not in text and "nan" not in text:
        text += ".0"
    return text


def dumps(value, indent=1):
    """JSON text; dicts indented one level per nesting, each list on one line."""
    return _format(value, indent, 0) + "\n"


def write_json(path, value):
    text = dumps(value)
    if path in (None, "-"):
        sys.stdout.write(text)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
