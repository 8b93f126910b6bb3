"""Entries of the user's lexicon, found wherever they occur in the text.

A user lexicon (``kg.data.lexicon.activate``) lists places, organisations,
projects, designations and persons by name; this component marks every
occurrence, longest first, with the entry's canonical name.

>>> from kg.data import lexicon
>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> lexicon.activate(lexicon.UserLexicon((lexicon.UserEntry("青山湖新区", "place", "青山湖新区", "x:1"),)))
>>> [(m.text, m.type.value) for m in extract_user_entries(Doc.of(Document(id="t", text="走进青山湖新区。")))]
[('青山湖新区', 'Place')]
>>> lexicon.activate(lexicon.UserLexicon())
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.data import lexicon
from kg.extract.base import Doc
from kg.model import Mention
from kg.vocab import EntityType

__all__ = ["extract_user_entries"]

_TYPES = {
    "place": EntityType.PLACE,
    "organization": EntityType.ORGANIZATION,
    "project": EntityType.PROJECT,
    "designation": EntityType.DESIGNATION,
    "person": EntityType.PERSON,
}


@lexicon.cached
def _pattern() -> tuple[re.Pattern[str] | None, dict[str, lexicon.UserEntry]]:
    entries = {e.entry: e for e in lexicon.active().entries if e.type in _TYPES}
    if not entries:
        return None, {}
    return lexicon.alternation(frozenset(entries)), entries


def extract_user_entries(doc: Doc) -> Iterator[Mention]:
    """A mention for every occurrence of a user lexicon entry (leftmost-longest, no overlaps)."""
    rx, entries = _pattern()
    if rx is None:
        return
    for m in rx.finditer(doc.text):
        e = entries[m.group()]
        attrs = {"official": False} if e.type == "person" else {}
        yield doc.mention(m.start(), m.end(), _TYPES[e.type], e.canonical, source="user", **attrs)
