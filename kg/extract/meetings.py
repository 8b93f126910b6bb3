"""Meetings: sessions, conferences and reports, with who chaired and attended.

A meeting is a phrase ending in 会议, 大会, 座谈会, 汇报会 …; in its sentence
``NAME主持`` gives ``chairs`` and ``NAME出席/参加`` gives ``attends``;
``NAME会见NAME`` gives ``meets_with``.

>>> from kg.model import Document
>>> from kg.extract.base import Doc
>>> from kg.extract.persons import extract_persons
>>> doc = Doc.of(Document(id="t.txt", text="市委书记张三丰主持召开市委常委会会议。"))
>>> doc.mentions += [m for m in extract_persons(doc) if hasattr(m, "type")]
>>> [(r.subject.name, r.predicate.value) for r in extract_meetings(doc) if hasattr(r, "predicate")]
[('张三丰', 'chairs')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import Doc
from kg.model import EntityRef, Mention, Relation
from kg.vocab import EntityType, Predicate

__all__ = ["extract_meetings"]

_MEETING = re.compile(
    r"[\u4e00-\u9fff0-9“”]{2,20}?(?:常委会会议|常务会议|全体会议|工作会议|会议|大会|座谈会|汇报会|推进会|调度会|动员会|"
    r"报告会|研讨会|发布会|见面会|党代会|两会|论坛|博览会|交流会)"
)
_LEAD = re.compile(r".*?(?:主持|召开|举行|出席|参加|在|的|和|与|及|了|是|前|后|上|对)")
_CHAIR = ("主持",)
_ATTEND = ("出席", "参加", "参会", "列席", "讲话", "陪同")
_MEET = ("会见", "会谈", "座谈", "接见")


def extract_meetings(doc: Doc) -> Iterator[Mention | Relation]:
    """Meeting mentions and the chairs/attends/meets_with relations of their sentences."""
    text = doc.text
    persons = [p for p in doc.found(EntityType.PERSON) if p.prop("official")]
    for sent_start, sent_end in doc.sentences:
        sentence = text[sent_start:sent_end]
        meeting = None
        for m in _MEETING.finditer(sentence):
            s, e = m.span()
            lead = _LEAD.match(sentence, s, e)
            if lead and lead.end() < e - 1:
                s = lead.end()
            if e - s >= 3:
                meeting = (sent_start + s, sent_start + e, sentence[s:e])
                yield doc.mention(meeting[0], meeting[1], EntityType.MEETING)
                break
        o_start, o_end = doc.view.to_original(sent_start, sent_end)
        in_sentence = [p for p in persons if o_start <= p.start and p.end <= o_end]
        for p in in_sentence:
            after = doc.document.text[p.end : p.end + 12]
            if meeting:
                ref = EntityRef(EntityType.MEETING, meeting[2])
                pred = (
                    Predicate.CHAIRS
                    if any(after.lstrip("，, ").startswith(v) or v in after[:6] for v in _CHAIR)
                    else Predicate.ATTENDS
                    if any(v in after for v in _ATTEND)
                    else None
                )
                if pred:
                    yield doc.relation(EntityRef(EntityType.PERSON, p.name), pred, ref, sent_start, sent_end)
            for v in _MEET:
                if after.startswith(v):
                    for q in in_sentence:
                        if q.start > p.end:
                            yield doc.relation(
                                EntityRef(EntityType.PERSON, p.name),
                                Predicate.MEETS_WITH,
                                EntityRef(EntityType.PERSON, q.name),
                                sent_start,
                                sent_end,
                            )
