"""``kg validate`` on a built graph: the SPARQL-on-pyoxigraph engine against pyshacl (bench only; run by hand).

Builds a corpus of about N pages with ``bench/make_corpus.py`` unless given a build's folder, then times
:func:`kg.shapes.validate` with each engine (wall and CPU time, and the load average around it) and checks
both give the same report.

    .venv/bin/python bench/bench_validate.py --pages 200             # oxigraph only
    .venv/bin/python bench/bench_validate.py --pages 200 --pyshacl   # also pyshacl (minutes)
    .venv/bin/python bench/bench_validate.py --graph out/
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE_MB = 0.018  # bench/make_corpus.py's page size


def timed(graph: Path, engine: str) -> tuple[object, float, float]:
    """The report, wall seconds and CPU seconds of one validation."""
    from kg.shapes import validate

    wall, cpu = time.perf_counter(), time.process_time()
    report = validate(graph, engine=engine)
    return report, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--graph", type=Path, help="a build's folder (or its graph.ttl); skips the build")
    ap.add_argument("--pyshacl", action="store_true", help="also time pyshacl and compare the reports")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph
        if graph is None:
            corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
            mb = f"{args.pages * PAGE_MB:.2f}"
            subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), mb, str(corpus)], check=True)
            subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-q"], check=True)
            graph = out
        ttl = graph / "graph.ttl" if graph.is_dir() else graph
        triples = sum(1 for line in ttl.open(encoding="utf-8") if line.rstrip().endswith((";", ".", ",")))
        print(f"{ttl}: {ttl.stat().st_size / 1e6:.1f} MB of Turtle, ≈ {triples} triple lines")
        reports = {}
        for engine in ["oxigraph", "pyshacl"] if args.pyshacl else ["oxigraph"]:
            load = os.getloadavg()[0]
            report, wall, cpu = timed(ttl, engine)
            reports[engine] = report
            print(
                f"{engine:8}  wall {wall:6.1f} s  CPU {cpu:6.1f} s  load average {load:.1f} → {os.getloadavg()[0]:.1f}"
                f"  conforms={report.conforms}  violations={len(report.violations)}"
            )
        if len(reports) == 2:
            print("same report" if reports["oxigraph"] == reports["pyshacl"] else "REPORTS DIFFER")


if __name__ == "__main__":
    main()
