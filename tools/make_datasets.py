#!/usr/bin/env python3
"""Writes the bundled datasets and the untrained models of samples/models/.

Plain Python, no packages needed, and deterministic: the examples are drawn with a
small seeded generator written out below (SplitMix64), so the files come out the same
on every machine and every Python version. Run:  python3 tools/make_datasets.py

Each task gets a dataset@1 file (train and test, no test example in train) and one or
two transformer@1 files without weights: the weights come from the model's seed when
`attention-lab train` starts. `make models` (tools/make_models.sh) trains them with
the settings of samples/models/training.json into the *.trained.json files.

The accuracies the descriptions promise are those `make models` reaches; the test
"bundled models train as committed" checks them with `attention-lab evaluate`.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from readable_json import dumps  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(HERE, "..", "samples", "models")


class SplitMix64:
    """The same numbers everywhere (Python's random is not promised to stay so)."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def choice(self, items):
        return items[self.below(len(items))]

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def write(name, content):
    with open(os.path.join(MODELS, name), "w", encoding="utf-8") as f:
        f.write(dumps(content, inline_objects_from=2) + "\n")


def split(generate, train_size, test_size, rng, test_first=()):
    """Distinct examples: the ones in test_first, then fresh draws, never one in both sets.
    generate(rng) gives one example as a tuple. The draws are dealt to the two sets in
    proportion (train_size : test_size), so both see the same mix."""
    test = list(test_first)
    seen = set(test)
    train = []
    while len(train) < train_size or len(test) < test_size:
        example = generate(rng)
        if example in seen:
            continue
        seen.add(example)
        test_is_due = len(train) >= len(test) * train_size // test_size
        if len(test) < test_size and (test_is_due or len(train) == train_size):
            test.append(example)
        else:
            train.append(example)
    return train, test


def dataset(title, description, task, train, test):
    return {"format": "attention-lab/dataset@1", "title": title, "description": description, "task": task,
            "train": train, "test": test}


def model(title, description, task, architecture, vocabulary, outputs, seed):
    content = {"format": "attention-lab/transformer@1", "title": title, "description": description, "task": task,
               "architecture": architecture, "vocabulary": vocabulary}
    if outputs is not None:
        content["outputs"] = outputs
    content["seed"] = seed
    return content


def percent(fraction):
    """0.8875 → "88.7%": rounded down, so a stated accuracy is never more than reached."""
    tenths = int(fraction * 1000 + 1e-9)
    return f"{tenths // 10}.{tenths % 10}%" if tenths % 10 else f"{tenths // 10}%"


def percent_up(fraction):
    """A bound: rounded up, so the true figure is never above it."""
    tenths = -int(-fraction * 1000 // 1)
    return f"{tenths // 10}.{tenths % 10}%"


# ---------------------------------------------------------------------------------------
# Labelling: "I saw a saw" (note 001 §3.1). The same word is a noun or a verb ("saw",
# "felt", "ground") or a pronoun or a determiner ("her"), and only its neighbours tell which.
SUBJECT_PRONOUNS = ["I", "you", "we", "they", "she", "he"]
OBJECT_PRONOUNS = ["me", "you", "us", "them", "her", "him"]
DETERMINERS = ["a", "the", "my", "her"]
ADJECTIVES = ["old", "new", "big", "red", "light"]
NOUNS = ["saw", "felt", "ground", "cat", "dog", "box", "tree", "duck"]
VERBS = ["saw", "felt", "ground", "liked", "found", "painted"]
PARTS = ["PRON", "VERB", "DET", "NOUN", "ADJ"]


def noun_phrase(rng):
    if rng.below(2):
        return [(rng.choice(DETERMINERS), "DET"), (rng.choice(NOUNS), "NOUN")]
    return [(rng.choice(DETERMINERS), "DET"), (rng.choice(ADJECTIVES), "ADJ"), (rng.choice(NOUNS), "NOUN")]


def tagged_sentence(rng):
    subject = [(rng.choice(SUBJECT_PRONOUNS), "PRON")] if rng.below(2) else noun_phrase(rng)
    verb = [(rng.choice(VERBS), "VERB")]
    obj = [(rng.choice(OBJECT_PRONOUNS), "PRON")] if rng.below(3) == 0 else noun_phrase(rng)
    return tuple(subject + verb + obj)


def context_free_ceiling(examples):
    """The best accuracy any tagger that looks at one word alone can have on these examples:
    each word always gets one label, at best the label it has most often here."""
    counts = {}
    for sentence in examples:
        for word, part in sentence:
            counts.setdefault(word, {}).setdefault(part, 0)
            counts[word][part] += 1
    best = sum(max(parts.values()) for parts in counts.values())
    total = sum(sum(parts.values()) for parts in counts.values())
    return best / total


def i_saw_a_saw():
    rng = SplitMix64(2026)
    showcase = [
        (("I", "PRON"), ("saw", "VERB"), ("a", "DET"), ("saw", "NOUN")),
        (("I", "PRON"), ("saw", "VERB"), ("her", "DET"), ("saw", "NOUN")),
        (("I", "PRON"), ("saw", "VERB"), ("her", "PRON")),
        (("the", "DET"), ("saw", "NOUN"), ("felt", "VERB"), ("the", "DET"), ("light", "ADJ"), ("felt", "NOUN")),
        (("we", "PRON"), ("ground", "VERB"), ("the", "DET"), ("ground", "NOUN")),
    ]
    train, test = split(tagged_sentence, 800, 200, rng, showcase)
    ceiling = context_free_ceiling(test)
    words_of = lambda sentences: [[w for w, _ in s] for s in sentences]
    as_examples = lambda sentences: [{"input": [w for w, _ in s], "target": [p for _, p in s]} for s in sentences]
    write("i-saw-a-saw.dataset.json", dataset(
        "I saw a saw: parts of speech",
        "Short sentences (subject, verb, object) where the same word plays different parts: \"saw\", "
        "\"felt\" and \"ground\" are verbs or nouns, \"her\" is a pronoun or a determiner. Each word's label "
        "is its part of speech: PRON, VERB, DET, NOUN or ADJ. "
        f"{len(train)} training sentences, {len(test)} test sentences (\"I saw a saw\" and \"I saw her saw\" "
        "among them), none in both. A tagger that looks at each word alone must give \"saw\" one label "
        f"wherever it stands, so on the test set it can be right at most {percent_up(ceiling)} of the time.",
        "labelling", as_examples(train), as_examples(test)))
    attention = {"d_model": 24, "heads": 2, "d_ff": 48, "encoder_layers": 2, "attention": True, "norm": "post",
                 "positional_encoding": "sinusoidal", "max_length": 8}
    write("i-saw-a-saw.model.json", model(
        "I saw a saw: self-attention",
        "Labels each word with its part of speech. Two encoder layers: in each, self-attention lets every word "
        "look at the others before a small fully-connected network works on it, so the second \"saw\" of \"I saw "
        "a saw\" can see the \"a\" before it and become a noun. Trained with make models, it labels "
        f"{percent(stated('i-saw-a-saw', 'test'))} of the words of the test set right.",
        "labelling", attention, vocabulary_of(words_of(train + test)), PARTS, 1))
    baseline = {"d_model": 24, "heads": 2, "d_ff": 48, "encoder_layers": 1, "attention": False, "norm": "post",
                "positional_encoding": "none", "max_length": 8}
    baseline_accuracy = stated("i-saw-a-saw-baseline", "test")
    write("i-saw-a-saw-baseline.model.json", model(
        "I saw a saw: each word alone",
        "The first method of the lecture: each word goes through the same fully-connected network on its own, "
        "with no attention and no positions, so \"saw\" gets the same label wherever it stands. Ignoring the "
        f"context allows at most {percent_up(ceiling)} on the test set; trained with make models it reaches "
        f"{percent(baseline_accuracy)}. Compare it with the self-attention model, which gets 100%.",
        "labelling", baseline, vocabulary_of(words_of(train + test)), PARTS, 1))
    assert baseline_accuracy <= ceiling


def vocabulary_of(texts):
    """Every word of the texts in the order it first appears, so the vocabulary reads naturally."""
    words = []
    for text in texts:
        for word in text:
            if word not in words:
                words.append(word)
    return words


# ---------------------------------------------------------------------------------------
# Classification: a negation flips the sentiment word. "The film was good" is positive,
# "the film was not good" negative: neither "not" nor "good" alone decides, only the two
# together, so the two tokens must look at each other.
POSITIVE = ["good", "great", "nice", "fun"]
NEGATIVE = ["bad", "boring", "awful", "dull"]


def review(rng):
    words = [rng.choice(["the", "this", "that"]), rng.choice(["film", "book", "food", "song", "game", "show"]),
             rng.choice(["is", "was"])]
    negated = rng.below(2) == 1
    if negated:
        words.append("not")
    intensifier = rng.choice(["", "very", "really", "quite"])
    if intensifier:
        words.append(intensifier)
    positive = rng.below(2) == 1
    words.append(rng.choice(POSITIVE if positive else NEGATIVE))
    return tuple(words) + (("positive" if positive != negated else "negative"),)


def negation():
    rng = SplitMix64(4)
    train, test = split(review, 500, 200, rng)
    as_examples = lambda reviews: [{"input": list(r[:-1]), "target": r[-1]} for r in reviews]
    write("negation.dataset.json", dataset(
        "Not good: negation flips the sentiment",
        "Short reviews such as \"the film was not very good\", each labelled positive or negative. The label "
        "depends on two words together: the sentiment word (good, great, nice, fun; bad, boring, awful, dull) "
        "and whether \"not\" comes before it. "
        f"{len(train)} training reviews, {len(test)} test reviews, none in both.",
        "classification", as_examples(train), as_examples(test)))
    write("negation.model.json", model(
        "Not good: negation",
        "Says whether a short review is positive or negative. One encoder layer, then the mean of the "
        "vectors goes to the output layer. A sum of word-by-word scores cannot do this (\"not\" would have "
        "to make \"good\" negative and \"bad\" positive at once); self-attention lets \"not\" and the "
        "sentiment word see each other. Trained with make models, it gets "
        f"{percent(stated('negation', 'test'))} of the test reviews right.",
        "classification",
        {"d_model": 16, "heads": 2, "d_ff": 32, "encoder_layers": 1, "positional_encoding": "sinusoidal",
         "max_length": 8},
        vocabulary_of([r[:-1] for r in train + test]),
        ["positive", "negative"], 1))


# ---------------------------------------------------------------------------------------
# Seq2seq: English number words to Chinese numerals. The words and the characters line up
# almost one for one ("three hundred twenty one" → "三 百 二 十 一"), so the cross-attention
# weights read as an alignment.
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]


def english(n):
    words = []
    if n >= 100:
        words += [ONES[n // 100], "hundred"]
    rest = n % 100
    if 10 <= rest < 20:
        words.append(TEENS[rest - 10])
    else:
        if rest >= 20:
            words.append(TENS[rest // 10])
        if rest % 10:
            words.append(ONES[rest % 10])
    return words


def chinese(n):
    chars = []
    if n >= 100:
        chars += [DIGITS[n // 100], "百"]
    rest = n % 100
    if n >= 100 and 0 < rest < 10:
        chars += ["零", DIGITS[rest]]
        return chars
    if rest >= 10:
        if rest >= 20 or n >= 100:
            chars.append(DIGITS[rest // 10])
        chars.append("十")
    if rest % 10:
        chars.append(DIGITS[rest % 10])
    return chars


def number_words():
    assert " ".join(chinese(321)) == "三 百 二 十 一" and " ".join(chinese(15)) == "十 五"
    assert " ".join(chinese(305)) == "三 百 零 五" and " ".join(chinese(110)) == "一 百 一 十"
    rng = SplitMix64(999)
    # Every number below 100 is trained on (there are few of them and each has its own
    # pattern); the test numbers are drawn from 100 … 999.
    numbers = list(range(100, 1000))
    rng.shuffle(numbers)
    showcase = [321, 305, 110]
    test = showcase + [n for n in numbers if n not in showcase][:197]
    train = [n for n in range(1, 1000) if n not in test]
    rng.shuffle(train)  # batches take the examples in file order
    as_examples = lambda ns: [{"input": english(n), "target": chinese(n)} for n in ns]
    write("number-words.dataset.json", dataset(
        "Number words to Chinese numerals",
        "Every number from 1 to 999 written in English words, with its Chinese numerals as the target: "
        "\"three hundred twenty one\" → \"三 百 二 十 一\", \"fifteen\" → \"十 五\", "
        "\"three hundred five\" → "
        f"\"三 百 零 五\". {len(train)} numbers to train on (every number below 100 among them), {len(test)} "
        "others from 100 to 999 to test.",
        "seq2seq", as_examples(train), as_examples(test)))
    vocabulary = ONES[1:] + TEENS + TENS[2:] + ["hundred"]
    write("number-words.model.json", model(
        "Number words to Chinese numerals",
        "An encoder reads the English words, a decoder writes the Chinese numerals one by one, starting from "
        "<bos> and stopping at <eos>. The cross-attention shows which English word each character comes from: "
        "for \"three hundred twenty one\", the decoder row that writes \"三\" (it reads <bos>) looks at \"three\", "
        "the row that writes \"二\" at \"twenty\", the row that writes \"一\" at \"one\". Trained with make "
        f"models, it writes {percent(stated('number-words', 'test'))} of the test numbers exactly right.",
        "seq2seq",
        {"d_model": 32, "heads": 4, "d_ff": 64, "encoder_layers": 1, "decoder_layers": 1,
         "positional_encoding": "sinusoidal", "max_length": 8},
        vocabulary, ["<bos>", "<eos>"] + DIGITS + ["十", "百"], 1))


LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h"]


def letter_sequence(rng):
    return tuple(rng.choice(LETTERS) for _ in range(3 + rng.below(4)))


def reverse():
    rng = SplitMix64(321)
    train, test = split(letter_sequence, 800, 200, rng, [("a", "b", "c", "d", "e")])
    as_examples = lambda seqs: [{"input": list(s), "target": list(reversed(s))} for s in seqs]
    write("reverse.dataset.json", dataset(
        "Reverse a sequence",
        "Sequences of 3 to 6 letters (a to h), each with the same letters backwards as the target: "
        f"\"a b c d e\" → \"e d c b a\". {len(train)} sequences to train on, {len(test)} others to test.",
        "seq2seq", as_examples(train), as_examples(test)))
    write("reverse.model.json", model(
        "Reverse a sequence",
        "An encoder reads the letters, a decoder writes them backwards. The first letter written is the last "
        "one read, so the cross-attention weights form an anti-diagonal: the decoder row that writes the "
        "j-th letter looks at the input's position N − 1 − j (counting from 0). Trained with make models, it "
        "reverses "
        f"{percent(stated('reverse', 'test'))} of the test sequences exactly.",
        "seq2seq",
        {"d_model": 32, "heads": 4, "d_ff": 64, "encoder_layers": 1, "decoder_layers": 1,
         "positional_encoding": "learned", "max_length": 8},
        LETTERS, ["<bos>", "<eos>"] + LETTERS, 1))


# ---------------------------------------------------------------------------------------
# Language model: a few letters, a bar, the same letters again ("c a f | c a f"). The first
# half is random, the second half is a copy: after "| c a" the next letter is what followed
# "a" the first time. That look-back (find the earlier occurrence, copy its successor) is
# what an "induction head" of a GPT does.
ALPHABET = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]


def copy_text(rng):
    letters = list(ALPHABET)
    rng.shuffle(letters)
    first = letters[:3 + rng.below(3)]
    return tuple(first + ["|"] + first)


def predictable_share(texts):
    """The share of next-token predictions that the text decides: the copy after the bar
    (the letters before it are random)."""
    copied = sum((len(t) - 1) // 2 for t in texts)
    return copied / sum(len(t) - 1 for t in texts)


def induction():
    rng = SplitMix64(12)
    train, test = split(copy_text, 800, 200, rng, [tuple("cafe|cafe")])
    share = predictable_share(test)
    write("induction.dataset.json", dataset(
        "Copy after the bar",
        "Texts of 3 to 5 different letters, a bar, then the same letters again: \"c a f e | c a f e\". "
        "Before the bar the letters are random; after it each letter is decided by the first half. "
        f"{len(train)} texts to train on, {len(test)} others to test; in the test texts {percent(share)} "
        "of the next-letter predictions are copies.",
        "language_model", [{"input": list(t)} for t in train], [{"input": list(t)} for t in test]))
    write("induction.model.json", model(
        "Copy after the bar: a tiny GPT",
        "A decoder-only Transformer (GPT) that reads left to right and predicts each next letter. Before the "
        "bar no model can do better than guess; after it, the letter to write is the one that followed the "
        "current letter's earlier occurrence, and masked self-attention learns to look it up. Trained with "
        f"make models, {percent(stated('induction', 'test'))} of its next-letter predictions on the test texts "
        f"are right (the copies are {percent(share)} of them; type a prompt such as \"b e h |\" to watch it copy).",
        "language_model",
        {"d_model": 16, "heads": 2, "d_ff": 32, "decoder_layers": 2, "norm": "pre",
         "positional_encoding": "learned", "max_length": 12},
        ALPHABET + ["|"], None, 1))


def stated(name, split_name):
    """The accuracy that training.json says `make models` reaches (ctest checks it)."""
    with open(os.path.join(MODELS, "training.json"), encoding="utf-8") as f:
        for entry in json.load(f)["models"]:
            if entry["model"] == name + ".model.json":
                return entry["accuracy"][split_name]
    raise KeyError(name)


def main():
    os.makedirs(MODELS, exist_ok=True)
    i_saw_a_saw()
    negation()
    number_words()
    reverse()
    induction()


if __name__ == "__main__":
    main()
