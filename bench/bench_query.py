"""Benchmark the query API on a synthetic graph of the contract's shape (run by hand, not in the tests).

    .venv/bin/python bench/bench_query.py            # ~1 M edges
    .venv/bin/python bench/bench_query.py --edges 100000

The graph mimics kg's output at scale: prefectures → counties → towns
(``part_of``), projects ``located_in`` places, officials holding posts with
dated observations (``holds_position`` with title, body, jurisdiction,
tense), designations, meetings with attendees. Names are random
two-to-three-character Chinese strings, so pinyin and fuzzy lookups see
realistic collisions. Prints build, index and per-query times (median of
``--repeat`` runs). Goal: every query well under a second; name lookups O(1).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kg
from kg.query.lookup import build_index, index

_CHARS = "山水河湖江海城镇乡村东西南北中新安平阳明华光金石林松柏桥港田丰泰宁德兴隆长清远高云龙凤"
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉力斌波宁"
_TITLES = ["市长", "市委书记", "副市长", "市委常委", "县长", "县委书记", "局长", "镇长", "镇党委书记", "区长"]


def _name(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def synthetic(edges: int, seed: int = 7) -> nx.MultiDiGraph:
    """A graph of about ``edges`` edges with the node and edge attributes of docs/graph-model.md."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(documents=[])
    scale = edges / 1_000_000
    n_pref, n_county, n_town = int(300 * scale) + 3, int(3_000 * scale) + 10, int(40_000 * scale) + 30
    places: dict[str, list[str]] = {"prefecture": [], "county": [], "town": []}
    suffix = {"prefecture": "市", "county": "县", "town": "镇"}
    for level, count in (("prefecture", n_pref), ("county", n_county), ("town", n_town)):
        for i in range(count):
            base = _name(rng, _CHARS, 2)
            n = f"place/{base}{suffix[level]}@{i}"
            G.add_node(n, type="Place", name=base + suffix[level], aliases=[base], level=level, code=f"{i:06d}")
            places[level].append(n)
    ev = "某某出席会议并讲话。"  # one shared evidence string keeps memory realistic for ids, not prose

    def edge(u: str, v: str, predicate: str, doc: int, **extra: object) -> None:
        year = 2015 + doc % 9
        date = f"{year}-{1 + doc % 12:02d}-{1 + doc % 28:02d}"
        G.add_edge(u, v, predicate=predicate, doc=f"{doc:07d}.txt", start=doc % 5000, end=doc % 5000 + 9,
                   evidence=ev, date=date, **extra)  # fmt: skip

    for c in places["county"]:
        edge(c, rng.choice(places["prefecture"]), "part_of", rng.randrange(10**6))
    for t in places["town"]:
        edge(t, rng.choice(places["county"]), "part_of", rng.randrange(10**6))
    all_places = places["prefecture"] + places["county"] + places["town"]
    n_person = int(120_000 * scale) + 20
    persons = []
    for i in range(n_person):
        n = f"person/{_name(rng, _SURNAMES, 1)}{_name(rng, _GIVEN, rng.choice((1, 2)))}@{i}"
        G.add_node(n, type="Person", name=n.split("/")[1].split("@")[0], aliases=[], official=True)
        persons.append(n)
    posts = []
    for p in all_places[: int(60_000 * scale) + 20]:
        for title in rng.sample(_TITLES, 2):
            name = G.nodes[p]["name"] + title
            n = f"post/{name}@{p}"
            G.add_node(n, type="Post", name=name, aliases=[], title=title, body=G.nodes[p]["name"], jurisdiction=p)
            posts.append(n)
    n_proj = int(80_000 * scale) + 10
    for i in range(n_proj):
        n = f"project/{_name(rng, _CHARS, 4)}项目@{i}"
        G.add_node(n, type="Project", name=n.split("/")[1].split("@")[0], aliases=[])
        edge(n, rng.choice(all_places), "located_in", rng.randrange(10**6))
    for i in range(int(5_000 * scale) + 5):
        n = f"designation/国家{_name(rng, _CHARS, 3)}示范城市@{i}"
        G.add_node(n, type="Designation", name=n.split("/")[1].split("@")[0], aliases=[], level="national")
    designations = [n for n in G if n.startswith("designation/")]
    meetings = []
    for i in range(int(20_000 * scale) + 5):
        n = f"meeting/{_name(rng, _CHARS, 2)}工作会议@{i}"
        G.add_node(n, type="Meeting", name=n.split("/")[1].split("@")[0], aliases=[], date="2020-01-01")
        meetings.append(n)
    for _ in range(max(0, edges - G.number_of_edges())):  # number_of_edges() is O(nodes): count once
        doc = rng.randrange(10**6)
        kind = rng.random()
        if kind < 0.55:
            post = rng.choice(posts)
            a = G.nodes[post]
            tense = rng.choice(("current",) * 8 + ("former", "appointed"))
            edge(rng.choice(persons), post, "holds_position", doc, title=a["title"], body=a["body"],
                 jurisdiction=a["jurisdiction"], tense=tense)  # fmt: skip
        elif kind < 0.8:
            edge(rng.choice(persons), rng.choice(meetings), rng.choice(("attends", "attends", "chairs")), doc)
        elif kind < 0.9:
            edge(rng.choice(all_places), rng.choice(designations), "designated_as", doc,
                 status=rng.choice(("awarded", "aspiring")), level="national")  # fmt: skip
        else:
            edge(rng.choice(persons), rng.choice(persons), "meets_with", doc)
    return G


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    t0 = time.perf_counter()
    G = synthetic(args.edges)
    print(f"synthetic graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges "
          f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    t0 = time.perf_counter()
    index(G)
    print(f"index (names, aliases, pinyin, characters, titles) built once in {time.perf_counter() - t0:.1f} s")

    rng = random.Random(1)
    person = rng.choice([n for n, a in G.nodes(data=True) if a["type"] == "Person" and G.out_degree(n) > 3])
    prefecture = max((n for n, a in G.nodes(data=True) if a.get("level") == "prefecture"), key=G.in_degree)
    pname = G.nodes[prefecture]["name"]
    person_name = G.nodes[person]["name"]
    lookups = [G.nodes[n]["name"] for n in rng.sample(list(G.nodes), 1000)]
    ix = index(G)
    t0 = time.perf_counter()
    _ = ix.pinyin
    print(f"pinyin table (built lazily, on the first latin-letter lookup) in {time.perf_counter() - t0:.1f} s")
    queries: list[tuple[str, Callable[[], object]]] = [
        ("1000 exact name lookups (index)", lambda: [ix.lookup(s) for s in lookups]),
        ("find(name)", lambda: kg.find(G, pname)),
        ("find(one character)", lambda: kg.find(G, pname[0])),
        ("find(pinyin)", lambda: kg.find(G, "qingshan")),
        ("find(typo, fuzzy)", lambda: kg.find(G, pname[:-1] + "县")),
        ("holders(市长, at=2020-06-30)", lambda: kg.holders(G, "市长", at="2020-06-30")),
        ("holders(市长, jurisdiction, at)", lambda: kg.holders(G, "市长", jurisdiction=prefecture, at="2020-06-30")),
        ("posts_of(person id)", lambda: kg.posts_of(G, person)),
        ("projects_in(prefecture, recursive)", lambda: kg.projects_in(G, prefecture)),
        ("designations_of(prefecture)", lambda: kg.designations_of(G, prefecture)),
        ("co_attendees(person)", lambda: kg.co_attendees(G, person)),
    ]
    print(f"\nmedian of {args.repeat} runs (prefecture {pname} = {prefecture}, person {person_name} = {person})")
    for label, fn in queries:
        seconds, result = timed(fn, args.repeat)
        n = len(result) if isinstance(result, list) else "-"
        print(f"  {label:40s} {seconds * 1000:9.2f} ms   {n} results")
    t0 = time.perf_counter()
    build_index(G)
    print(f"\nrebuilding the index: {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
