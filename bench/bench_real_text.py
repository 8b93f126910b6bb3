"""Extraction throughput on real pages against plain ``jieba.posseg.cut`` in the same run (by hand).

    .venv/bin/python bench/bench_real_text.py seeds tests/fixtures/real/pages/dev --copies 8

Makes a corpus of real pages (each page's lines reshuffled, ``--copies`` times, so no page is
cached twice), then times one process: ``kg.extract`` over every page (end to end per page,
dictionaries loaded first) and ``jieba.posseg.cut`` over the same text. Prints MB/s of UTF-8
text and the ratio. Measure the check pages only for totals, never to tune.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import jieba
import jieba.posseg

from kg.extract import extract
from kg.model import Document


def corpus(folders: list[str], copies: int) -> list[Document]:
    pages = sorted(p for f in folders for p in Path(f).glob("*.txt"))
    docs = []
    for k in range(copies):
        for i, p in enumerate(pages):
            lines = p.read_text(encoding="utf-8").split("\n")
            random.Random(k * 10_000 + i).shuffle(lines)
            docs.append(Document(id=f"c{k}_{p.name}", text="\n".join(lines)))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--copies", type=int, default=8)
    args = ap.parse_args()
    docs = corpus(args.folders, args.copies)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    jieba.setLogLevel(60)
    jieba.initialize()
    extract(Document(id="warm.txt", text="市长张三出席会议。"))  # dictionaries and lexicons
    t = time.perf_counter()
    for d in docs:
        extract(d)
    kg_s = time.perf_counter() - t
    t = time.perf_counter()
    for d in docs:
        for _ in jieba.posseg.cut(d.text):
            pass
    jb_s = time.perf_counter() - t
    mb = size / 1e6
    print(f"{len(docs)} pages, {mb:.2f} MB")
    print(f"kg.extract        {kg_s:7.1f} s  {mb / kg_s:.3f} MB/s")
    print(f"jieba.posseg.cut  {jb_s:7.1f} s  {mb / jb_s:.3f} MB/s")
    print(f"kg / jieba.posseg speed: {jb_s / kg_s:.2f}x")


if __name__ == "__main__":
    main()
