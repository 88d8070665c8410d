#!/usr/bin/env python3
"""Writes the bundled samples in samples/. Plain Python, no packages needed.

The vectors and weights here are chosen by hand so each lesson's point is visible;
the comments say how. Run:  python3 tools/make_samples.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from readable_json import dumps  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "samples")


def write(name, sample):
    sample = {"format": "attention-lab/sample@1", **sample}
    with open(os.path.join(SAMPLES, name), "w", encoding="utf-8") as f:
        f.write(dumps(sample) + "\n")


def one_hot(size, *hot, value=1.0):
    row = [0.0] * size
    for index in hot:
        row[index] = value
    return row


def lecture_four_vectors():
    # The lecture's picture: a¹…a⁴ in, b¹…b⁴ out, α = q·k (dot product, unscaled as in
    # the lecture). Entries are small whole numbers or halves so every product can be
    # checked by hand.
    write("lecture-four-vectors.json", {
        "title": "The lecture's four vectors a¹ … a⁴",
        "description": (
            "The example of the self-attention lecture: four input vectors a¹, a², a³, a⁴. "
            "Each is multiplied by W^q, W^k and W^v to give qⁱ, kⁱ and vⁱ; α₁,ᵢ = q¹·kⁱ scores how "
            "relevant aⁱ is to a¹, softmax turns the scores into α′, and b¹ = Σᵢ α′₁,ᵢ vⁱ. "
            "The weights use small whole numbers and halves so that every step can be checked by "
            "hand, and the scores are plain dot products as in the lecture (no √d_k)."),
        "tokens": ["a¹", "a²", "a³", "a⁴"],
        "embeddings": [[1, 0, 1, 0], [0, 2, 0, 1], [1, 1, 0, 0], [0, 0, 1, 2]],
        "model": {
            "heads": 1, "d_k": 3, "d_v": 3, "scoring": "dot",
            "weights": {
                "W_q": [[1, 0, 0.5, 0], [0, 1, 0, 0], [0, 0, 1, 0.5]],
                "W_k": [[1, 0, 0, 0], [0, 0.5, 0, 1], [0.5, 0, 1, 0]],
                "W_v": [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0.5, 0.5]],
            },
        },
    })


def animal_sentence():
    # Features of each word (d_model = 8), as a linguist might hand-label them:
    F = ["animate noun", "place noun", "verb", "function word", "pronoun",
         "state of a living thing", "negation", "degree"]
    words = [
        ("The", [3]), ("animal", [0]), ("didn't", [2, 6]), ("cross", [2]), ("the", [3]),
        ("street", [1]), ("because", [3]), ("it", [4]), ("was", [2, 3]), ("too", [7]), ("tired", [5]),
    ]
    embeddings = [one_hot(8, *hot) for _, hot in words]
    # Queries ask, keys answer (d_k = 4 question/answer channels):
    #   0 "who is a living thing?"  asked by the pronoun and by "tired", answered by animate nouns
    #   1 "which place?"            asked by verbs, answered by place nouns
    #   2 "which noun follows?"     asked by determiners, answered by any noun
    #   3 "how much of what state?" asked by "too", answered by "tired"
    W_q = [one_hot(8), one_hot(8), one_hot(8), one_hot(8)]
    W_q[0][4], W_q[0][5] = 3.0, 2.0
    W_q[1][2] = 1.5
    W_q[2][3] = 1.0
    W_q[3][7] = 2.5
    W_k = [one_hot(8), one_hot(8), one_hot(8), one_hot(8)]
    W_k[0][0] = 3.0
    W_k[1][1] = 3.0
    W_k[2][0], W_k[2][1] = 1.5, 1.5
    W_k[3][5] = 2.0
    # Values carry the meaning a word contributes: living thing, place, action, state.
    W_v = [one_hot(8, 0), one_hot(8, 1), one_hot(8, 2), one_hot(8, 5)]
    write("animal-street.json", {
        "title": "The animal didn't cross the street because it was too tired",
        "description": (
            "What does “it” refer to? Each word's vector marks what kind of word it is ("
            + ", ".join(F) + "). W^q and W^k are chosen so that pronouns and “tired” ask "
            "“who is a living thing?” and only “animal” answers: α′ for the query “it” puts almost "
            "all its weight on “animal”, not on “street”, and b for “it” carries the living-thing "
            "feature. Change “tired” to a word about places and watch the weights move."),
        "tokens": [w for w, _ in words],
        "embeddings": embeddings,
        "model": {"heads": 1, "d_k": 4, "d_v": 4, "scoring": "scaled_dot",
                  "weights": {"W_q": W_q, "W_k": W_k, "W_v": W_v}},
    })


def chinese_sentence():
    # 海内存知己，天涯若比邻 — “a close friend far away is like a neighbour next door”.
    # Features (d_model = 6): place, closeness, person, verb, punctuation, comparison.
    tokens = ["海内", "存", "知己", "，", "天涯", "若", "比邻"]
    embeddings = [
        [1, 0, 0, 0, 0, 0],      # 海内 within the seas: a place
        [0, 0, 0, 1, 0, 0],      # 存 to exist: a verb
        [0, 1, 1, 0, 0, 0],      # 知己 a close friend: closeness, a person
        [0, 0, 0, 0, 1, 0],      # ，
        [1, 0, 0, 0, 0, 0.5],    # 天涯 the ends of the earth: a place (far)
        [0, 0, 0, 0, 0, 1],      # 若 as if: a comparison
        [0.5, 1, 0.5, 0, 0, 0],  # 比邻 neighbours: closeness
    ]
    # q and k both read the meaning features, so words attend to words of like meaning,
    # wherever they stand: 知己 (position 3) and 比邻 (position 7) find each other.
    W = [[1.5, 0, 0, 0, 0, 0], [0, 2, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0], [0, 0, 0, 1, 0, 0]]
    write("chinese-tianya.json", {
        "title": "海内存知己，天涯若比邻",
        "description": (
            "“A close friend far away is like a neighbour next door.” Without positional "
            "encoding self-attention does not know where a word stands: 知己 and 比邻 share the "
            "feature “closeness” and attend to each other across the whole sentence, exactly as "
            "strongly as if they stood side by side — the notes call this 天涯若比邻. Switch on "
            "sinusoidal positional encoding to give position a voice."),
        "tokens": tokens,
        "embeddings": embeddings,
        "model": {"heads": 1, "d_k": 4, "d_v": 4, "scoring": "scaled_dot",
                  "positional_encoding": {"kind": "none"},
                  "weights": {"W_q": W, "W_k": W, "W_v": W}},
    })


def speech_frames():
    # Twelve 10 ms frames of six filter-bank energies: silence, the vowel /a/ (energy low
    # in frequency), the fricative /s/ (energy high), the vowel /i/, silence.
    silence = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]
    a = [0.9, 1.0, 0.7, 0.3, 0.1, 0.1]
    s = [0.1, 0.1, 0.2, 0.4, 0.9, 1.0]
    i = [0.8, 0.3, 0.2, 0.7, 0.6, 0.2]
    frames = [silence, silence, a, [x * 1.1 for x in a], a, s, [x * 0.9 for x in s], i,
              [x * 1.05 for x in i], i, silence, silence]
    frames = [[round(x, 3) for x in f] for f in frames]
    W = [one_hot(6, d, value=1.5) for d in range(6)]  # q = k = 1.5·frame: like attends to like
    write("speech-frames.json", {
        "title": "Speech: twelve frames with truncated self-attention",
        "description": (
            "A spoken “a-s-i”, cut into 10 ms frames; each frame is a vector of six filter-bank "
            "energies (low to high frequency). Speech gives very long sequences, so attention is "
            "truncated: with a window of radius 2 each frame looks only at the frames within "
            "±20 ms. q = k = 1.5·frame, so within its window a frame attends most to frames of "
            "the same sound."),
        "tokens": [f"{10 * t} ms" for t in range(len(frames))],
        "embeddings": frames,
        "model": {"heads": 1, "d_k": 6, "scoring": "scaled_dot",
                  "masks": [{"kind": "window", "radius": 2}],
                  "weights": {"W_q": W, "W_k": W, "W_v": W}},
    })


def molecule():
    # Ethanol, CH₃–CH₂–OH: nine atoms, one-hot over (H, C, N, O).
    atoms = [("C₁", 1), ("C₂", 1), ("O", 3), ("H₁", 0), ("H₂", 0), ("H₃", 0), ("H₄", 0), ("H₅", 0), ("H₆", 0)]
    bonds = [[0, 1], [1, 2], [0, 3], [0, 4], [0, 5], [1, 6], [1, 7], [2, 8]]
    write("molecule-ethanol.json", {
        "title": "A molecule as a graph: ethanol (CH₃CH₂OH)",
        "description": (
            "Each atom is a one-hot vector over the elements H, C, N, O, and the bonds are a graph. "
            "With the graph mask an atom attends only to itself and the atoms it is bonded to — "
            "self-attention on a graph, the idea behind graph neural networks. All six hydrogens "
            "have the same vector; what tells H₆ (on the oxygen) from H₁ (on a carbon) is who its "
            "neighbours are. Weights are random from the seed."),
        "tokens": [name for name, _ in atoms],
        "embeddings": [one_hot(4, element) for _, element in atoms],
        "model": {"heads": 1, "scoring": "scaled_dot", "seed": 7,
                  "masks": [{"kind": "graph", "edges": bonds}]},
    })


def social_network():
    # Eight people; features: age (in decades), and how much they like sports, music,
    # coding, cooking, travel (0 to 1).
    people = [
        ("Ana", [2.3, 0.9, 0.2, 0.1, 0.3, 0.8]), ("Ben", [2.5, 0.8, 0.1, 0.6, 0.2, 0.5]),
        ("Chen", [3.1, 0.1, 0.9, 0.8, 0.2, 0.1]), ("Dana", [2.8, 0.2, 0.8, 0.1, 0.9, 0.3]),
        ("Eli", [4.0, 0.1, 0.2, 0.9, 0.1, 0.2]), ("Fay", [3.5, 0.7, 0.3, 0.2, 0.8, 0.9]),
        ("Gus", [1.9, 0.9, 0.7, 0.3, 0.1, 0.6]), ("Hana", [2.2, 0.1, 0.9, 0.2, 0.7, 0.4]),
    ]
    friends = [[0, 1], [0, 6], [1, 4], [1, 6], [2, 4], [2, 7], [3, 7], [3, 5], [5, 0], [6, 7]]
    # Head 0 compares sports and travel, head 1 music, coding and cooking: two kinds of
    # “related”, as multi-head attention is meant to learn. Age is ignored by both.
    W_q = [one_hot(6, 1, value=2), one_hot(6, 5, value=2), one_hot(6, 0, value=0),
           one_hot(6, 2, value=2), one_hot(6, 3, value=2), one_hot(6, 4, value=2)]
    write("social-network.json", {
        "title": "A social network: who listens to whom",
        "description": (
            "Eight people, each a vector of age and interests (sports, music, coding, cooking, "
            "travel); friendships are the edges of a graph mask, so a person attends only to "
            "their friends. Two heads look for two kinds of similarity: head 1 for sports and "
            "travel, head 2 for music, coding and cooking. Ben's two heads point to different "
            "friends: head 1 mostly to Ana, who shares his sport and love of travel, head 2 mostly "
            "to Eli, who codes like him."),
        "tokens": [name for name, _ in people],
        "embeddings": [features for _, features in people],
        "model": {"heads": 2, "d_k": 3, "d_v": 3, "scoring": "scaled_dot", "seed": 3,
                  "masks": [{"kind": "graph", "edges": friends}],
                  "weights": {"W_q": W_q, "W_k": W_q}},
    })


def decoder_sentence():
    write("decoder-causal.json", {
        "title": "A decoder: masked self-attention on “I love machine learning”",
        "description": (
            "When a decoder writes a sentence word by word it cannot look at words it has not "
            "written yet. The causal mask lets each position attend only to itself and the "
            "positions before it: the upper triangle of α′ is zero. Sinusoidal positional "
            "encoding is added; weights are random from the seed."),
        "tokens": ["<BEGIN>", "I", "love", "machine", "learning"],
        "embeddings": [[0.5, -0.5, 0.5, -0.5, 0.5, -0.5], [1.0, 0.2, -0.3, 0.0, 0.4, 0.1],
                       [0.1, 0.9, 0.4, -0.2, 0.0, 0.3], [-0.4, 0.1, 1.0, 0.6, -0.1, 0.0],
                       [-0.3, 0.0, 0.8, 0.9, 0.2, -0.2]],
        "model": {"heads": 2, "scoring": "scaled_dot", "seed": 11,
                  "positional_encoding": {"kind": "sinusoidal"},
                  "masks": [{"kind": "causal"}]},
    })


def padded_batch():
    # One row of a batch: sentences of different lengths are padded to the same length,
    # and the padding must get no attention. Three real words, three <pad> (zero vectors).
    words = [[0.8, 0.1, 0.3, -0.2], [0.2, 0.9, -0.1, 0.4], [-0.3, 0.2, 0.8, 0.5]]
    write("padded-batch.json", {
        "title": "A padded batch row: “cats chase mice” and three <pad>",
        "description": (
            "Sentences in a batch have different lengths, so the short ones are filled up with "
            "padding tokens. A padding mask with valid length 3 keeps every query from attending "
            "to the <pad> keys: their columns of α′ are zero, and the real words' weights are "
            "renormalised over the three real words. (The <pad> queries still attend to the real "
            "words; their outputs are ignored later.)"),
        "tokens": ["cats", "chase", "mice", "<pad>", "<pad>", "<pad>"],
        "embeddings": words + [[0.0] * 4] * 3,
        "model": {"heads": 1, "scoring": "scaled_dot", "seed": 5,
                  "masks": [{"kind": "padding", "valid_length": 3}]},
    })


# --- images and kernels for the convolution lesson ----------------------------------------
DIGITS = {  # 5 × 7 bitmaps, scaled up
    "3": ["11110", "00001", "00001", "01110", "00001", "00001", "11110"],
    "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
}


def write_pgm(name, pixels, comment):
    """P2 (text) PGM, maxval 255: small enough to read in an editor."""
    height, width = len(pixels), len(pixels[0])
    lines = ["P2", f"# {comment}", f"{width} {height}", "255"]
    lines += [" ".join(str(v) for v in row) for row in pixels]
    os.makedirs(os.path.join(SAMPLES, "images"), exist_ok=True)
    with open(os.path.join(SAMPLES, "images", name), "w") as f:
        f.write("\n".join(lines) + "\n")


def digit_image(digit, scale=3, margin=3):
    rows = DIGITS[digit]
    height, width = len(rows) * scale + 2 * margin, len(rows[0]) * scale + 2 * margin
    pixels = [[0] * width for _ in range(height)]
    for r, row in enumerate(rows):
        for c, bit in enumerate(row):
            if bit == "1":
                for y in range(scale):
                    for x in range(scale):
                        pixels[margin + r * scale + y][margin + c * scale + x] = 255
    return pixels


def shapes_image(size=24):
    """A filled square, a ring and a diagonal line on a dark background."""
    pixels = [[20] * size for _ in range(size)]
    for y in range(3, 10):
        for x in range(3, 10):
            pixels[y][x] = 230
    cy, cx = 16.5, 16.5
    for y in range(size):
        for x in range(size):
            d2 = (y - cy) ** 2 + (x - cx) ** 2
            if 16 <= d2 <= 30:
                pixels[y][x] = 200
    for k in range(size):
        if 0 <= size - 1 - k < size and k < 12:
            pixels[size - 1 - k][k] = 255
    return pixels


def gradient_image(size=20):
    return [[round(255 * (x + y) / (2 * (size - 1))) for x in range(size)] for y in range(size)]


def write_kernel(name, title, kernel):
    os.makedirs(os.path.join(SAMPLES, "kernels"), exist_ok=True)
    with open(os.path.join(SAMPLES, "kernels", name), "w") as f:
        f.write(dumps({"title": title, "kernel": kernel}) + "\n")


def convolution_material():
    write_pgm("digit-3.pgm", digit_image("3"), "the digit 3, 21 x 27 pixels")
    write_pgm("digit-7.pgm", digit_image("7"), "the digit 7, 21 x 27 pixels")
    write_pgm("shapes.pgm", shapes_image(), "a square, a ring and a diagonal, 24 x 24 pixels")
    write_pgm("gradient.pgm", gradient_image(), "a diagonal ramp from black to white, 20 x 20 pixels")
    write_kernel("identity.json", "identity", [[0, 0, 0], [0, 1, 0], [0, 0, 0]])
    write_kernel("box-blur.json", "box blur 3 × 3", [[1 / 9] * 3 for _ in range(3)])
    write_kernel("edge.json", "edges (Laplacian)", [[0, -1, 0], [-1, 4, -1], [0, -1, 0]])
    write_kernel("sobel-x.json", "Sobel, horizontal gradient", [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    write_kernel("sobel-y.json", "Sobel, vertical gradient", [[-1, -2, -1], [0, 0, 0], [1, 2, 1]])
    write_kernel("box-blur-5.json", "box blur 5 × 5", [[1 / 25] * 5 for _ in range(5)])


if __name__ == "__main__":
    os.makedirs(SAMPLES, exist_ok=True)
    for make in (lecture_four_vectors, animal_sentence, chinese_sentence, speech_frames,
                 molecule, social_network, decoder_sentence, padded_batch, convolution_material):
        make()
