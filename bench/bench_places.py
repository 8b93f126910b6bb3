"""Measure place extraction speed on the seed corpus repeated (seeds ×100 by default).

    .venv/bin/python bench/bench_places.py [TIMES]

Times kg.extract.places.extract_places alone over one document per seed
copy (the clean views are built first and not counted), after one warm-up run that loads the gazetteer,
the lexicons and jieba's dictionary.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.extract.base import Doc
from kg.extract.places import extract_places
from kg.model import Document, Mention

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    times = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    t = time.perf_counter()
    for text in texts:
        list(extract_places(Doc.of(Document(id="warm", text=text))))
    print(f"warm-up (gazetteer, lexicons, jieba dictionary): {time.perf_counter() - t:.2f} s")
    # one document per copy: the clean view drops a paragraph repeated within a document
    docs = [Doc.of(Document(id=f"{i}", text=text)) for i in range(times) for text in texts]
    mb = sum(len(d.document.text.encode("utf-8")) for d in docs) / 1e6
    t = time.perf_counter()
    found = [x for d in docs for x in extract_places(d)]
    dt = time.perf_counter() - t
    mentions = sum(isinstance(x, Mention) for x in found)
    print(f"{mb:.1f} MB, {mentions} place mentions, {len(found) - mentions} relations: {dt:.2f} s, {mb / dt:.2f} MB/s")


if __name__ == "__main__":
    main()
