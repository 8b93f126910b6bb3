"""Extraction: a pipeline of components, each adding one kind of annotation.

Components run in order over a :class:`~kg.extract.base.Doc`; each sees what
the earlier ones found (persons see places, meetings see persons).

>>> from kg.model import Document
>>> x = extract(Document(id="t.txt", text="市委书记张三丰主持召开市委常委会会议。"))
>>> sorted({m.type.value for m in x.mentions})
['Meeting', 'Organization', 'Person']
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.base import Component, Doc, Extraction
from kg.extract.designations import extract_designations
from kg.extract.meetings import extract_meetings
from kg.extract.organizations import extract_organizations
from kg.extract.persons import extract_persons
from kg.extract.places import extract_places
from kg.extract.projects import extract_projects
from kg.model import Document, Mention

__all__ = ["COMPONENTS", "EXTRACTOR_VERSION", "Doc", "Extraction", "extract"]

EXTRACTOR_VERSION = "0.1.0"
"""Bump when a rule or lexicon changes what extraction yields (invalidates caches)."""

COMPONENTS: tuple[Component, ...] = (
    extract_places,
    extract_organizations,
    extract_persons,
    extract_designations,
    extract_projects,
    extract_meetings,
)


def extract(document: Document, components: Sequence[Component] = COMPONENTS) -> Extraction:
    """Run every component over one document and freeze what they found."""
    doc = Doc.of(document)
    for component in components:
        for item in component(doc):
            if isinstance(item, Mention):
                doc.mentions.append(item)
            else:
                doc.relations.append(item)
    return doc.freeze()
