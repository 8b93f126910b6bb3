"""Peak RSS, cold and warm wall time of ``kg build`` as a fresh process, and output identity (bench only).

Each build runs as its own ``python -m kg build`` process, started by a small launcher process that
reads its ``os.wait4`` usage: the build's own peak RSS and CPU seconds, whatever this process holds
(see :func:`run`). With ``--base DIR`` (a copy of an older ``kg`` package, e.g.
``git archive main kg | tar -x -C /tmp/base``) the same corpus is built with that code too and
the output files are compared byte for byte.

    git archive HEAD kg | tar -x -C /tmp/kg-new      # a frozen copy: edits during the run change the stamp
    python bench/bench_stream.py --sizes 10 30 --new /tmp/kg-new --base /tmp/kg-base
    python bench/bench_stream.py --sizes 10 --dask     # also a LocalCluster build (client RSS)
Appends one JSON line per measurement to ``bench/results/stream.jsonl``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
FILES = ("graph.ttl", "graph.jsonld", "graph.graphml", "graph.html", "graph.jsonl", "graph.nt")


LAUNCHER = (
    "import os, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, u = os.wait4(p.pid, 0)\n"
    "print(os.waitstatus_to_exitcode(status), time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
)
"""Runs the command given as its arguments; prints its exit code, wall seconds, peak RSS (KiB) and CPU seconds."""


def run(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one child process, run outside the source tree.

    The child is started by :data:`LAUNCHER`, a fresh small interpreter, not by this process: on Linux a
    child's ``ru_maxrss`` is at least the peak RSS of the process that spawned it (``exec`` folds the
    old address space's high-water mark into the new process's), and this one may have grown (making a
    corpus extracts the seeds: 250-340 MB, which became the "warm" rows of 4 December). The launcher's
    own peak (about 12 MB) is the floor instead.

    (``python -m`` puts the working folder first on ``sys.path``: run in the repository, it
    would import the working tree's ``kg`` whatever ``PYTHONPATH`` says.)
    """
    cwd = tempfile.gettempdir()
    launch = [sys.executable, "-c", LAUNCHER, *cmd]
    proc = subprocess.run(launch, env=env, cwd=cwd, capture_output=True, text=True)
    try:
        code, seconds, maxrss_kb, cpu = proc.stdout.split()
    except ValueError:
        raise SystemExit(f"{cmd}: launcher failed ({proc.returncode}): {proc.stderr[-2000:]}") from None
    if int(code):
        raise SystemExit(f"{cmd} failed ({code}): {proc.stderr[-2000:]}")
    wall, rss, cpu_s = float(seconds), int(maxrss_kb) / 1024, float(cpu)
    print(f"  {wall:.1f} s wall, {cpu_s:.1f} s CPU, {rss:.0f} MB: " + " ".join(cmd[3:6]), file=sys.stderr, flush=True)
    return wall, rss, cpu_s


def _env(code: str | None) -> dict[str, str]:
    """This environment, ``PYTHONPATH`` set to ``code`` or made absolute (the children run in the temp folder)."""
    env = dict(os.environ)
    if code:
        env["PYTHONPATH"] = code
    elif env.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in env["PYTHONPATH"].split(os.pathsep))
    return env


def digests(out: Path) -> dict[str, str]:
    """blake2b of every output file present (read in blocks: this process stays small)."""
    found = {}
    for n in FILES:
        if (out / n).exists():
            with (out / n).open("rb") as f:
                found[n] = hashlib.file_digest(f, hashlib.blake2b).hexdigest()[:16]
    return found


def _mtimes(out: Path) -> dict[str, int]:
    """Modification time (ns) of every output file present."""
    return {n: (out / n).stat().st_mtime_ns for n in FILES if (out / n).exists()}


def build_twice(pages: Path, work: Path, code: str | None, extra: list[str]) -> dict:
    """A cold build (empty cache) and a warm rebuild of the unchanged pages, each a fresh process.

    The warm build is the same command again (same outputs, cache and output folder): kg finds its
    output stamp and keeps the files. ``warm_kept`` says whether it did (no output file rewritten).
    """
    env = _env(code)
    out, cache = work / "out", work / "cache"
    cmd = [sys.executable, "-m", "kg", "build", str(pages), "-o", str(out), "--cache-dir", str(cache), "-q", *extra]
    cmd += ["--formats", "ttl,jsonld,nt,html,graphml,jsonl"]
    cold_s, cold_rss, cold_cpu = run(cmd, env)
    written = _mtimes(out)
    warm_s, warm_rss, warm_cpu = run(cmd, env)
    kept = written == _mtimes(out)  # (not the lock file: every build rewrites it)
    sizes = {n: (out / n).stat().st_size for n in FILES if (out / n).exists()}
    times = {"cold_s": cold_s, "cold_cpu_s": cold_cpu, "warm_s": warm_s, "warm_cpu_s": warm_cpu}
    return {
        **times,
        "cold_rss_mb": cold_rss,
        "warm_rss_mb": warm_rss,
        "warm_kept": kept,
        "out": digests(out),
        "out_bytes": sizes,
    }


def dask_build(pages: Path, work: Path, code: str | None) -> dict:
    """A build on a two-worker LocalCluster (loopback) given the folder: client wall time and peak RSS."""
    from distributed import LocalCluster

    env = _env(code)
    if code:
        sys.path.insert(0, code)  # the workers are this process's children: they import kg from there too
        os.environ["PYTHONPATH"] = code

    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0") as cluster:
        cmd = [sys.executable, "-m", "kg", "build", str(pages), "-o", str(work / "out-dask"), "--no-cache", "-q"]
        cmd += ["--dask", cluster.scheduler_address, "--formats", "ttl,jsonld,nt,html,graphml,jsonl"]
        seconds, rss, cpu = run(cmd, env)
    return {"dask_s": seconds, "dask_client_cpu_s": cpu, "dask_client_rss_mb": rss, "out": digests(work / "out-dask")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[10])
    ap.add_argument("--base", help="folder holding an older kg package to compare with")
    ap.add_argument("--new", help="folder holding the kg package to measure (default: the installed one)")
    ap.add_argument("--no-new", action="store_true", help="measure only --base")
    ap.add_argument("--dask", action="store_true")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_build import corpus

    RESULTS.mkdir(exist_ok=True)
    for mb in args.sizes:
        pages = corpus(mb)
        nbytes = sum(f.stat().st_size for f in pages.glob("*.txt"))
        runs = ([] if args.no_new else [("new", args.new)]) + ([("base", args.base)] if args.base else [])
        row: dict = {"mb": mb, "bytes": nbytes, "jobs": args.jobs, "load": os.getloadavg()[0]}
        for name, code in runs:
            work = Path(tempfile.mkdtemp(prefix="kg-stream-"))
            try:
                row[name] = build_twice(pages, work, code, ["-j", str(args.jobs)])
                if args.dask and name == "new":
                    row["dask"] = dask_build(pages, work, args.new)
            finally:
                shutil.rmtree(work, ignore_errors=True)
            print(f"{mb:g} MB {name}: {json.dumps(row[name])}", file=sys.stderr)
        if args.base and not args.no_new:
            row["identical"] = row["new"]["out"] == row["base"]["out"]
        if args.dask:
            row["dask_identical"] = row["dask"]["out"] == row["new"]["out"]
        row["time"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        with (RESULTS / "stream.jsonl").open("a", encoding="utf-8") as f:
            f.write(json.dumps(row, sort_keys=True) + "\n")
        print(json.dumps(row, indent=1))


if __name__ == "__main__":
    main()
