"""The HTML view as bytes: offline, escaped, deterministic, legible (the browser tests check it runs)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib.resources import files

import networkx as nx
import pytest

from kg.graph import entity_types
from kg.viz import render_html, script_json, write_html
from kg.viz.compact import rows
from kg.viz.layout import communities, community_layout, radial_layout
from kg.viz.payload import node_tooltip, search_keys, select_nodes

HOSTILE = [
    '<img src=x onerror="window.__xss=1">',
    "</script><script>window.__xss=1</script>",
    "<!--<script>",
    "a\u2028b\u2029c & d > e",
    "href=javascript:alert(1)",
]


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "the page carries its data in a JSON script element"
    data = json.loads(m.group(1))
    return dict(data, nodes=rows(data["nodes"]), edges=rows(data["edges"]))


def tiny_graph(names: list[str] | None = None) -> nx.MultiDiGraph:
    """A person holding a post, a place with a designation; names and evidence can be hostile."""
    a, b, c, d = names or ["李四", "市长", "长沙市", "全国文明城市"]
    G = nx.MultiDiGraph(documents=[{"id": "d1.txt", "date": "2023-04-05", "path": "d1.txt"}])
    G.add_node(f"person/{a}", type="Person", name=a, aliases=[a + "同志"], docs=["d1.txt"], mentions=2, official=True)
    G.add_node(f"post/{b}", type="Post", name=b, aliases=[], docs=[], mentions=0)
    G.add_node(f"place/{c}", type="Place", name=c, aliases=[], docs=["d1.txt"], mentions=1, level="prefecture")
    G.add_node(f"designation/{d}", type="Designation", name=d, aliases=[], docs=["d1.txt"], mentions=1)
    ev = {"doc": "d1.txt", "date": "2023-04-05", "start": 0, "end": 5}
    G.add_edge(
        f"person/{a}", f"post/{b}", predicate="holds_position", title=b, tense="current", evidence=f"{b}{a}讲话。", **ev
    )
    G.add_edge(
        f"place/{c}",
        f"designation/{d}",
        predicate="designated_as",
        status="aspiring",
        level="national",
        evidence=f"{c}创建{d}。",
        **ev,
    )
    return G


@pytest.mark.parametrize("text", HOSTILE)
def test_viz_script_json_escapes_for_script_context(text):
    out = script_json({"name": text})
    assert not re.search("[<>&\u2028\u2029]", out)
    assert json.loads(out) == {"name": text}


@pytest.mark.parametrize("text", HOSTILE)
def test_viz_hostile_text_stays_inside_json(text):
    page = render_html(tiny_graph([text, text + "1", text + "2", text + "3"]))
    assert page.count("</script>") == 3  # hostile text closed no script element early
    assert "<img" not in page
    assert "window.__xss" not in page.replace("window.__xss=1", "")  # only ever inside escaped JSON
    assert page_data(page)["nodes"][0]["label"].startswith(text[:3])


def test_viz_page_is_self_contained_and_utf8(seed_build):
    page = (seed_build.outputs[1]).read_bytes().decode("utf-8")
    assert seed_build.outputs[1].name == "graph.html"
    assert '<meta charset="utf-8">' in page
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page)
    assert "vis-network" in page and "new vis.Network" in page


def test_viz_csp_allows_exactly_the_inline_scripts():
    page = render_html(tiny_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for s in scripts:
        digest = base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]


def test_viz_page_code_never_writes_html_strings():
    js = "".join(
        files("kg.viz").joinpath("static", f).read_text(encoding="utf-8") for f in ("tips.js", "labels.js", "view.js")
    )
    js = re.sub(r"^\s*//.*$", "", js, flags=re.M)  # comments may name what the code avoids
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", js)


def test_viz_render_is_deterministic_across_insertion_order():
    G = tiny_graph()
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert render_html(G).encode() == render_html(H).encode()


def test_viz_legend_lists_every_type():
    types = [t["type"] for t in page_data(render_html(tiny_graph()))["meta"]["types"]]
    assert types[: len(entity_types())] == entity_types()


def test_viz_max_nodes_keeps_best_connected_and_counts_left_out():
    G = nx.MultiDiGraph(nx.star_graph(6))
    G = nx.relabel_nodes(G, {i: f"place/{i}" for i in G})
    nx.set_node_attributes(G, "Place", "type")
    data = page_data(render_html(G, max_nodes=3))
    assert [n["id"] for n in data["nodes"]] == ["place/0", "place/1", "place/2"]
    assert data["meta"]["leftOut"] == 4
    assert len(data["edges"]) == 4  # both directions of 0-1 and 0-2


@pytest.mark.parametrize("n, expected", [(None, 4), (10, 4), (2, 2), (0, 0)])
def test_viz_select_nodes_bounds(n, expected):
    kept, left = select_nodes(tiny_graph(), n)
    assert len(kept) == expected and left == 4 - expected


def test_viz_tooltip_lists_posts_with_dates_and_designations_with_status():
    G = tiny_graph()
    person = [t for _, t, *_ in node_tooltip(G, "person/李四")]
    assert "市长 · 2023-04-05" in person
    assert any("讲话" in t for t in person)
    place = [t for _, t, *_ in node_tooltip(G, "place/长沙市")]
    assert any(t.startswith("全国文明城市 · 创建中 aspiring · national") for t in place)
    assert "级别 level: prefecture" in place


def test_viz_tooltip_speaks_words_not_keys():
    text = " ".join(t for _, t, *_ in node_tooltip(tiny_graph(), "person/李四"))
    assert "official: True" not in text and "官员 official: 是 yes" in text


def test_viz_tooltip_posts_are_a_timeline_first_to_last_seen():
    G = tiny_graph()
    ev = {
        "doc": "d2.txt",
        "start": 0,
        "end": 5,
        "evidence": "市长李四调研。",
        "title": "市长",
        "predicate": "holds_position",
    }
    G.add_edge("person/李四", "post/市长", date="2024-01-02", **ev)
    G.add_edge("person/李四", "post/市长", date="2023-11-30", **dict(ev, doc="d3.txt"))
    posts = [t for k, t, *_ in node_tooltip(G, "person/李四") if k == "i" and t.startswith("市长")]
    assert posts == ["市长 · 2023-04-05 → 2024-01-02 · 3 篇 docs"]


def test_viz_every_evidence_carries_a_citation_with_the_document_path():
    G = tiny_graph()
    G.graph["documents"][0]["path"] = "pages/2023/d1.txt"
    quotes = [line for line in node_tooltip(G, "person/李四") if line[0] == "q"]
    assert quotes and all(len(q) == 3 and "2023/d1.txt" in q[2] and "2023-04-05" in q[2] for q in quotes)


def test_viz_unconnected_nodes_are_marked_and_not_laid_out():
    G = tiny_graph()
    G.add_node("person/孤", type="Person", name="孤", aliases=[], docs=[], mentions=1)
    nodes = {n["id"]: n for n in page_data(render_html(G))["nodes"]}
    assert nodes["person/孤"].get("kgAlone") is True and "x" not in nodes["person/孤"]
    assert all("x" in n and not n.get("kgAlone") for i, n in nodes.items() if i != "person/孤")


def test_viz_key_nodes_have_labels_large_enough_for_the_first_view():
    nodes = {n["id"]: n for n in page_data(render_html(tiny_graph()))["nodes"]}
    assert nodes["person/李四"].get("kgKey") and nodes["place/长沙市"].get("kgKey")
    assert not nodes["post/市长"].get("kgKey") and "font" not in nodes["post/市长"]


def test_viz_focus_page_is_the_ego_network(tmp_path):
    from kg.viz import write_focus_html

    G = tiny_graph()
    G.add_edge("post/市长", "place/长沙市", predicate="post_in", source="post")
    path, H = write_focus_html(G, "李四", tmp_path, depth=1)
    data = page_data(path.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"person/李四", "post/市长"} == set(H)
    assert data["meta"]["focus"] == "person/李四" and path.name == "focus-李四.html"
    _, H2 = write_focus_html(G, "李四", tmp_path, depth=2)
    assert "place/长沙市" in H2


@pytest.mark.parametrize(
    "name, aliases, key",
    [("长沙市", [], "changshashi"), ("长沙市", [], "css"), ("重庆市", ["渝"], "yu"), ("Acme", [], "acme")],
)
def test_viz_search_keys_cover_names_aliases_and_pinyin(name, aliases, key):
    assert key in search_keys(name, aliases).split("\n")


def test_viz_edges_labelled_by_predicate_or_title():
    labels = {e["kgPredicate"]: e["label"] for e in page_data(render_html(tiny_graph()))["edges"]}
    assert labels == {"holds_position": "市长", "designated_as": "称号 designated as (创建中 aspiring)"}


def test_viz_large_graph_gets_positions_and_no_physics():
    G = nx.MultiDiGraph(nx.path_graph(600))
    data = page_data(render_html(G, max_nodes=None))
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])


def test_viz_community_layout_keeps_communities_apart():
    G = nx.MultiDiGraph()
    for c in "ab":  # two dense groups joined by one edge
        G.add_edges_from((f"{c}{i}", f"{c}{j}") for i in range(6) for j in range(i + 1, 6))
    G.add_edge("a0", "b0")
    groups = communities(G)
    assert sorted(map(sorted, groups)) == [[f"a{i}" for i in range(6)], [f"b{i}" for i in range(6)]]
    pos = community_layout(G, groups)
    xs = {c: [pos[f"{c}{i}"][0] for i in range(6)] for c in "ab"}
    ys = {c: [pos[f"{c}{i}"][1] for i in range(6)] for c in "ab"}
    apart_x = max(xs["a"]) < min(xs["b"]) or max(xs["b"]) < min(xs["a"])
    apart_y = max(ys["a"]) < min(ys["b"]) or max(ys["b"]) < min(ys["a"])
    assert apart_x or apart_y
    assert pos == community_layout(G, groups)


def test_viz_overview_groups_from_a_thousand_linked_nodes():
    G = nx.MultiDiGraph(nx.path_graph(1200))
    G = nx.relabel_nodes(G, str)
    data = page_data(render_html(G, max_nodes=None))
    assert data["meta"]["overview"] is True and len(data["meta"]["groups"]) > 1
    assert {n["kgGroup"] for n in data["nodes"]} == set(range(len(data["meta"]["groups"])))
    assert page_data(render_html(tiny_graph()))["meta"]["overview"] is False


def test_viz_radial_layout_places_every_node_apart():
    G = nx.MultiDiGraph(nx.balanced_tree(3, 4))
    G.add_nodes_from(range(1000, 1010))  # isolated nodes
    pos = radial_layout(G)
    assert set(pos) == set(G.nodes)
    assert len(set(pos.values())) == len(pos)
    assert pos == radial_layout(G)


def test_viz_write_html_writes_utf8(tmp_path):
    path = write_html(tiny_graph(), tmp_path / "g.html")
    assert "李四" in path.read_bytes().decode("utf-8")


def test_viz_focus_page_of_an_unconnected_entity_draws_it(tmp_path):
    from kg.viz import write_focus_html

    G = tiny_graph()
    G.add_node("person/孤", type="Person", name="孤", aliases=[], docs=[], mentions=1)
    path, _ = write_focus_html(G, "孤", tmp_path)
    [node] = page_data(path.read_text(encoding="utf-8"))["nodes"]
    assert node["id"] == "person/孤" and not node.get("kgAlone") and "x" in node


@pytest.mark.parametrize("depth", [0, 1, 2, 3, 6])
def test_viz_script_json_in_pieces_is_script_json(depth):
    """The page's data written piece by piece (kg.publish streams it) is the same text as in one string."""
    from kg.viz.page import script_json_chunks

    data = {
        "z": [],
        "a": {"rows": [[1, None, True, 2.5, "</script>&\u2028"], [], [{"b": 1, "a": {}}]], "columns": ["x"]},
        "m": {"texts": ["张三\u2029<!--", ""], "ints": {3: "x", 1: "y"}},  # non-string keys: written whole
        "e": {},
    }
    one = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        one = one.replace(ch, esc)
    assert "".join(script_json_chunks(data, depth)) == one == script_json(data)


def test_viz_page_streamed_is_the_page(seed_build):
    """The page a build writes (streamed, :func:`kg.viz.page.iter_html`) is :func:`render_html` of its graph."""
    page = seed_build.outputs[1].read_bytes().decode("utf-8")
    assert page == render_html(seed_build.graph)
