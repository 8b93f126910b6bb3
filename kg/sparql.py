"""SPARQL over kg's RDF: pyoxigraph (in memory or an on-disk store), or rdflib for compatibility.

Values reach a query as RDF terms, never as raw text, so a name with quotes
or braces cannot change what a query does. kg ships example queries in
``kg/queries/*.rq`` (:func:`shipped_queries`); each declares its parameters in
``# param:`` header lines. A header may give language tags (``# param:
place @zh @zh-Latn-pinyin …``): a string bound to that parameter becomes a
``"…"@zh`` literal (one per tag), the very term the graph stores, so the
query matches it with an index lookup (``?p skos:prefLabel ?place``) instead
of comparing ``STR()`` of every label. Declared parameters reach the query as
a ``VALUES`` block opening its ``WHERE`` group, the terms written by
pyoxigraph's serialiser (see :func:`_inline_values`), for every engine;
undeclared ones as bindings (pyoxigraph ``substitutions``, rdflib
``initBindings``). An optional parameter that is not given is bound to the
empty string (no label is empty, so a pattern on it matches nothing; queries
select "all" with a union branch ``{ VALUES ?x { "" } … }``) and reported as
``None``.

>>> import networkx as nx
>>> from kg.readwrite.rdf import write_rdf
>>> G = nx.MultiDiGraph(documents=[])
>>> G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=[], mentions=1)
>>> q = "SELECT ?p ?name WHERE { ?p skos:prefLabel ?l FILTER(STR(?l) = ?name) }"
>>> query(write_rdf(G), q, {"name": "张三"})
[{'p': 'https://w3id.org/kg-cn/person/张三', 'name': '张三'}]
>>> query(write_rdf(G), q, {"name": '张三" || true || "'})
[]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import pyoxigraph as ox

from kg.errors import ConfigError, KGError
from kg.offline import call_with_deadline, forbid_service
from kg.readwrite.rdf_model import PREFIXES
from kg.sparql_store import ENGINES, open_store, store_dir

__all__ = [
    "ENGINES",
    "RESULT_FORMATS",
    "NamedQuery",
    "QueryError",
    "open_store",
    "place_names",
    "project_away",
    "query",
    "query_results",
    "query_results_bounded",
    "shipped_queries",
    "store_dir",
]


_XSD = PREFIXES["xsd"]


class QueryError(KGError):
    """A SPARQL query that does not parse, or is missing a parameter."""

    exit_code = 2


@dataclass(frozen=True)
class NamedQuery:
    """A shipped example query: its name (file stem), title, parameters and text."""

    name: str
    title: str
    text: str
    params: dict[str, str] = field(default_factory=dict)  # name -> description
    required: tuple[str, ...] = ()
    langs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> language tags its string value gets


@cache
def shipped_queries() -> dict[str, NamedQuery]:
    """The example queries shipped in ``kg/queries/``, by name.

    >>> sorted(shipped_queries())[:3]
    ['designations', 'evidence', 'holders']
    >>> shipped_queries()["holders"].required
    ('post',)
    """
    out = {}
    for f in sorted(resources.files("kg.queries").iterdir(), key=lambda f: f.name):
        if f.name.endswith(".rq"):
            out[f.name[:-3]] = parse_query_file(f.name[:-3], f.read_text(encoding="utf-8"))
    return out


def parse_query_file(name: str, text: str) -> NamedQuery:
    """A :class:`NamedQuery` from ``.rq`` text with ``# title:`` and ``# param: NAME [@lang …] description`` headers.

    >>> q = parse_query_file("q", "# title: T\\n# param: who @zh @zh-Latn-pinyin  optional: a name\\nSELECT ?who {}")
    >>> q.params, q.required, q.langs
    ({'who': 'optional: a name'}, (), {'who': ('zh', 'zh-Latn-pinyin')})
    """
    title, params, langs, last = "", {}, {}, None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if body.startswith("title:"):
            title, last = body[6:].strip(), None
        elif mo := re.match(r"param:\s*(\w+)\s*((?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*\s+)*)(.*)", body):
            last = mo.group(1)
            params[last] = mo.group(3).strip()
            if tags := mo.group(2).split():
                langs[last] = tuple(t[1:] for t in tags)
        elif last and line.startswith("#   "):
            params[last] += " " + body
    required = tuple(p for p, d in params.items() if not d.startswith("optional"))
    return NamedQuery(name, title, text, params, required, langs)


# ---------------------------------------------------------------- values
def _python(term: Any) -> Any:
    """A result term as a Python value: IRIs as strings, literals by datatype (dates stay ISO strings)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt == _XSD + "integer":
            return int(term.value)
        if dt == _XSD + "boolean":
            return term.value in {"true", "1"}
        return term.value
    if hasattr(term, "toPython") and type(term).__name__ == "Literal":
        dt = str(term.datatype or "")
        if dt == _XSD + "integer":
            return int(term)
        if dt == _XSD + "boolean":
            return str(term) in {"true", "1"}
        return str(term)
    return str(term.value) if isinstance(term, ox.NamedNode | ox.BlankNode) else str(term)


def _ox_term(value: Any) -> Any:
    if isinstance(value, ox.NamedNode | ox.Literal | ox.BlankNode):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    return ox.Literal(str(value))


def _rdflib_term(value: Any) -> Any:
    import rdflib

    if isinstance(value, ox.NamedNode):
        return rdflib.URIRef(value.value)
    if isinstance(value, ox.Literal):
        lang, dt = value.language, value.datatype.value
        return rdflib.Literal(value.value, lang=lang, datatype=None if lang or dt == _XSD + "string" else dt)
    if isinstance(value, rdflib.term.Identifier):
        return value
    return rdflib.Literal(value)


def _declared_bindings(sparql: str, given: Mapping[str, Any]) -> tuple[dict[str, list[Any]], dict[str, Any], set[str]]:
    """Split ``given`` into the declared parameters (as lists of terms), the other bindings, and the absent optionals.

    A string for a parameter declared ``@zh`` becomes a ``@zh`` literal (one
    literal per declared tag); an optional parameter that is not given is
    bound to ``""`` (see the module doc).

    >>> text = "# param: who @zh @zh-Latn-pinyin  a name\\n# param: on  optional: a date\\n"
    >>> values, other, absent = _declared_bindings(text, {"who": "Li", "x": 1})
    >>> values["who"], str(values["on"][0]), other, absent
    ([<Literal value=Li language=zh>, <Literal value=Li language=zh-latn-pinyin>], '""', {'x': 1}, {'on'})
    """
    if not sparql.startswith("#"):
        return {}, dict(given), set()
    q = parse_query_file("", sparql)
    other = {k: v for k, v in given.items() if k not in q.params}
    values: dict[str, list[Any]] = {}
    for name in q.params:
        value = given.get(name)
        if isinstance(value, str) and name in q.langs:
            values[name] = [ox.Literal(value, language=lang) for lang in q.langs[name]]
        elif isinstance(value, list | tuple) and name in q.langs:  # several names for one thing (place_names)
            values[name] = [ox.Literal(str(v), language=lang) for v in value for lang in q.langs[name]]
        elif name in given:
            values[name] = [_ox_term(value)]
    absent = {p for p in q.params if p not in q.required and p not in given}
    values.update((p, [ox.Literal("")]) for p in absent)
    return values, other, absent


def _inline_values(text: str, values: Mapping[str, list[Any]]) -> str:
    """``text`` with its declared parameters as a ``VALUES`` block opening the ``WHERE`` group.

    pyoxigraph plans joins before it applies ``substitutions``, so a join on a
    substituted name started from the wrong end (1 s instead of 1 ms at 1 M
    triples); a ``VALUES`` block is seen by the planner. rdflib gets the same
    block: its ``initBindings`` override a ``VALUES``/``BIND`` inside a union
    branch instead of failing to join with it. The terms are written by
    pyoxigraph's own serialiser (quotes, backslashes, newlines escaped), so a
    value stays one literal and cannot change the query. A parameter with
    several terms (one per language tag) gives one row per combination.

    >>> _inline_values("SELECT ?n WHERE { ?p ?q ?n }", {"n": [ox.Literal('a" } #')]})
    'SELECT ?n WHERE { VALUES (?n) { ("a\\\\" } #") }\\n ?p ?q ?n }'
    """
    mo = re.search(r"(?i)\bWHERE\s*\{", text)
    if mo is None:
        raise QueryError("a query with declared parameters needs a WHERE { … } clause")
    names = " ".join(str(ox.Variable(v)) for v in values)
    rows = " ".join("(" + " ".join(map(str, terms)) + ")" for terms in itertools.product(*values.values()))
    return f"{text[: mo.end()]} VALUES ({names}) {{ {rows} }}\n{text[mo.end() :]}"


def _ox_rows(result: ox.QuerySolutions, names: list[str], max_rows: int | None = None) -> list[dict[str, Any]]:
    """Rows of a pyoxigraph result as dicts of Python values; plain and ``@lang`` strings take the fast path."""
    plain = {_XSD + "string", str(PREFIXES["rdf"]) + "langString"}
    out = []
    for row in itertools.islice(result, max_rows):
        d = {}
        for n, term in zip(names, row, strict=True):
            if term is None:
                d[n] = None
            elif isinstance(term, ox.Literal):
                d[n] = term.value if term.datatype.value in plain else _python(term)
            else:
                d[n] = term.value
        out.append(d)
    return out


def _prologue(sparql: str) -> str:
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+(\w*):", sparql))
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()) if p not in declared) + sparql


RESULT_FORMATS = ("json", "xml", "csv", "tsv")
"""W3C SPARQL 1.1 query results formats :func:`query_results` writes (JSON, XML, CSV, TSV)."""

_PLACE_PARAMS = frozenset({"place", "district"})
"""Declared parameters that name a place: a short name (``株洲``) also matches the full one (``株洲市``)."""


def query(
    data: Any,
    sparql: str,
    bindings: Mapping[str, Any] | None = None,
    engine: str = "oxigraph",
    timeout: float | None = None,
    max_rows: int | None = None,
) -> list[dict[str, Any]]:
    """Run a SELECT query over ``data``; one dict per row, keys in the query's variable order.

    ``data`` is anything :func:`open_store` takes. ``bindings`` maps variable
    names (without ``?``) to values (str → plain literal, int, bool, or a
    pyoxigraph term); kg's prefixes (``kg:``, ``schema:``, ``org:`` …) are
    predeclared. Unbound values are ``None``. Parameters the query declares in
    ``# param:`` headers arrive as a ``VALUES`` block (:func:`_inline_values`),
    the others as ``substitutions`` (pyoxigraph) or ``initBindings`` (rdflib).
    A declared ``place`` or ``district`` given by its short name (``株洲``,
    ``Zhuzhou``) also matches the place's full name (``株洲市``) when no label
    is that short name (:func:`place_names`). A ``timeout`` in seconds stops
    the query with :class:`~kg.offline.OfflineError` (:func:`~kg.offline.call_with_deadline`);
    ``SERVICE`` clauses are refused (kg never queries another endpoint).
    ``max_rows`` reads at most that many rows from the engine (the rest are
    never built); ask for one more than you show to learn whether a result was cut.
    """
    if timeout:
        args = (data, sparql, bindings, engine, None, max_rows)
        return call_with_deadline(query, *args, seconds=timeout, what="the query")
    kind, result, absent = _execute(data, sparql, bindings, engine)
    if kind == "oxigraph":
        names = [v.value for v in result.variables]
        rows = _ox_rows(result, names, max_rows)
    else:
        names = [str(v) for v in result.vars]
        rows = [{n: _python(row[n]) for n in names} for row in itertools.islice(result, max_rows)]
    if absent := [n for n in names if n in absent]:
        for row in rows:
            row.update(dict.fromkeys(absent))
    return rows


def query_results(
    data: Any,
    sparql: str,
    bindings: Mapping[str, Any] | None = None,
    engine: str = "oxigraph",
    format: str = "json",
    timeout: float | None = None,
    max_rows: int | None = None,
) -> bytes:
    """Run a SELECT query and serialise its results in a W3C SPARQL 1.1 results format (UTF-8 bytes).

    ``format`` is one of :data:`RESULT_FORMATS`: ``json``
    (``application/sparql-results+json``), ``xml``, ``csv`` or ``tsv``,
    written by pyoxigraph's (or rdflib's) own serialisers, so any SPARQL
    client reads them.

    >>> import networkx as nx, json
    >>> from kg.readwrite.rdf import write_rdf
    >>> G = nx.MultiDiGraph(documents=[])
    >>> G.add_node("person/张三", type="Person", name="张三", aliases=[], docs=[], mentions=1)
    >>> out = query_results(write_rdf(G), "SELECT ?name WHERE { ?p skos:prefLabel ?name }", format="json")
    >>> json.loads(out)["results"]["bindings"]
    [{'name': {'type': 'literal', 'value': '张三', 'xml:lang': 'zh'}}]
    """
    return query_results_bounded(data, sparql, bindings, engine, format, timeout, max_rows)[0]


def query_results_bounded(
    data: Any,
    sparql: str,
    bindings: Mapping[str, Any] | None = None,
    engine: str = "oxigraph",
    format: str = "json",
    timeout: float | None = None,
    max_rows: int | None = None,
) -> tuple[bytes, bool]:
    """:func:`query_results` of at most ``max_rows`` rows, and whether the result had more (was cut).

    The rows beyond the bound are never read from the engine; the rows kept
    are serialised by the same serialiser as an unbounded result.

    >>> import networkx as nx, json
    >>> from kg.readwrite.rdf import write_rdf
    >>> G = nx.MultiDiGraph(documents=[])
    >>> for name in ("张三", "李四"):
    ...     G.add_node(f"person/{name}", type="Person", name=name, aliases=[], docs=[], mentions=1)
    >>> out, cut = query_results_bounded(write_rdf(G), "SELECT ?p WHERE { ?p a schema:Person }", max_rows=1)
    >>> len(json.loads(out)["results"]["bindings"]), cut
    (1, True)
    """
    if format not in RESULT_FORMATS:
        raise ConfigError(f"unknown results format {format!r}; choose one of {', '.join(RESULT_FORMATS)}")
    if timeout:
        args = (data, sparql, bindings, engine, format, None, max_rows)
        return call_with_deadline(query_results_bounded, *args, seconds=timeout, what="the query")
    if engine == "rdflib" and format == "tsv":  # rdflib has no TSV results serialiser
        raise QueryError("the rdflib engine cannot write TSV results; use --format csv, or an oxigraph engine")
    kind, result, _ = _execute(data, sparql, bindings, engine)
    if kind == "oxigraph":
        fmt = getattr(ox.QueryResultsFormat, format.upper())
        if max_rows is None:
            return bytes(result.serialize(format=fmt)), False
        kept, cut = _first_rows(result, max_rows)
        # the kept rows, as TSV (terms in N-Triples syntax), read back into a result oxigraph serialises as usual
        lines = ["\t".join(f"?{v.value}" for v in result.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in kept]
        solutions = ox.parse_query_results(("\n".join(lines) + "\n").encode(), format=ox.QueryResultsFormat.TSV)
        return bytes(solutions.serialize(format=fmt)), cut
    cut = False
    if max_rows is not None:
        from rdflib import Variable
        from rdflib.query import Result

        kept, cut = _first_rows(result, max_rows)
        names = result.vars
        result = Result("SELECT")  # the kept rows only (the engine's result would go on reading)
        result.vars = names
        result.bindings = [{Variable(k): v for k, v in row.asdict().items()} for row in kept]
    out = result.serialize(format=format, encoding="utf-8")
    return (out if isinstance(out, bytes) else str(out).encode("utf-8")), cut


def _first_rows(result: Iterable[Any], n: int) -> tuple[list[Any], bool]:
    """The first ``n`` rows of ``result`` (reading one more, no further) and whether there were more."""
    rows = list(itertools.islice(result, n + 1))
    return rows[:n], len(rows) > n


def _execute(data: Any, sparql: str, bindings: Mapping[str, Any] | None, engine: str) -> tuple[str, Any, set[str]]:
    """``("oxigraph" | "rdflib", the SELECT result, the absent optional parameters)``."""
    forbid_service(sparql)
    store = open_store(data, engine)
    given = _with_place_names(store, sparql, dict(bindings or {}))
    values, other, absent = _declared_bindings(sparql, given)
    text = _prologue(sparql)
    if values:
        text = _inline_values(text, values)
    try:
        if isinstance(store, ox.Store):
            subs = {ox.Variable(k): _ox_term(v) for k, v in other.items()}
            result = store.query(text, substitutions=subs, use_default_graph_as_union=True)  # N-Quads' graph too
            if not isinstance(result, ox.QuerySolutions):
                raise QueryError("only SELECT queries return rows; use pyoxigraph directly for ASK/CONSTRUCT")
            return "oxigraph", result, absent
        if _GRAPH_CLAUSE.search(text) and not hasattr(store, "graphs"):  # rdflib fails lazily, mid-result
            raise QueryError("GRAPH asks for named graphs: give the .nq file (kg build --formats nq)")
        res = store.query(text, initBindings={k: _rdflib_term(v) for k, v in other.items()})
        if res.type != "SELECT":
            raise QueryError("only SELECT queries return rows; use rdflib directly for ASK/CONSTRUCT")
        return "rdflib", res, absent
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from None
    except RuntimeError as e:
        if "projection" in str(e):
            raise QueryError(f"{e}: a bound variable must be in the SELECT clause (SEP-0007 substitution)") from None
        raise
    except Exception as e:
        if type(e).__name__ in {"ParseException", "ParseSyntaxException"}:
            raise QueryError(f"SPARQL syntax error: {e}") from None
        raise


_GRAPH_CLAUSE = re.compile(r"\bGRAPH\s*[?$<]", re.IGNORECASE)


def project_away(text: str, names: Iterable[str]) -> str:
    """``text`` without the variables ``names`` in its ``SELECT`` clause (parameters the caller gave).

    >>> project_away("SELECT DISTINCT ?a ?place ?b WHERE { ?a ?place ?b }", ["place"])
    'SELECT DISTINCT ?a ?b WHERE { ?a ?place ?b }'
    """
    mo = re.search(r"(?is)\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\bWHERE\b", text)
    if mo is None or "(" in mo.group(1):
        return text
    kept = [v for v in mo.group(1).split() if v.lstrip("?$") not in set(names)]
    if not kept:
        return text
    return text[: mo.start(1)] + " ".join(kept) + " " + text[mo.end(1) :]


def place_names(store: Any, value: str) -> list[str]:
    """The full names of the places whose short form is ``value`` (``株洲`` → ``株洲市``), pinyin too.

    Empty when ``value`` is already some entity's label (then it means that entity, as in ``kg query``).
    """
    from kg.data.gazetteer import short_form
    from kg.query.lookup import pinyin_key

    labels = query(
        store,
        "SELECT DISTINCT ?l ?o ?v WHERE { ?p a schema:Place ; skos:prefLabel ?l . "
        "OPTIONAL { ?p skos:altLabel|skos:prefLabel ?o FILTER(STR(?o) = ?v) } }",
        {"v": value},
    )
    if any(r["o"] is not None for r in labels):
        return []
    key = pinyin_key(value) if value.isascii() else value
    out = set()
    for r in labels:
        short = short_form(r["l"]) if r["l"] else None
        if short and (short == value or (value.isascii() and pinyin_key(short) == key)):
            out.add(r["l"])
    return sorted(out)


def _with_place_names(store: Any, sparql: str, given: dict[str, Any]) -> dict[str, Any]:
    if not sparql.startswith("#"):
        return given
    declared = parse_query_file("", sparql).params
    for name in _PLACE_PARAMS & set(declared) & set(given):
        value = given[name]
        if isinstance(value, str) and value.strip() and (full := place_names(store, value)):
            given[name] = full
    return given
