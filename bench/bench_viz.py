"""Benchmark the HTML view: render time, page size, and open-to-stabilised time in headless Chromium.

Run by hand (not a test):  .venv/bin/python bench/bench_viz.py [--nodes 2000] [--edges-per-node 2]
                           .venv/bin/python bench/bench_viz.py --graph output/   # a build's graph

A synthetic graph of N nodes (preferential attachment, so a few hubs and a
long tail, like a newspaper corpus) with CJK names and evidence sentences is
rendered with ``max_nodes=None``; the page is opened offline from a file://
URL and the time until the layout has stabilised and physics stopped is
measured from outside (navigation to settled: first drawing done, positions
from the build) and in the page: when the page's script starts (the file read
and parsed, vis-network run) and how long it then takes to settle (data
parsed, network built, first drawing). From
1,000 connected nodes the page opens on its overview of groups; one group is
then opened and timed too. Goal: <= 3 s open-to-settled for 2,000 nodes.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from cdp import Chromium, find_chromium  # noqa: E402

from kg.graph import entity_types  # noqa: E402
from kg.viz import render_html  # noqa: E402

CHARS = "张王李赵刘陈杨黄周吴徐孙马朱胡林郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
PREDICATES = ["member_of", "located_in", "part_of", "attends", "meets_with", "holds_position", "designated_as"]


def synthetic_graph(n: int, m: int, seed: int = 1) -> nx.MultiDiGraph:
    """A MultiDiGraph shaped like kg's: typed nodes with names, edges with predicate and provenance."""
    rng = random.Random(seed)
    skeleton = nx.barabasi_albert_graph(n, m, seed=seed)
    docs = [{"id": f"p{i:03d}.txt", "date": f"2024-01-{i % 28 + 1:02d}", "path": f"p{i:03d}.txt"} for i in range(40)]
    G = nx.MultiDiGraph(documents=docs)
    types = entity_types()
    for i in skeleton.nodes:
        name = "".join(rng.choice(CHARS) for _ in range(rng.randint(2, 5))) + str(i)
        t = types[i % len(types)]
        G.add_node(f"{t.lower()}/{name}", type=t, name=name, aliases=[], docs=[rng.choice(docs)["id"]], mentions=1)
    ids = list(G.nodes)
    for k, (a, b) in enumerate(skeleton.edges):
        d = rng.choice(docs)
        G.add_edge(
            ids[a],
            ids[b],
            key=f"e{k}",
            predicate=rng.choice(PREDICATES),
            doc=d["id"],
            date=d["date"],
            start=0,
            end=10,
            evidence="".join(rng.choice(CHARS) for _ in range(40)) + "。",
        )
    return G


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges-per-node", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--graph", help="a build's output folder or graph file instead of the synthetic graph")
    ap.add_argument("--max-nodes", type=int, default=None, help="draw at most N nodes (default: all)")
    args = ap.parse_args()
    if not find_chromium():
        sys.exit("chromium not found: install Debian's chromium (scripts/test.sh does)")
    if args.graph:
        from kg.query.loader import load

        G = load(args.graph)
    else:
        G = synthetic_graph(args.nodes, args.edges_per_node)
    t = time.perf_counter()
    page = render_html(G, max_nodes=args.max_nodes)
    render_s = time.perf_counter() - t
    path = Path(tempfile.mkdtemp(prefix="kg-bench-")) / "graph.html"
    path.write_text(page, encoding="utf-8")
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    print(f"render_html: {render_s:.2f} s, page {len(page.encode()) / 1e6:.2f} MB")
    for run in range(args.runs):
        with Chromium.start() as browser:
            tab = browser.new_page(offline=True)
            t = time.perf_counter()
            tab.goto(path.as_uri())
            in_page = tab.wait_for("window.kgView && kgView.state.stabilized && kgView.state.stabilizedMs", 120)
            wall = time.perf_counter() - t
            started = tab.evaluate("kgView.state.startedMs")
            drawn = tab.evaluate("[network.body.nodeIndices.length, network.body.edgeIndices.length]")
            groups = tab.evaluate("network.body.nodeIndices.filter(id => id.startsWith('group:'))")
            opened = ""
            if groups:
                t = time.perf_counter()
                tab.evaluate(f"kgView.openGroup({groups[0]!r}); new Promise(r => requestAnimationFrame(r))")
                opened = f", opened a group in {time.perf_counter() - t:.2f} s"
        print(
            f"run {run + 1}: open-to-settled {wall:.2f} s (page script from {started / 1000:.2f} s, "
            f"then {in_page / 1000:.2f} s to settled), "
            f"drew {drawn[0]} nodes ({len(groups)} groups) / {drawn[1]} edges{opened}"
        )


if __name__ == "__main__":
    main()
