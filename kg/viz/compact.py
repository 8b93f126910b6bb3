"""Evidence lines stored once, compactly: how the page carries quotes and citations.

A sentence that supports three facts would otherwise be carried six times
(its quote and its citation in each edge's tooltip and in both ends' node
tooltips). The page instead keeps every distinct sentence once, in
``meta.texts``, and each evidence line as
``["q", sentence index, document index (or id), date, start, end, where]``;
the page's script rebuilds the text and citation that :func:`~kg.viz.payload.quote_line`
gives, and :func:`expand` does the same in Python (tests compare the two).

>>> import networkx as nx
>>> from kg.viz.payload import documents, quote_line
>>> G = nx.MultiDiGraph(documents=[{"id": "a.txt", "date": "2024-05-01", "path": "pages/a.txt", "paper": "青山日报"}])
>>> d = {"evidence": "市长张三\\n出席。", "doc": "a.txt", "date": "", "start": 0, "end": 4}
>>> quotes = Quotes(documents(G))
>>> line = quotes(d)
>>> line
['q', 0, 0, '', 0, 4, 1]
>>> quotes(d) == line, quotes.texts
(True, ['市长张三 出席。'])
>>> expand(line, quotes.texts, quotes.documents) == quote_line(G, d, documents(G))
True
"""

from __future__ import annotations

from kg.viz.payload import MAX_SENTENCE

__all__ = ["Quotes", "expand", "rows", "table"]


class Quotes:
    """Makes compact evidence lines, collecting each distinct sentence once (in first-seen order)."""

    def __init__(self, docs: dict[str, dict]) -> None:
        self.docs = docs
        """:func:`~kg.viz.payload.documents` of the graph."""
        self.documents = [
            {k: str(v) for k, v in (("id", i), ("date", d.get("date")), ("path", d.get("path")),
                                    ("paper", d.get("paper")), ("headline", d.get("headline"))) if v}
            for i, d in docs.items()
        ]  # fmt: skip
        """The page's ``meta.documents``: id, date, path, and paper and headline when known."""
        self._doc = {d: i for i, d in enumerate(docs)}
        self.texts: list[str] = []
        self._text: dict[str, int] = {}

    def __call__(self, d: dict, where: bool = True) -> list:
        sentence = " ".join(str(d["evidence"]).split())
        if sentence not in self._text:
            self._text[sentence] = len(self.texts)
            self.texts.append(sentence)
        doc = str(d.get("doc") or "")
        return ["q", self._text[sentence], self._doc.get(doc, doc), str(d.get("date") or ""),
                d.get("start"), d.get("end"), int(where)]  # fmt: skip

    def edge(self, d: dict) -> list:
        """An edge tooltip's evidence line (no ``[date · path]``: the line above says it)."""
        return self(d, where=False)


def _join(sep: str, parts: list) -> str:
    return sep.join(str(p) for p in parts if p not in (None, ""))


def expand(line: list, texts: list[str], docs: list[dict]) -> list:
    """A compact evidence line as :func:`~kg.viz.payload.quote_line` writes it (what the page's script does)."""
    _, sid, ref, date, start, end, where = line
    sentence = texts[sid]
    doc = docs[ref] if isinstance(ref, int) else {"id": ref}
    date = date or doc.get("date", "")
    path = doc.get("path") or doc.get("id", "")
    clip = sentence if len(sentence) <= MAX_SENTENCE else sentence[: MAX_SENTENCE - 1] + "…"
    text = f"“{clip}”" + (f" [{_join(' · ', [date, path])}]" if where else "")
    headline = f"《{doc['headline']}》" if doc.get("headline") else ""
    span = f"chars {start}–{end}" if start is not None and end is not None else ""
    return ["q", text, f"“{sentence}” — " + _join(", ", [doc.get("paper"), date, headline, path, span])]


def table(items: list[dict]) -> dict:
    """Records as ``{"columns": [...], "rows": [[...], ...]}`` (a key a record lacks is ``None``): each key once.

    >>> table([{"id": "a", "x": 1}, {"id": "b", "kgAlone": True}])
    {'columns': ['id', 'kgAlone', 'x'], 'rows': [['a', None, 1], ['b', True, None]]}
    >>> rows(table([{"id": "a", "x": 1}, {"id": "b", "kgAlone": True}]))
    [{'id': 'a', 'x': 1}, {'id': 'b', 'kgAlone': True}]
    """
    columns = sorted({k for item in items for k in item})
    return {"columns": columns, "rows": [[item.get(k) for k in columns] for item in items]}


def rows(data: dict) -> list[dict]:
    """The records of a :func:`table` (what the page's script does)."""
    return [{k: v for k, v in zip(data["columns"], row, strict=True) if v is not None} for row in data["rows"]]
