"""Time whole-page extraction of hostile, division-dense text at growing sizes (linear, not quadratic).

    .venv/bin/python bench/bench_hostile.py [REPEATS ...]

Two texts: one city name and a comma repeated (``'株洲市，' * N``, the 600 KB case of
issue 20 at N = 50000), and a seeded random mix of division words with no sentence end.
Each size is timed once after a warm-up that loads the gazetteer and jieba's dictionary;
doubling the size should about double the time.
"""

from __future__ import annotations

import random
import sys
import time

from kg.extract import extract
from kg.model import Document

WORDS = ["株洲市", "芦淞区", "湖南省", "长沙县", "建设路街道", "荷塘区", "市", "区", "县", "镇", "乡", "村", "省"]
WORDS += ["，", "、", "株洲", "长沙", "天元区", "醴陵市", "攸县", "茶陵县"]


def texts(n: int) -> dict[str, str]:
    rnd = random.Random(1)
    return {"repeat": "株洲市，" * n, "mix": "".join(rnd.choice(WORDS) for _ in range(n))}


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [12500, 25000, 50000]
    extract(Document(id="warm", text="株洲市芦淞区召开会议。"))
    for n in sizes:
        for kind, text in texts(n).items():
            t = time.perf_counter()
            x = extract(Document(id=f"{kind}.txt", text=text))
            dt = time.perf_counter() - t
            kb = len(text.encode("utf-8")) / 1e3
            print(f"{kind:6} N={n:6}  {kb:7.0f} KB  {len(x.mentions):6} mentions  {dt:6.2f} s")


if __name__ == "__main__":
    main()
