"""Measure kg.data.gazetteer's load time and scan speed.

    python scripts/bench_gazetteer.py [MEGACHARS]

Scans a 10-million-character string (by default) made of news-like
sentences, once dense with place names and once sparse.
"""

from __future__ import annotations

import sys
import time

DENSE = (
    "株洲日报讯(记者/胡文洁)12月22日,市委副书记、市长在天元区雷打石镇调研,要求芦淞区、荷塘区和醴陵市、"
    "炎陵县加快发展。四川省成都市武侯区与广东深圳南山区签约,新疆维吾尔自治区代表团出席。"
)
SPARSE = (
    "我们要坚持和平发展,合作共赢,绿水青山就是金山银山。推动高质量发展取得新成效,会议强调要抓好各项工作落实,在株洲调研。"
)


def main() -> None:
    size = int(float(sys.argv[1]) * 1_000_000) if len(sys.argv) > 1 else 10_000_000
    start = time.perf_counter()
    from kg.data.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    loaded = time.perf_counter()
    list(gaz.scan("株洲"))  # builds the automaton
    built = time.perf_counter()
    print(f"import+load {loaded - start:.3f} s, automaton {built - loaded:.3f} s, {len(gaz)} divisions")
    for label, sentence in (("dense", DENSE), ("sparse", SPARSE)):
        text = (sentence * (size // len(sentence) + 1))[:size]
        mb = len(text.encode("utf-8")) / 1e6
        t = time.perf_counter()
        hits = sum(1 for _ in gaz.scan(text))
        dt = time.perf_counter() - t
        print(
            f"{label}: {size / 1e6:.0f} M chars ({mb:.0f} MB UTF-8), {hits} hits in {dt:.2f} s = "
            f"{size / 1e6 / dt:.1f} M chars/s, {mb / dt:.1f} MB/s"
        )


if __name__ == "__main__":
    main()
