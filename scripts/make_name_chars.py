#!/usr/bin/env python3
"""Learn the given-name character table ``kg/data/name_chars.txt`` from labelled text.

For every character: how often it is part of a person's given name in the labelled
names, how often it occurs in the labelled text at all, and how often it stands in the
given name of a word jieba's dictionary tags as a personal name (``nr``; jieba's POS-tagged
dictionary is labelled data too). kg reads these as the evidence that a character stands
in a given name (``甲建国`` yes, ``甲阵雨`` no). No name is stored, only per-character counts.

    python scripts/make_name_chars.py --part even ../shared/dev/ner/pd_dev.jsonl \
        tests/fixtures/real/dev.json > kg/data/name_chars.txt

Inputs: JSON-lines NER files (``{"text", "entities": [{"start", "end", "type": "PER"}]}``;
``--part even`` keeps rows 0, 2, 4 … so the odd rows stay unseen for measuring) and gold
files in the shared scorer's layout (their pages are read from ``pages/dev`` beside them).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg.extract.names import surname_length


def _given(name: str) -> str:
    n = surname_length(name, 0)
    return name[n:] if n and 1 <= len(name) - n <= 2 else ""


def _surname(name: str) -> str:
    n = surname_length(name, 0)
    return name[:n] if n == 1 and 1 <= len(name) - n <= 2 else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sources", nargs="+", help="NER .jsonl files and gold .json files")
    ap.add_argument("--part", choices=("all", "even"), default="all", help="rows of the .jsonl files to learn from")
    args = ap.parse_args()
    given: Counter[str] = Counter()
    surnames: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for src in map(Path, args.sources):
        if src.suffix == ".jsonl":
            for i, line in enumerate(src.read_text(encoding="utf-8").splitlines()):
                if not line.strip() or (args.part == "even" and i % 2):
                    continue
                row = json.loads(line)
                seen.update(row["text"])
                for e in row["entities"]:
                    if e["type"] == "PER":
                        name = row["text"][e["start"] : e["end"]]
                        given.update(_given(name))
                        surnames.update(_surname(name))
        else:
            gold = json.loads(src.read_text(encoding="utf-8"))
            pages = src.parent / "pages" / src.stem
            for d in gold.get("documents", []):
                page = pages / d["doc"]
                if page.exists():
                    seen.update(page.read_text(encoding="utf-8"))
            for key in ("officials", "persons_other"):
                for person in gold.get(key, []):
                    given.update(_given(person["name"]))
                    surnames.update(_surname(person["name"]))
    import jieba

    in_dict: Counter[str] = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, _, tag = line.split()
            if tag == "nr" and 2 <= len(word) <= 4:
                in_dict.update(_given(word))
    print(
        "# char<TAB>in given names (labelled)<TAB>in labelled text<TAB>in given names of jieba's nr words"
        "<TAB>as a surname (labelled)"
    )
    print("# made by scripts/make_name_chars.py: counts per character, no names")
    chars = (
        set(given) | set(in_dict) | set(surnames) | {c for c, n in seen.items() if n >= 3 and "\u4e00" <= c <= "\u9fff"}
    )
    for c in sorted(chars):
        print(f"{c}\t{given[c]}\t{seen[c]}\t{in_dict[c]}\t{surnames[c]}")


if __name__ == "__main__":
    main()
