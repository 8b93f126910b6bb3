"""Benchmark the shipped SPARQL queries: pyoxigraph (in memory, on disk) vs rdflib, on a synthetic graph.

Not a test: run by hand. Builds a NetworkX graph of the contract's shape
(people holding posts, meetings, places, projects, designations, with
provenance), writes it as N-Triples and times each shipped query (median of
``--repeat`` runs). rdflib is timed on a smaller graph (``--rdflib-scale``)
because parsing a million triples into rdflib takes minutes and gigabytes;
pyoxigraph is timed on that smaller graph too, so the ratio compares like
with like.

    .venv/bin/python bench/bench_sparql.py                # --scale 0.6: ~1 M triples
    .venv/bin/python bench/bench_sparql.py --scale 1      # ~1.6 M triples
    .venv/bin/python bench/bench_sparql.py --scale 0.05   # ~80 k triples
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.readwrite.rdf import write_rdf
from kg.sparql import open_store, query, shipped_queries

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
TITLES = ["市长", "副市长", "市委书记", "市委副书记", "区长", "县长", "局长", "主任", "书记", "副区长"]


def synthetic_graph(scale: float = 1.0, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of the contract's shape; ``scale=1`` gives about 1.6 million triples (N-Triples lines)."""
    rnd = random.Random(seed)
    n = lambda k: max(2, int(k * scale))  # noqa: E731
    docs = [f"{i:06d}.txt" for i in range(n(2000))]
    G = nx.MultiDiGraph(
        documents=[{"id": d, "date": f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}", "path": d} for i, d in enumerate(docs)]
    )

    def node(kind: str, name: str, **attrs) -> str:
        nid = f"{kind.lower()}/{name}"
        G.add_node(nid, type=kind, name=name, aliases=[], docs=sorted(rnd.sample(docs, 2)), mentions=2, **attrs)
        return nid

    places = [node("Place", f"第{i}区", level="county") for i in range(n(3000))]
    for i, p in enumerate(places[1:], 1):
        G.add_edge(p, places[i // 10], key=f"p{i}", **_prov(rnd, docs), predicate="part_of")
    posts = [node("Post", f"{p.split('/')[1]}{t}") for p in places[: n(1500)] for t in TITLES[:3]]
    people = [
        node("Person", f"{rnd.choice(SURNAMES)}{rnd.choice(GIVEN)}{rnd.choice(GIVEN)}{i}", official=True)
        for i in range(n(20000))
    ]
    meetings = [node("Meeting", f"第{i}次常务会议", date="2021-03-14") for i in range(n(5000))]
    projects = [node("Project", f"项目{i}") for i in range(n(10000))]
    designations = [node("Designation", f"示范区{i}", level="national") for i in range(n(500))]
    for i, person in enumerate(people):
        for j in range(3):
            title = rnd.choice(TITLES)
            G.add_edge(
                person,
                rnd.choice(posts),
                key=f"h{i}.{j}",
                predicate="holds_position",
                title=title,
                tense="current",
                **_prov(rnd, docs),
            )
        G.add_edge(person, rnd.choice(meetings), key=f"a{i}", predicate="attends", **_prov(rnd, docs))
    for i, m in enumerate(meetings):
        G.add_edge(rnd.choice(people), m, key=f"c{i}", predicate="chairs", **_prov(rnd, docs))
    for i, p in enumerate(projects):
        G.add_edge(p, rnd.choice(places), key=f"l{i}", predicate="located_in", **_prov(rnd, docs))
    for i, d in enumerate(designations):
        G.add_edge(
            rnd.choice(places),
            d,
            key=f"d{i}",
            predicate="designated_as",
            status="awarded",
            level="national",
            **_prov(rnd, docs),
        )
    # probes that have answers: the chair of the first meeting, the place of the first designation
    chair = next(u for u, _, k in G.in_edges(meetings[0], keys=True) if k.startswith("c"))
    designated = next(u for u, _, k in G.in_edges(designations[0], keys=True) if k.startswith("d"))
    held = next(d for _, _, k, d in G.out_edges(people[0], keys=True, data=True) if k.startswith("h"))
    G.graph["probe"] = {
        "person": G.nodes[chair]["name"],
        "holder": G.nodes[people[0]]["name"],
        "title": held["title"],
        "place": G.nodes[designated]["name"],
        "district": places[1].split("/")[1],
    }
    return G


def _prov(rnd: random.Random, docs: list[str]) -> dict:
    start = rnd.randrange(5000)
    doc = rnd.choice(docs)
    return {
        "doc": doc,
        "start": start,
        "end": start + 8,
        "evidence": f"第{start}句,市长出席会议。",
        "date": f"2021-03-{1 + start % 28:02d}",
    }


def _params(G: nx.MultiDiGraph) -> dict[str, tuple[str, dict[str, str]]]:
    """Timed cases by label: the query and its parameters (``(all)``: an optional parameter left out)."""
    probe = G.graph["probe"]
    return {
        "officials": ("officials", {}),
        "holders": ("holders", {"post": "市长", "on": "2021-03-14"}),
        "designations": ("designations", {"place": probe["place"]}),
        "designations (all)": ("designations", {}),
        "projects": ("projects", {"district": probe["district"]}),
        "projects (all)": ("projects", {}),
        "meetings": ("meetings", {"person": probe["person"]}),
        "meetings (all)": ("meetings", {}),
        "evidence": ("evidence", {"person": probe["holder"], "post": probe["title"]}),
    }


def _time(store, text: str, params: dict, repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = len(query(store, text, params))
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=0.6, help="graph size: 0.6 ≈ 1 M triples, 1.0 ≈ 1.6 M")
    ap.add_argument(
        "--rdflib-scale", type=float, default=0.05, help="graph size for the rdflib comparison (0.05 ≈ 80 k triples)"
    )
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    queries = shipped_queries()
    with tempfile.TemporaryDirectory() as tmp:
        for scale, engines in (
            (args.scale, ("oxigraph", "oxigraph-disk")),
            (args.rdflib_scale, ("oxigraph", "rdflib")),
        ):
            t = time.perf_counter()
            G = synthetic_graph(scale)
            path = Path(tmp) / f"graph-{scale}.nt"
            path.write_text(write_rdf(G, "nt"), encoding="utf-8")
            print(
                f"\nscale {scale}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
                f"{sum(1 for _ in path.open(encoding='utf-8'))} triples; generated and written in "
                f"{time.perf_counter() - t:.1f} s"
            )
            stores, results = {}, {}
            for engine in engines:
                t = time.perf_counter()
                stores[engine] = open_store(path, engine)
                print(f"  load {engine:<14}{time.perf_counter() - t:7.2f} s")
            if "oxigraph-disk" in engines:
                t = time.perf_counter()
                ox.Store.read_only(str(path.with_suffix(".oxigraph")))
                print(f"  reopen on-disk store  {time.perf_counter() - t:7.3f} s")
            print(f"  {'query':<20}" + "".join(f"{e:>16}" for e in engines) + "    rows")
            for label, (name, params) in _params(G).items():
                cells = []
                for engine in engines:
                    med, rows = _time(stores[engine], queries[name].text, params, args.repeat)
                    results[label, engine] = med
                    cells.append(f"{med * 1000:13.1f} ms")
                ratio = (
                    f"   rdflib/oxigraph {results[label, 'rdflib'] / results[label, 'oxigraph']:6.0f}×"
                    if "rdflib" in engines
                    else ""
                )
                print(f"  {label:<20}" + "".join(cells) + f"  {rows:6d}" + ratio)
            del stores


if __name__ == "__main__":
    main()
