"""Issue 17: one partial-date type; a date known to a year or a month stays so, end to end."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest

from kg.data.dates import XSD_NS, PartialDate
from kg.extract.base import Doc
from kg.model import Document
from kg.query.dates import observed_on, query_date
from kg.readwrite.rdf import read_rdf_text, write_rdf


@pytest.mark.parametrize(
    ("text", "iso", "xsd", "first", "last"),
    [
        ("2024", "2024", "gYear", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2024-05", "2024-05", "gYearMonth", dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
        ("2024-5-15", "2024-05-15", "date", dt.date(2024, 5, 15), dt.date(2024, 5, 15)),
        ("--02-29", "--02-29", "gMonthDay", None, None),
    ],
)
def test_partial_date_renders_iso_and_xsd(text, iso, xsd, first, last):
    d = PartialDate.parse(text)
    assert (d.iso, d.xsd, d.first_day(), d.last_day()) == (iso, XSD_NS + xsd, first, last)


@pytest.mark.parametrize("text", ["2023-02-29", "2024-13", "--02-30", "0000", "24-05", "2024/05/15", ""])
def test_partial_date_refuses_what_is_not_a_date(text):
    assert PartialDate.parse(text) is None


@pytest.mark.parametrize(
    ("page", "text", "want"),
    [
        ("2024", "县长出席会议。", "2024"),  # no day is invented
        ("2024-05", "县长出席会议。", "2024-05"),
        ("2024", "甲日报讯 5月15日,县长出席会议。", "2024-05-15"),
        ("2024-01", "甲日报讯 12月30日,县长出席会议。", "2023-12-30"),  # a December day on a January page
        ("2023-03", "甲日报讯 2月29日,县长出席会议。", "2023-03"),  # no such day: the page's date
    ],
)
def test_partial_date_of_an_article_is_what_the_page_states(page, text, want):
    doc = Doc.of(Document(id="t.txt", text=text, date=page))
    assert doc.date_at(len(text) - 3) == want
    assert doc.when(len(text) - 3) == PartialDate.parse(want)


def test_partial_date_year_only_is_xsd_gyear_in_rdf_and_reads_back():
    G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024", "path": "a.txt"}])
    G.add_node("person/甲乙", type="Person", name="甲乙", aliases=[], docs=["a.txt"], mentions=1)
    G.add_node("place/青山市", type="Place", name="青山市", aliases=[], docs=["a.txt"], mentions=1)
    key = "located_in|a.txt|0|2|"
    G.add_edge("person/甲乙", "place/青山市", key=key, predicate="located_in", doc="a.txt", start=0, end=2, date="2024")
    ttl = write_rdf(G)
    assert '"2024"^^xsd:gYear' in ttl
    H = read_rdf_text(ttl)
    assert H.graph["documents"][0]["date"] == "2024"
    assert H.edges["person/甲乙", "place/青山市", key]["date"] == "2024"


def test_partial_date_queries_read_the_same_type():
    assert observed_on("2024-05") == dt.date(2024, 5, 1) and query_date("2024-05") == dt.date(2024, 5, 31)
