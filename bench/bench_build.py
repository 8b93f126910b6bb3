"""Time `kg build` stage by stage on synthetic corpora of 1, 10, 100 MB (bench only; run by hand).

For each size, in a fresh process (so peak RSS is that size's own):
  * a cold build (empty cache) with per-stage wall times: read, extract, resolve, graph, RDF, GraphML, HTML, JSONL;
  * a warm rebuild of the unchanged corpus (same cache), and a rebuild after adding one page;
  * in the same process, on the same texts: plain ``jieba.posseg.cut`` (HMM on), the reference;
  * peak RSS of the process and of its worker processes.
Writes ``bench/results/bench.json``, ``bench.md`` (the table) and ``time_vs_size.svg``.

    python bench/bench_build.py                    # 1 and 10 MB, --jobs 1
    python bench/bench_build.py --sizes 1 10 100 --jobs 2
    python bench/bench_build.py --sizes 10 --reference-mb 2   # jieba.posseg on the first 2 MB only
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE / "corpus"
RESULTS = HERE / "results"
STAGES = ("read", "extract", "resolve", "graph", "rdf", "graphml", "html", "jsonl", "write")


def corpus(mb: float, seed: int = 0) -> Path:
    """The generated corpus of ``mb`` MB (made once, then reused)."""
    out = CORPORA / f"{mb:g}MB-seed{seed}"
    done = out / ".complete"
    if not done.exists():
        from make_corpus import make_corpus

        make_corpus(mb, out, seed)
        done.write_text("ok")
    return out


def measure(mb: float, jobs: int, reference_mb: float) -> dict:
    """One size, in this process: cold, warm and one-more-page builds, and the jieba.posseg reference."""
    import jieba
    import jieba.posseg

    from kg.build import build
    from kg.corpus import read_corpus
    from kg.extract.tokens import backend

    src = corpus(mb)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        pages = work / "pages"
        files = sorted(src.glob("*.txt"))
        pages.mkdir()
        for f in files[:-1]:
            (pages / f.name).symlink_to(f)
        nbytes = sum(f.stat().st_size for f in files[:-1])
        jieba.initialize()
        cpu0 = time.process_time()
        t = time.perf_counter()
        cold = build([pages], work / "out", jobs=jobs, cache_dir=work / "cache")
        cold_s = time.perf_counter() - t
        cpu = time.process_time() - cpu0
        t = time.perf_counter()
        warm = build([pages], work / "out", jobs=jobs, cache_dir=work / "cache")
        warm_s = time.perf_counter() - t
        (pages / files[-1].name).symlink_to(files[-1])
        t = time.perf_counter()
        more = build([pages], work / "out", jobs=jobs, cache_dir=work / "cache")
        more_s = time.perf_counter() - t

        texts = [d.text for d in read_corpus([pages])]
        ref_bytes, ref_texts = 0, []
        for text in texts:
            if ref_bytes >= reference_mb * 1e6:
                break
            ref_texts.append(text)
            ref_bytes += len(text.encode())
        t = time.perf_counter()
        for text in ref_texts:
            for _ in jieba.posseg.cut(text, HMM=True):
                pass
        ref_s = time.perf_counter() - t
        self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return {
            "mb": mb,
            "bytes": nbytes,
            "documents": len(files) - 1,
            "jobs": jobs,
            "tokenizer": backend(),
            "entities": len(cold.kb.entities),
            "relations": cold.graph.number_of_edges(),
            "cold_s": cold_s,
            "cold_cpu_s": cpu,
            "stages": cold.timings,
            "warm_s": warm_s,
            "warm_cached": warm.cached,
            "warm_kept_outputs": warm.kept,
            "one_more_page_s": more_s,
            "one_more_page_cached": more.cached,
            "one_more_page_extract_s": more.timings.get("extract", 0.0),
            "reference_bytes": ref_bytes,
            "reference_s": ref_s,
            "peak_rss_mb": self_kb / 1024,
            "peak_rss_worker_mb": child_kb / 1024,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def table(rows: list[dict]) -> str:
    """The results as a Markdown table (MB/s per stage, ratio to jieba.posseg, peak RSS, rebuilds)."""
    head = ["corpus", "docs", "entities", *STAGES, "end-to-end", "CPU-time rate", "jieba.posseg", "ratio"]
    head += ["peak RSS", "warm", "+1 page"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        mb = r["bytes"] / 1e6
        ref = r["reference_bytes"] / 1e6 / r["reference_s"]
        e2e = mb / r["cold_s"]
        stages = [f"{mb / r['stages'][s]:.1f}" if r["stages"].get(s) else "–" for s in STAGES]
        rss = f"{r['peak_rss_mb']:.0f} MB"
        if r["jobs"] > 1:  # pool workers are the forkserver's children: their RSS is not in RUSAGE_CHILDREN
            worker = r["peak_rss_worker_mb"]
            rss += f" (+{worker:.0f} MB/worker)" if worker else " (+workers, not measured)"
        lines.append(
            "| "
            + " | ".join(
                [
                    f"{mb:.1f} MB",
                    str(r["documents"]),
                    str(r["entities"]),
                    *stages,
                    f"{e2e:.2f} MB/s ({r['cold_s']:.1f} s)",
                    f"{mb / r['cold_cpu_s']:.2f} MB/s" + (" (parent)" if r["jobs"] > 1 else ""),
                    f"{ref:.2f} MB/s",
                    f"{e2e / ref:.1f}×",
                    rss,
                    f"{r['warm_s']:.2f} s ({r['cold_s'] / r['warm_s']:.0f}× faster)",
                    f"{r['one_more_page_s']:.1f} s (extract {r['one_more_page_extract_s']:.2f} s)",
                ]
            )
            + " |"
        )
    return "\n".join(lines) + "\n"


def svg(rows: list[dict], extrapolate_to: float = 100.0) -> str:
    """Time vs corpus size: measured points, and a straight-line extrapolation (dashed) to ``extrapolate_to`` MB."""
    pts = sorted((r["bytes"] / 1e6, r["cold_s"]) for r in rows)
    refs = sorted((r["bytes"] / 1e6, r["bytes"] / (r["reference_bytes"] / r["reference_s"])) for r in rows)
    rate = sum(t for _, t in pts) / sum(m for m, _ in pts)  # seconds per MB, least squares through 0
    ref_rate = sum(t for _, t in refs) / sum(m for m, _ in refs)
    xmax = max(extrapolate_to, max(m for m, _ in pts))
    ymax = max(ref_rate * xmax, rate * xmax) * 1.05
    w, h, pad = 640, 400, 60

    def xy(m: float, t: float) -> tuple[float, float]:
        return pad + (w - 2 * pad) * m / xmax, h - pad - (h - 2 * pad) * t / ymax

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">']
    out.append(f'<rect width="{w}" height="{h}" fill="white"/>')
    out.append(f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="black"/>')
    out.append(f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{h - pad}" stroke="black"/>')
    for i in range(6):
        m, t = xmax * i / 5, ymax * i / 5
        x, _ = xy(m, 0)
        _, y = xy(0, t)
        out.append(f'<text x="{x:.0f}" y="{h - pad + 18}" text-anchor="middle">{m:.0f}</text>')
        out.append(f'<text x="{pad - 6}" y="{y + 4:.0f}" text-anchor="end">{t:.0f}</text>')
    out.append(f'<text x="{w / 2}" y="{h - 15}" text-anchor="middle">corpus size (MB)</text>')
    out.append(f'<text x="15" y="{h / 2}" transform="rotate(-90 15 {h / 2})" text-anchor="middle">seconds</text>')
    for r_, colour, label, points in ((rate, "#1f77b4", "kg build", pts), (ref_rate, "#d62728", "jieba.posseg", refs)):
        x0, y0 = xy(0, 0)
        x1, y1 = xy(xmax, r_ * xmax)
        out.append(f'<line x1="{x0}" y1="{y0}" x2="{x1:.1f}" y2="{y1:.1f}" stroke="{colour}" stroke-dasharray="5,4"/>')
        for m, t in points:
            x, y = xy(m, t)
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>')
        out.append(f'<text x="{x1 - 4:.0f}" y="{y1 - 6:.0f}" text-anchor="end" fill="{colour}">{label}</text>')
    out.append(f'<text x="{w / 2}" y="20" text-anchor="middle">time vs size (dots measured, dashed: linear fit)</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--reference-mb", type=float, default=1e9, help="run jieba.posseg on at most this much text")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.one, args.jobs, args.reference_mb)))
        return
    rows = []
    for mb in args.sizes:
        corpus(mb)
        cmd = [sys.executable, __file__, "--one", str(mb), "--jobs", str(args.jobs)]
        cmd += ["--reference-mb", str(args.reference_mb)]
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"{mb:g} MB: cold {rows[-1]['cold_s']:.1f} s, warm {rows[-1]['warm_s']:.2f} s", file=sys.stderr)
    RESULTS.mkdir(exist_ok=True)
    suffix = f"-j{args.jobs}"
    (RESULTS / f"bench{suffix}.json").write_text(json.dumps(rows, indent=1, sort_keys=True) + "\n")
    (RESULTS / f"bench{suffix}.md").write_text(table(rows))
    (RESULTS / f"time_vs_size{suffix}.svg").write_text(svg(rows))
    print(table(rows))


if __name__ == "__main__":
    main()
