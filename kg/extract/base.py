"""The working document extractors annotate, and the frozen result they produce.

A :class:`Doc` wraps one :class:`~kg.model.Document`: the OCR-cleaned view,
its sentences, and the mentions and relations found so far. Extractors work
in clean-view offsets; :meth:`Doc.mention` and :meth:`Doc.evidence` map them
back to the original text, so ``mention.text == document.text[start:end]``.
Components that compare a clean span with mentions found earlier (which are in
original offsets) use :meth:`Doc.to_original`, :meth:`Doc.original_offset`
and :meth:`Doc.clean_offset`: only this class talks to the view's offset map.

>>> from kg.model import Document
>>> doc = Doc.of(Document(id="a.txt", text="市长张三出席会议。"))
>>> m = doc.mention(2, 4, EntityType.PERSON, official=True)
>>> (m.start, m.end, m.text)
(2, 4, '张三')
>>> doc.evidence(0, 4).sentence
'市长张三出席会议。'

A page written in traditional Chinese is read converted to simplified characters, one for one
(:func:`kg.text.is_traditional`, :func:`kg.text.to_simplified`): names come out simplified, while
a mention's ``text`` and an evidence sentence quote the page's own characters at the same offsets.

>>> doc = Doc.of(Document(id="t.txt", text="市長張三出席會議並講話。"))
>>> m = doc.mention(0, 4, EntityType.PERSON)
>>> doc.traditional, doc.text, (m.text, m.name), doc.evidence(0, 4).sentence
(True, '市长张三出席会议并讲话。', ('市長張三', '市长张三'), '市長張三出席會議並講話。')
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.data.dates import PartialDate
from kg.extract.dates import ArticleDates
from kg.extract.home import Home, home
from kg.model import Document, EntityRef, Evidence, Mention, Relation, props
from kg.text import CleanView, blank_controls, is_traditional, sentence_spans, to_simplified
from kg.vocab import EntityType, Predicate

__all__ = ["Component", "Doc", "Extraction"]


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction found in one document (mentions sorted by offset)."""

    document: Document
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]


EVIDENCE_MAX_CHARS = 20_000
"""A sentence longer than this (a list or table with no sentence end) gives as evidence only the
block of this many characters around the fact, so evidence never grows with the page."""


@dataclass(slots=True)
class Doc:
    """A document being annotated by the extraction components, in pipeline order."""

    document: Document
    view: CleanView
    sentences: list[tuple[int, int]]
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    home_city: str | None = None
    """The user's home city for this document (the ``home_city`` setting), if any."""
    cache: dict[str, Any] = field(default_factory=dict)
    """Per-document facts computed once (home city, tokens …), keyed by name."""
    converted: str | None = None
    """The page as kg reads it when that differs from the document's text (same offsets): invisible
    characters blanked (:func:`~kg.text.blank_controls`), a traditional page in simplified characters."""
    traditional: bool = False
    """Whether the page is written in traditional Chinese (and read converted)."""

    @classmethod
    def of(cls, document: Document, home_city: str | None = None, traditional: bool | None = None) -> Doc:
        """The document to annotate; ``traditional`` is decided from its text unless given (a chunk of a
        long page is read as the whole page is)."""
        text = blank_controls(document.text)  # a page read from a file is blanked already; one built in code may not be
        if traditional is None:
            traditional = is_traditional(text)
        if traditional:  # the one place a traditional page is converted (one for one: same offsets)
            text = to_simplified(text)
        converted = None if text is document.text else text
        view = CleanView.of(text)
        sentences = sentence_spans(view.text)
        starts = [s for s, _ in sentences]
        return cls(document, view, sentences, _sentence_starts=starts, home_city=home_city, converted=converted,
                   traditional=traditional)  # fmt: skip

    @property
    def text(self) -> str:
        """The clean text extractors read."""
        return self.view.text

    @property
    def page(self) -> str:
        """The page as extractors read it, in original offsets: the document's text, converted when traditional."""
        return self.document.text if self.converted is None else self.converted

    @property
    def home(self) -> Home:
        """The page's home city and province, decided once per page (:mod:`kg.extract.home`); read it after places.

        >>> Doc.of(Document(id="a.txt", text="衡阳日报讯 市长出席。")).home.city
        '衡阳市'
        """
        return home(self)

    def sentence_index(self, i: int) -> int | None:
        """The index in :attr:`sentences` of the sentence containing clean offset ``i`` (``None``: between two)."""
        k = bisect_right(self._sentence_starts, i) - 1
        return k if k >= 0 and self.sentences[k][0] <= i < self.sentences[k][1] else None

    def sentence_at(self, i: int) -> tuple[int, int]:
        """The clean span of the sentence containing clean offset ``i``."""
        k = self.sentence_index(i)
        return self.sentences[k] if k is not None else (i, i)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the clean span ``[start, end)`` (a point when ``end <= start``).

        >>> from kg.model import Document
        >>> doc = Doc.of(Document(id="a.txt", text="市委书记张三丰主持召开全市经济工作会议\\n强调要抓好落实。"))
        >>> doc.text[19:21], doc.to_original(19, 21), doc.original_offset(19), doc.clean_offset(20)
        ('强调', (20, 22), 20, 19)
        """
        return self.view.to_original(start, end)

    def original_offset(self, i: int) -> int:
        """The original offset of the clean offset ``i``."""
        return self.view.to_original(i, i)[0]

    def clean_offset(self, original: int) -> int | None:
        """The clean offset of an original offset (``None`` where cleaning removed that character)."""
        return self.view.to_clean(original)

    def joins(self) -> frozenset[int]:
        """Clean offsets where cleaning joined two lines of the original (:meth:`CleanView.joins`)."""
        return self.view.joins()

    def mention(
        self,
        start: int,
        end: int,
        type: EntityType,
        name: str | None = None,
        qualifier: str = "",
        **attrs: Any,
    ) -> Mention:
        """A mention of the clean span ``[start, end)``, in original offsets."""
        o_start, o_end = self.view.to_original(start, end)
        surface = self.document.text[o_start:o_end]
        canonical = name or "".join(self.view.text[start:end].split())
        return Mention(self.document.id, o_start, o_end, surface, type, canonical, qualifier, props(**attrs))

    def as_published(self, start: int, end: int, clean: str) -> str:
        """``clean`` (the words of clean ``[start, end)``, spaces dropped) in the page's own characters: on a
        page read converted from traditional Chinese, a title quoted as written (``副省長``), not converted.

        >>> doc = Doc.of(Document(id="t.txt", text="副省長張三出席會議並講話。"))
        >>> doc.as_published(0, 3, "副省长"), doc.as_published(0, 3, "省长")
        ('副省長', '省长')
        """
        if not self.traditional:
            return clean
        o_start, o_end = self.view.to_original(start, end)
        surface = "".join(self.document.text[o_start:o_end].split())
        return surface if len(surface) == len(clean) and to_simplified(surface) == clean else clean

    def date_at(self, start: int) -> str | None:
        """The date of the article holding clean offset ``start`` (:mod:`kg.extract.dates`: one rule for all)."""
        return self._article_dates().at(start)

    def articles(self) -> list[tuple[int, int]]:
        """The page's article spans (:func:`kg.extract.dates.articles`), cut once for dates and meetings."""
        return self._article_dates().spans

    def _article_dates(self) -> ArticleDates:
        if "article_dates" not in self.cache:
            self.cache["article_dates"] = ArticleDates(self.text, self.document.date)
        return self.cache["article_dates"]

    def when(self, start: int) -> PartialDate | None:
        """:meth:`date_at` as a :class:`~kg.data.dates.PartialDate`: known to a day, a month or a year, as stated.

        >>> Doc.of(Document(id="t.txt", text="县长出席会议。", date="2024-05")).when(0)
        PartialDate(year=2024, month=5, day=None)
        """
        text = self.date_at(start)
        return PartialDate.parse(text) if text else None

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a fact stated by the clean span ``[start, end)``: its sentence."""
        s_start, s_end = self.sentence_at(start)
        if s_end - s_start > EVIDENCE_MAX_CHARS:  # a "sentence" with no end (a list, a table): its block
            s_start += (start - s_start) // EVIDENCE_MAX_CHARS * EVIDENCE_MAX_CHARS
            s_end = min(s_end, s_start + EVIDENCE_MAX_CHARS)
        s_end = max(s_end, min(end, len(self.text)))
        sentences = self.cache.setdefault("evidence", {})
        sentence = sentences.get((s_start, s_end))
        if sentence is None:  # once per sentence: many facts in one long sentence stay linear
            sentence = sentences[(s_start, s_end)] = "".join(self._own_text()[s_start:s_end].split())
        o_start, o_end = self.view.to_original(start, end)
        return Evidence(self.document.id, o_start, o_end, sentence, self.date_at(start))

    def _own_text(self) -> str:
        """The clean text in the page's own characters (a traditional page's, not converted)."""
        if not self.traditional:
            return self.view.text
        own = self.cache.get("own_text")
        if own is None:
            original = blank_controls(self.document.text)
            own = self.cache["own_text"] = "".join(original[o : o + n] for _, o, n in self.view.pieces)
        return own

    def relation(
        self,
        subject: EntityRef,
        predicate: Predicate,
        obj: EntityRef | str,
        start: int,
        end: int,
        **attrs: Any,
    ) -> Relation:
        """A relation stated by the clean span ``[start, end)``."""
        return Relation(subject, predicate, obj, self.evidence(start, end), props(**attrs))

    def found(self, type: EntityType) -> list[Mention]:
        """Mentions of one type found so far, in document order."""
        return [m for m in self.mentions if m.type is type]

    def freeze(self) -> Extraction:
        mentions = tuple(sorted(set(self.mentions), key=_mention_key))
        relations = tuple(sorted(set(self.relations), key=_relation_key))
        return Extraction(self.document, mentions, relations)


Component = Callable[[Doc], Iterable[Mention | Relation]]
"""An extractor: reads a :class:`Doc` (and what earlier components found), yields new annotations."""


def _mention_key(m: Mention) -> tuple:
    return (m.start, m.end, m.type.value, m.name, m.qualifier, repr(m.props))


def _relation_key(r: Relation) -> tuple:
    return (r.evidence.start, r.evidence.end, str(r.subject), r.predicate.value, str(r.object), repr(r.props))
