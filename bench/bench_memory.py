"""Peak RSS of ``kg extract`` on one big page, at several sizes (bench only; run by hand).

The test suite checks the bound on 0.1 and 0.5 MB pages cut into 25,000-character chunks
(tests/test_reliability.py); this measures the sizes a user meets at the real chunk size, 50 MB by
default, in a child process each.

    .venv/bin/python bench/bench_memory.py              # 50 MB
    .venv/bin/python bench/bench_memory.py --sizes 1 4 16 50
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_reliability import extract_peak_mb, write_big_page  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[50.0])
    args = ap.parse_args()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.sizes:
            page = write_big_page(Path(tmp) / f"{mb:g}MB.txt", mb, seeds)
            start = time.perf_counter()
            peak = extract_peak_mb(page, Path(tmp) / "out.jsonl")
            print(f"{mb:g} MB page: peak RSS {peak:.0f} MB, {time.perf_counter() - start:.1f} s wall")


if __name__ == "__main__":
    main()
