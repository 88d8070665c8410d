"""JSON laid out for people: every row of numbers (or list of tokens) on one line, so that a
sample reads like its matrices and a dataset like its list of examples. Shared by
make_samples.py and make_datasets.py."""
import json


def dumps(value, indent=0, inline_objects_from=None):
    """The text of `value`. Objects nested `inline_objects_from` levels deep or more are
    written on one line (a dataset's examples); None keeps every object open."""
    pad = "  " * indent
    if isinstance(value, dict) and (inline_objects_from is None or indent < inline_objects_from):
        items = [f'{pad}  {json.dumps(k, ensure_ascii=False)}: '
                 f'{dumps(v, indent + 1, inline_objects_from).lstrip()}' for k, v in value.items()]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and value and all(not isinstance(v, (list, dict)) for v in value):
        return pad + json.dumps(value, ensure_ascii=False)
    if isinstance(value, list) and value:
        return (pad + "[\n" + ",\n".join(dumps(v, indent + 1, inline_objects_from) for v in value) + "\n" +
                pad + "]")
    return pad + json.dumps(value, ensure_ascii=False)
