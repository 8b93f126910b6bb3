"""Time extraction per component on a folder of pages, in this process (bench only; run by hand).

    .venv/bin/python bench/make_corpus.py 2 /tmp/corpus
    .venv/bin/python bench/bench_extract.py /tmp/corpus [--profile cumtime]

Loads the tokenizer dictionaries first (not counted), then runs
:func:`kg.extract.extract` over every page with each component timed; the
gazetteer and lexicons load inside the first page's components, as in a real
build. ``--profile KEY`` adds a cProfile listing sorted by ``KEY``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Iterable
from pathlib import Path

import kg.extract as X
from kg.corpus import read_corpus
from kg.extract.base import Component, Doc
from kg.extract.tokens import is_word, tokenize


def _timed(component: Component, times: dict[str, float]) -> Component:
    name = component.__name__

    def run(doc: Doc) -> Iterable:
        t = time.perf_counter()
        try:
            return list(component(doc))
        finally:
            times[name] += time.perf_counter() - t

    run.__name__ = name
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--profile", metavar="KEY", help="print a cProfile listing sorted by KEY (cumtime, tottime)")
    args = ap.parse_args()
    tokenize("预热")
    is_word("预热")
    docs = list(read_corpus([args.folder]))
    times = dict.fromkeys((c.__name__ for c in X.COMPONENTS), 0.0)
    components = tuple(_timed(c, times) for c in X.COMPONENTS)
    profile = cProfile.Profile() if args.profile else None
    t = time.perf_counter()
    if profile:
        profile.enable()
    for doc in docs:
        X.extract(doc, components)
    if profile:
        profile.disable()
    total = time.perf_counter() - t
    mb = sum(len(d.text.encode()) for d in docs) / 1e6
    for name, seconds in times.items():
        print(f"{name:24s} {seconds:6.2f} s")
    print(f"{'total':24s} {total:6.2f} s for {len(docs)} pages, {mb:.2f} MB = {mb / total:.2f} MB/s")
    if profile:
        pstats.Stats(profile).sort_stats(args.profile).print_stats(40)


if __name__ == "__main__":
    main()
