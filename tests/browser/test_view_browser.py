"""The HTML view in a real browser (headless Chromium, offline, file:// URL).

Skips, with the reason, only when chromium is not installed (``scripts/test.sh``
installs Debian's); a browser that is there but fails is a test failure.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from cdp import Chromium, find_chromium

from kg.build import build
from kg.graph import entity_types
from kg.viz import write_html

ROOT = Path(__file__).resolve().parents[2]
READY = "window.kgView && kgView.state.stabilized === true"
PAYLOAD = '<img src=x onerror="window.__xss=1"></script><script>window.__xss=1</script>'


@pytest.fixture(scope="module")
def browser():
    if not find_chromium():
        pytest.skip("chromium is not installed (/usr/bin/chromium); scripts/test.sh installs Debian's chromium")
    with Chromium.start() as b:
        yield b


def open_page(browser: Chromium, path: Path):
    page = browser.new_page(offline=True)
    page.goto(path.resolve().as_uri())
    page.wait_for(READY, timeout=60)
    return page


def drawn(page) -> tuple[int, int]:
    n, e = page.evaluate("[network.body.nodeIndices.length, network.body.edgeIndices.length]")
    return n, e


def test_browser_seed_graph_draws_every_node_edge_and_type(browser, seed_build):
    html = next(p for p in seed_build.outputs if p.name == "graph.html")
    page = open_page(browser, html)
    G = seed_build.graph
    assert drawn(page) == (G.number_of_nodes(), G.number_of_edges())
    legend = page.evaluate("[...document.querySelectorAll('#kg-legend [data-type]')].map(e => e.dataset.type)")
    assert legend[: len(entity_types())] == entity_types()
    assert page.evaluate("network.physics.physicsEnabled") is False, "physics stops once stabilised"
    assert page.evaluate("document.characterSet") == "UTF-8"
    assert all(u.startswith("file://") for u in page.requests()), page.requests()
    assert page.errors() == []
    page.screenshot(ROOT / "output" / "graph.png")
    hub = max(G.nodes, key=lambda n: (G.degree(n), n))
    page.evaluate(f"kgView.focusNode({_js(hub)})")  # close-up with labels (CJK on the canvas) for humans
    page.screenshot(ROOT / "output" / "graph-focus.png")


def test_browser_hostile_text_never_runs(browser, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "x.txt").write_text(f"2024年3月1日\n市长张三丰出席会议{PAYLOAD}并讲话。\n", encoding="utf-8")
    G = build([pages], tmp_path / "out").graph
    G.add_node(f"person/{PAYLOAD}", type="Person", name=PAYLOAD, aliases=[PAYLOAD], docs=["x.txt"], mentions=1)
    G.add_edge(
        f"person/{PAYLOAD}", "person/张三丰", predicate="meets_with", doc="x.txt", start=0, end=1, evidence=PAYLOAD
    )
    page = open_page(browser, write_html(G, tmp_path / "graph.html"))
    assert drawn(page) == (G.number_of_nodes(), G.number_of_edges())
    # show the hostile node everywhere text goes: search results, details panel, hover tooltip
    page.evaluate("document.getElementById('kg-search').value = 'onerror'")
    page.evaluate("document.getElementById('kg-search').dispatchEvent(new Event('input'))")
    assert "<img src=x" in page.evaluate("document.getElementById('kg-results').textContent")
    page.evaluate(f"kgView.focusNode({_js(f'person/{PAYLOAD}')})")
    assert PAYLOAD in page.evaluate("document.getElementById('kg-info').textContent")
    x, y = page.evaluate(f"(p => [p.x, p.y])(network.canvasToDOM(network.getPosition({_js(f'person/{PAYLOAD}')})))")
    top = page.evaluate("document.getElementById('kg-network').getBoundingClientRect().top")
    for dx in (0, 1):  # vis shows the tooltip on a hover that moves
        page.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x + dx, "y": y + top})
    tip = page.wait_for(
        "(t => t && t.style.visibility === 'visible' && t.textContent)(document.querySelector('.vis-tooltip'))", 10
    )
    assert "<img src=x" in tip
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.scripts.length") == 3


def test_browser_search_finds_by_pinyin(browser, seed_build):
    page = open_page(browser, next(p for p in seed_build.outputs if p.name == "graph.html"))
    labels = page.evaluate("kgView.find('zhuzhoushi').map(n => n.label)")
    assert "株洲市" in labels
    assert page.evaluate("kgView.find('zzs').length") >= 1


def test_browser_click_highlights_neighbourhood(browser, tmp_path):
    G = nx.MultiDiGraph()
    for n in "abcd":
        G.add_node(n, type="Person", name=f"人{n}", aliases=[], docs=[], mentions=1)
    G.add_edge("a", "b", predicate="meets_with", doc="d", start=0, end=1, evidence="甲会见乙。")
    G.add_edge("c", "d", predicate="meets_with", doc="d", start=0, end=1, evidence="丙会见丁。")
    page = open_page(browser, write_html(G, tmp_path / "g.html"))
    page.evaluate("kgView.focusNode('a')")
    colours = page.evaluate("Object.fromEntries(kgView.nodes.get().map(n => [n.id, n.color]))")
    assert colours["a"] == colours["b"] != colours["c"] == colours["d"]
    assert "人a" in page.evaluate("document.getElementById('kg-info').textContent")


def test_browser_type_and_document_filters_hide_nodes(browser, seed_build):
    page = open_page(browser, next(p for p in seed_build.outputs if p.name == "graph.html"))
    G = seed_build.graph
    persons = sum(1 for _, t in G.nodes(data="type") if t == "Person")
    page.evaluate("document.querySelector('#kg-legend [data-type=Person] input').click()")
    assert drawn(page)[0] == G.number_of_nodes() - persons
    page.evaluate("document.getElementById('kg-reset').click()")
    assert drawn(page)[0] == G.number_of_nodes()
    doc = G.graph["documents"][0]["id"]
    page.evaluate(
        f"(s => {{ s.value = {_js(doc)}; s.dispatchEvent(new Event('change')); }})(document.getElementById('kg-doc'))"
    )
    shown = set(page.evaluate("kgView.nodeView.getIds()"))
    in_doc = {n for n in G if doc in G.nodes[n].get("docs", [])}
    assert in_doc <= shown and len(shown) < G.number_of_nodes()


def test_browser_left_out_note_is_visible(browser, tmp_path):
    G = nx.MultiDiGraph(nx.star_graph(9))
    nx.set_node_attributes(G, "Place", "type")
    G = nx.relabel_nodes(G, str)
    page = open_page(browser, write_html(G, tmp_path / "g.html", max_nodes=4))
    assert drawn(page)[0] == 4
    note = page.evaluate("(n => n.hidden ? '' : n.textContent)(document.getElementById('kg-note'))")
    assert "6 left out" in note


def _js(value: str) -> str:
    """A JavaScript string literal for ``value``."""
    import json

    return json.dumps(value)
