"""Property tests: extraction terminates, never raises, keeps offsets valid, and the Turtle parses."""

from __future__ import annotations

import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.graph import build_graph
from kg.model import Document
from kg.readwrite.rdf import write_rdf
from kg.resolve import resolve

# pieces of news text, so the fuzzer reaches the grammar, not only noise
PIECES = [
    "市委书记",
    "、",
    "市长",
    "副",
    "常务",
    "主任",
    "局长",
    "张",
    "王",
    "欧阳",
    "建国",
    "明",
    "出席",
    "主持",
    "会议",
    "召开",
    "记者/",
    "通讯员/",
    "责任编辑:",
    "/摄",
    "获批",
    "全国",
    "首批",
    "试点城市",
    "示范区",
    "项目",
    "工程",
    "有限公司",
    "集团",
    "市",
    "区",
    "县",
    "镇",
    "村",
    "湖南省",
    "长沙",
    "，",
    "。",
    "\n",
    "\n\n",
    " ",
    "(",
    ")",
    "“",
    "”",
    "12月22日",
    "2021年9月28日 星期二",
    "<script>",
    '"""',
    "\\",
    "\ufeff",
]
news = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
anything = st.text(max_size=300)

SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    x = extract(Document(id="f.txt", text=text))
    for m in x.mentions:
        assert text[m.start : m.end] == m.text
        assert 0 <= m.start < m.end <= len(text)
    for r in x.relations:
        assert 0 <= r.evidence.start <= r.evidence.end <= len(text)
    ttl = write_rdf(build_graph(resolve([x])))
    rdflib.Graph().parse(data=ttl, format="turtle")


@SLOW
@given(news)
def test_fuzz_news_like_text(text):
    check(text)


@SLOW
@given(anything)
def test_fuzz_arbitrary_unicode(text):
    check(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_seed_text_with_random_edits(seed_paths, data):
    text = seed_paths[3].read_text(encoding="utf-8")[:3000]
    for _ in range(data.draw(st.integers(0, 8))):
        i = data.draw(st.integers(0, len(text)))
        op = data.draw(st.sampled_from(["delete", "insert", "newline"]))
        if op == "delete":
            text = text[:i] + text[i + data.draw(st.integers(1, 5)) :]
        elif op == "insert":
            text = text[:i] + data.draw(st.sampled_from(PIECES)) + text[i:]
        else:
            text = text[:i] + "\n\n" + text[i:]
    check(text)
