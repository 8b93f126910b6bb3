#!/usr/bin/env python3
"""Train the person-name tagger ``kg/data/person_model.crfsuite`` from labelled sentences.

A linear-chain CRF over characters (python-crfsuite, L-BFGS; the same inputs give the same
file, byte for byte) with the features of :func:`kg.extract.person_model.features`. The
labels are BIO tags of the ``--kinds`` asked for; kg reads only the person tags, and the
place and organisation tags teach the model what is *not* a person. The file stores feature
weights (characters, hashed character pairs and triples, classes, flags), no names.

The shipped model was made with

    python scripts/make_person_model.py --part even --c1 0.05 --kinds PER,LOC,ORG \
        ../shared/dev/ner/pd_dev.jsonl tests/fixtures/real/dev.json \
        -o kg/data/person_model.crfsuite

from the even rows of the People's Daily NER dev split (the shared folder's
``dev/ner/pd_dev.jsonl``: zjy-ucas/ChineseNER ``data/example.dev``, 2,318 sentences; the odd
rows stay unseen for measuring) and every gold person name in the dev real pages (only
``PER`` is labelled there). Inputs, any mix of:

* JSON-lines NER files (``{"text", "entities": [{"start", "end", "type"}]}``); with
  ``--part even`` rows 0, 2, 4 … only;
* gold files in the shared scorer's layout (every occurrence of a gold person's name in its
  page, read from ``pages/<stem>`` beside the gold, is a labelled name);
* ``--bio FILE``: character-per-line BIO files (``海 O``, a blank line between sentences).
  The People's Daily NER *train* split, zjy-ucas/ChineseNER ``data/example.train`` (20,864
  sentences, 979,180 characters, 8,144 PER / 16,571 LOC / 9,277 ORG), is the data this
  script is meant for; downloaded by hand (never at run time) it is added with
  ``--bio example.train --exclude ../shared/dev/ner/pd_dev.jsonl``.

``--exclude FILE.jsonl`` drops every training sentence whose text is also a sentence of that
file (train on no sentence you measure on). Never train on a test split, nor on a corpus
that shares sentences with one (the MSRA NER corpus and the 1998 People's Daily corpus
share sentences with the People's Daily NER test split, so neither is used).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg.extract.person_model import features

Row = tuple[str, list[str]]


def _jsonl(path: Path, even_only: bool, kinds: tuple[str, ...] = ("PER",)) -> Iterator[Row]:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or (even_only and i % 2):
            continue
        row = json.loads(line)
        tags = ["O"] * len(row["text"])
        for e in row["entities"]:
            if e["type"] in kinds:
                tags[e["start"]] = "B-" + e["type"]
                tags[e["start"] + 1 : e["end"]] = ["I-" + e["type"]] * (e["end"] - e["start"] - 1)
        yield row["text"], tags


def _bio(path: Path, kinds: tuple[str, ...] = ("PER",)) -> Iterator[Row]:
    chars: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) == 2:
            chars.append(parts[0])
            tags.append(parts[1])
            continue
        if chars:
            yield "".join(chars), [t if t[2:] in kinds else "O" for t in tags]
        chars, tags = [], []


def _gold_pages(gold_path: Path) -> Iterator[Row]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names: dict[str, set[str]] = {}
    for key in ("officials", "persons_other"):
        for person in gold.get(key, []):
            for doc in person.get("docs") or [person.get("doc")]:
                names.setdefault(doc, set()).add(person["name"])
    pages = gold_path.parent / "pages" / gold_path.stem
    for doc, found in sorted(names.items()):
        page = pages / doc
        if not page.exists():
            continue
        for sentence in re.split(r"(?<=[。！？\n])", page.read_text(encoding="utf-8")):
            sentence = sentence.strip()
            if len(sentence) < 4:
                continue
            tags = ["O"] * len(sentence)
            for name in sorted(found, key=len, reverse=True):
                for m in re.finditer(re.escape(name), sentence):
                    if all(t == "O" for t in tags[m.start() : m.end()]):
                        tags[m.start()] = "B-PER"
                        tags[m.start() + 1 : m.end()] = ["I-PER"] * (m.end() - m.start() - 1)
            yield sentence, tags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sources", nargs="*", help="NER .jsonl files and gold .json files")
    ap.add_argument("--bio", action="append", default=[], type=Path, help="a character-per-line BIO file")
    ap.add_argument("--part", choices=("all", "even"), default="all", help="rows of the .jsonl files to learn from")
    ap.add_argument("--exclude", action="append", default=[], type=Path, help="drop sentences of this .jsonl")
    ap.add_argument("--kinds", default="PER", help="entity kinds to learn, comma-separated (PER,LOC,ORG)")
    ap.add_argument("-o", "--output", type=Path, required=True, help="model file to write")
    ap.add_argument("--c1", type=float, default=0.2, help="L1 penalty (larger: fewer features, smaller model)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--minfreq", type=float, default=2, help="drop attributes seen fewer times than this")
    ap.add_argument("--iterations", type=int, default=200)
    args = ap.parse_args()
    import pycrfsuite

    excluded = {
        json.loads(line)["text"]
        for path in args.exclude
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    kinds = tuple(args.kinds.split(","))
    streams = [_bio(p, kinds) for p in args.bio]
    for src in args.sources:
        path = Path(src)
        streams.append(_gold_pages(path) if src.endswith(".json") else _jsonl(path, args.part == "even", kinds))
    trainer = pycrfsuite.Trainer(verbose=False)
    n = dropped = 0
    for rows in streams:
        for text, tags in rows:
            if text in excluded:
                dropped += 1
                continue
            trainer.append(features(text), tags)
            n += 1
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.minfreq": args.minfreq,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(args.output))
    size = args.output.stat().st_size // 1024
    print(f"trained on {n} sentences ({dropped} dropped as excluded) -> {args.output} ({size} KB)", file=sys.stderr)


if __name__ == "__main__":
    main()
