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
* ``--bio FILE``: character-per-line files, ``char TAG`` (BIO, BIOES or BMES tags; a blank
  line between sentences). Resume NER's ``NAME`` is ``PER``; Weibo NER's named mentions
  (``PER.NAM``, ``LOC.NAM``/``GPE.NAM``, ``ORG.NAM``) are kinds, its nominal ones (``老师``)
  are ``O``, and its ``char<digit>`` tokens lose the digit. The People's Daily NER *train*
  split, zjy-ucas/ChineseNER ``data/example.train`` (20,864 sentences, 8,144 PER), is not
  obtainable here; downloaded by hand it is added with ``--bio example.train --exclude
  ../shared/dev/ner/pd_dev.jsonl``;
* ``--boson FILE``: the BosonNLP NER file (2,000 documents of news and web text, one a line,
  ``{{person_name:…}}`` markup; ``location`` is ``LOC``, ``org_name`` and ``company_name``
  are ``ORG``, ``time`` and ``product_name`` are ``O``), cut into the sentences kg tags; a
  sentence with a person name that is not a Chinese name (``@`` handles, Latin letters,
  hyphens) is dropped.

Where the other corpora come from (none is in this repository, and none is read at run time;
download them by hand):

* BosonNLP NER: ``NER/boson/origindata.txt`` of github.com/InsaneLife/ChineseNLPCorpus
  (commit 8d00d3d390cb35d2b239231689d6d9ed64b62a12), first published by BosonNLP
  (bosonnlp.com). Its licence (``NER/boson/license.txt``) allows free research use, asks
  that BosonNLP be credited, and forbids passing the data on: never commit it;
* Resume NER (Zhang and Yang, ACL 2018): ``ResumeNER/train.char.bmes`` of
  github.com/jiesutd/LatticeLSTM (commit 9407bba5c9a806960a6624338eeb999240874b6d), the
  train split only;
* Weibo NER (Peng and Dredze, EMNLP 2015; revised by He and Sun 2016):
  ``data/weiboNER_2nd_conll.train`` of github.com/hltcoe/golden-horse (commit
  bfcf1e862e656bd6a84f6ed0029dc807d7137484), the train split only.

Tried on 2026-12-03 and not shipped (kg's People's Daily PER on the unseen odd half, the
shipped model 0.734; the tagger alone 0.752): adding ``--boson`` and the Resume NER
``--bio`` at ``--c1 0.05`` gives 0.744 (tagger alone 0.787) but a 4.1 MB file and a few
more false names on the real check pages and the seeds; adding Weibo NER too, 0.739; at
``--c1 0.5`` (1.9 MB), 0.734. Each run takes about 25 minutes on one shared core.

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
from kg.extract.person_model import features, sentences

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


# Entity kinds of the other corpora, as the kinds kg learns (any other kind is ``O``): Resume
# NER's ``NAME``, Weibo NER's named (not nominal) mentions, BosonNLP's markup kinds.
_ALIASES = {
    "NAME": "PER",
    "PER.NAM": "PER",
    "LOC.NAM": "LOC",
    "GPE.NAM": "LOC",
    "ORG.NAM": "ORG",
    "person_name": "PER",
    "location": "LOC",
    "org_name": "ORG",
    "company_name": "ORG",
}


def _bio(path: Path, kinds: tuple[str, ...] = ("PER",)) -> Iterator[Row]:
    """Sentences of a character-per-line file: ``char TAG`` (BIO, BIOES or BMES tags; Weibo
    NER's ``char<digit>`` tokens lose the digit); a blank line between sentences."""
    chars: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) == 2:
            token = parts[0][:-1] if len(parts[0]) > 1 and parts[0][-1].isdigit() else parts[0]
            chars.append(token[0])
            tags.append(parts[1])
            continue
        if chars:
            yield "".join(chars), _as_bio(tags, kinds)
        chars, tags = [], []


def _as_bio(tags: list[str], kinds: tuple[str, ...]) -> list[str]:
    """BIO tags of ``kinds`` from BIO/BIOES/BMES tags (kind names through :data:`_ALIASES`)."""
    out = []
    for t in tags:
        kind = _ALIASES.get(t[2:], t[2:])
        out.append("O" if t == "O" or kind not in kinds else ("B-" if t[0] in "BS" else "I-") + kind)
    return out


_MARKUP = re.compile(r"\{\{([a-z_]+):(.*?)\}\}", re.S)
_CHINESE_NAME = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff·•]*[\u3400-\u9fff]")


def _boson(path: Path, kinds: tuple[str, ...] = ("PER",)) -> Iterator[Row]:
    """Sentences of the BosonNLP NER file (one document a line, ``{{person_name:…}}`` markup,
    ``\\n`` for a line break), cut where kg cuts a page for tagging. A sentence is dropped when
    one of its person names is not a Chinese name (``@`` handles, Latin letters, hyphens)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        text: list[str] = []
        tags: list[str] = []
        noisy: list[int] = []  # positions of person names that are not Chinese names
        pos = 0
        for m in [*_MARKUP.finditer(line), None]:
            plain = line[pos : m.start() if m else len(line)]
            text.append(plain)
            tags += ["O"] * len(plain)
            if m is None:
                break
            pos = m.end()
            body = m[2]
            core = body.strip()
            lead = len(body) - len(body.lstrip())
            kind = _ALIASES.get(m[1], "")
            text.append(body)
            if kind == "PER" and not _CHINESE_NAME.fullmatch(core):
                noisy.append(len(tags))
            if kind in kinds and core:
                tags += ["O"] * lead + ["B-" + kind] + ["I-" + kind] * (len(core) - 1)
                tags += ["O"] * (len(body) - lead - len(core))
            else:
                tags += ["O"] * len(body)
        doc = "".join(text).replace("\\n", "\n\n")  # same length: kg cuts sentences at a line break
        for s, e in sentences(doc):
            if doc[s:e].strip() and not any(s <= k < e for k in noisy):
                yield doc[s:e], _whole(tags[s:e])


def _whole(tags: list[str]) -> list[str]:
    """``tags`` with a name cut at its start (an ``I-`` run first) made ``O``."""
    k = 0
    while k < len(tags) and tags[k].startswith("I-"):
        tags[k] = "O"
        k += 1
    return tags


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
    ap.add_argument("--bio", action="append", default=[], type=Path, help="a character-per-line BIO/BMES file")
    ap.add_argument("--boson", action="append", default=[], type=Path, help="the BosonNLP NER file (origindata.txt)")
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
    streams = [_bio(p, kinds) for p in args.bio] + [_boson(p, kinds) for p in args.boson]
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
