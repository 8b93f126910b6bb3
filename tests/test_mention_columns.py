"""A knowledge base's mentions held as columns: the same mentions, read back as equal Mention objects."""

from __future__ import annotations

import pickle

from kg.extract import extract
from kg.mention_columns import MentionColumns, MentionTables
from kg.model import Document, Mention
from kg.resolve import resolve
from kg.vocab import EntityType


def _mentions() -> list[Mention]:
    doc = Document(id="a.txt", text="市长张三出席会议，张三讲话。株洲市")
    other = Document(id="b.txt", text="张三")
    return [
        Mention.of(doc, 2, 4, EntityType.PERSON, official=True),
        Mention.of(doc, 2, 4, EntityType.PERSON, official=1),  # equal props of another type: kept apart
        Mention.of(doc, 9, 11, EntityType.PERSON),
        Mention.of(doc, 14, 16, EntityType.PLACE, "株洲市", "430200", kind=("a", 1)),
        Mention.of(other, 0, 2, EntityType.PERSON),
        Mention(other.id, 10**12, 10**12 + 2, "张三", EntityType.PERSON, "张三"),
    ]


def test_mention_columns_give_back_the_mentions_added():
    ms = _mentions()
    cols = MentionColumns(ms)
    assert len(cols) == len(ms) and list(cols) == ms and cols == tuple(ms) and tuple(ms) == cols
    assert [cols[i] for i in range(-len(ms), len(ms))] == ms + ms
    assert cols[1:4] == tuple(ms[1:4]) and cols[::-2] == tuple(ms[::-2]) and list(reversed(cols)) == ms[::-1]
    assert [type(v) for _, v in cols[0].props] == [bool] and [type(v) for _, v in cols[1].props] == [int]
    assert cols.index(ms[2]) == 2 and ms[3] in cols and cols.count(ms[4]) == 1
    assert pickle.loads(pickle.dumps(cols)) == cols and hash(cols) == hash(tuple(ms))
    assert cols != tuple(ms[:-1]) and cols != list(ms)  # a list is no tuple, as before


def test_mention_columns_share_tables_and_extend():
    ms = _mentions()
    tables = MentionTables()
    a, b = MentionColumns(ms[:3], tables), MentionColumns(ms[3:], tables)
    assert list(a) + list(b) == ms and len(tables.docs) == 2
    assert MentionColumns(ms[:1], tables)[0].name is a[0].name  # one entry per kind across the columns
    c = MentionColumns(ms[:2])
    c.extend(ms[2:])  # look-ups made again from the tables
    assert c == tuple(ms) and len(c._kinds) == len({(m.text, m.name, repr(m.props), m.type) for m in ms})


def test_resolve_holds_the_mentions_as_columns():
    docs = [Document(id=f"{i}.txt", text="市长张三丰出席会议。株洲市长李四讲话。") for i in (2, 1)]
    xs = [extract(d) for d in docs]
    kb = resolve(xs)
    assert isinstance(kb.mentions, MentionColumns)
    spans = [(m.doc_id, m.start, m.end, m.text) for x in sorted(xs, key=lambda x: x.document.id) for m in x.mentions]
    assert [(m.doc_id, m.start, m.end, m.text) for m in kb.mentions] == spans  # (persons qualified)
    assert kb.mentions_of("person/张三丰@430200") == [m for m in kb.mentions if m.name == "张三丰"]
