"""Training examples for the factsift NER model.

CoNLL-2003 gives the spans and the coarse types (PER, ORG, LOC, MISC). spaCy
en_core_web_md (MIT) is run over the same tokens, and where it finds exactly
the same span its finer OntoNotes type refines the gold type: a LOC it calls
GPE or FAC becomes GPE or FAC, a MISC it calls NORP, EVENT, LAW or PRODUCT
becomes that. Spans and boundaries stay CoNLL's, so mapping the fine types
back (GPE/FAC -> LOC, NORP/EVENT/LAW/PRODUCT -> MISC) gives CoNLL exactly.

Sentences of one document are packed into windows of at most MAX_TOKENS
sub-word tokens, as the Rust entities stage packs them at inference, and each
token carries its word's shape class as its token type (see `word_shape`).
"""

import json

# The labels of the model, in class order: O, then B-/I- for each type.
TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "MISC"]
LABELS = ["O"] + [f"{p}-{t}" for t in TYPES for p in ("B", "I")]
LABEL_ID = {l: i for i, l in enumerate(LABELS)}

# Fine type -> CoNLL type, for scoring on CoNLL.
TO_CONLL = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "MISC": "MISC",
}

# (gold CoNLL type, spaCy type) -> fine type; anything else keeps the gold type.
REFINE = {
    ("LOC", "GPE"): "GPE",
    ("LOC", "FAC"): "FAC",
    ("MISC", "NORP"): "NORP",
    ("MISC", "EVENT"): "EVENT",
    ("MISC", "LAW"): "LAW",
    ("MISC", "PRODUCT"): "PRODUCT",
    ("MISC", "WORK_OF_ART"): "PRODUCT",
}
BASE = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

# Sub-word tokens per window, without [CLS]/[SEP]. The model folder's
# config.json records it (`factsift_window_tokens`) and the Rust stage packs
# its windows to the same size.
MAX_TOKENS = 254

# Token type ids: 0 for special and padding tokens, 1..5 for the shape of the
# word a token belongs to. The Rust stage computes the same classes
# (`entities::tokenize::word_shape`).
SHAPES = 6


def word_shape(word):
    """1 no letters, 2 lower case, 3 capitalized, 4 all capitals (2+ letters), 5 mixed."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return 1
    upper = sum(1 for c in letters if c.isupper())
    if upper == 0:
        return 2
    if upper == 1 and letters[0].isupper():
        return 3
    if upper == len(letters) and len(letters) >= 2:
        return 4
    return 5


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def refine_types(docs, nlp):
    """Gives every gold entity a `fine` type, using spaCy's entities on the same tokens.

    Returns a Counter of (gold, fine) pairs for the model card.
    """
    from collections import Counter

    from spacy.tokens import Doc

    counts = Counter()
    for doc in docs:
        text = doc["text"]
        for s_start, s_end in doc["sentence_spans"]:
            sent = text[s_start:s_end]
            words, starts, pos = [], [], 0
            for w in sent.split(" "):
                if w:
                    words.append(w)
                    starts.append(s_start + pos)
                pos += len(w) + 1
            if not words:
                continue
            sdoc = nlp(Doc(nlp.vocab, words=words))
            found = {}
            for ent in sdoc.ents:
                a = starts[ent.start]
                b = starts[ent.end - 1] + len(words[ent.end - 1])
                found[(a, b)] = ent.label_
            for e in doc["entities"]:
                if s_start <= e["start"] < s_end:
                    spacy_type = found.get((e["start"], e["end"]))
                    fine = REFINE.get((e["type"], spacy_type), BASE[e["type"]])
                    e["fine"] = fine
                    counts[(e["type"], fine)] += 1
    return counts


def windows(docs, tokenizer):
    """Packed training windows: dicts with input_ids, token_type_ids, labels."""
    out = []
    for d, doc in enumerate(docs):
        text = doc["text"]
        ents = sorted(doc["entities"], key=lambda e: e["start"])
        sents = []
        for s_start, s_end in doc["sentence_spans"]:
            enc = tokenizer(text[s_start:s_end], add_special_tokens=False, return_offsets_mapping=True)
            ids = enc["input_ids"]
            offs = [(a + s_start, b + s_start) for a, b in enc["offset_mapping"]]
            word_ids = enc.word_ids()
            spans = {}
            for w, (a, b) in zip(word_ids, offs):
                lo, hi = spans.get(w, (a, b))
                spans[w] = (min(lo, a), max(hi, b))
            shapes, labels, words = [], [], []
            for w in word_ids:
                a, b = spans[w]
                shapes.append(word_shape(text[a:b]))
                labels.append(LABEL_ID[word_label(a, ents)])
                words.append((a, b))
            for i in range(0, len(ids), MAX_TOKENS):
                part = slice(i, i + MAX_TOKENS)
                sents.append((ids[part], shapes[part], labels[part], words[part]))
        cur = ([], [], [], [])
        for sent in sents:
            if cur[0] and len(cur[0]) + len(sent[0]) > MAX_TOKENS:
                out.append(example(tokenizer, d, *cur))
                cur = ([], [], [], [])
            for field, values in zip(cur, sent):
                field.extend(values)
        if cur[0]:
            out.append(example(tokenizer, d, *cur))
    return out


def word_label(start, ents):
    for e in ents:
        if e["start"] <= start < e["end"]:
            t = e.get("fine", BASE[e["type"]])
            return ("B-" if start == e["start"] else "I-") + t
        if e["start"] > start:
            break
    return "O"


def example(tokenizer, doc, ids, shapes, labels, words):
    return {
        "doc": doc,
        "words": [None] + words + [None],
        "input_ids": [tokenizer.cls_token_id] + ids + [tokenizer.sep_token_id],
        "token_type_ids": [0] + shapes + [0],
        "labels": [-100] + labels + [-100],
    }


def entities_from_tags(example, tags):
    """(start, end, type) spans from one example's predicted label ids.

    A word takes the tag of its first sub-word. B- starts an entity; I- of a
    type of the same CoNLL family continues it (the Rust decoder does the
    same, so "Hong"/B-GPE "Kong"/I-LOC is one place), else starts one. The
    entity's type is the fine type most of its words carry (the first on a
    tie).
    """
    spans, cur, last_word = [], None, None
    for word, tag in zip(example["words"], tags):
        if word is None or word == last_word:
            continue
        last_word = word
        label = LABELS[tag]
        if label == "O":
            cur = None
            continue
        pos, typ = label.split("-", 1)
        if pos == "I" and cur is not None and TO_CONLL[cur[2][0]] == TO_CONLL[typ]:
            cur[1] = word[1]
            cur[2].append(typ)
        else:
            cur = [word[0], word[1], [typ]]
            spans.append(cur)
    return [(a, b, max(types, key=lambda t: (types.count(t), -types.index(t)))) for a, b, types in spans]


def conll_scores(docs, examples, preds):
    """Strict (span and CoNLL type) precision, recall and F1, micro-averaged."""
    gold = {(d, e["start"], e["end"], e["type"]) for d, doc in enumerate(docs) for e in doc["entities"]}
    found = set()
    for ex, tags in zip(examples, preds):
        for a, b, t in entities_from_tags(ex, tags):
            found.add((ex["doc"], a, b, TO_CONLL[t]))
    tp = len(gold & found)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": len(gold), "found": len(found)}
