"""An OCR-cleaned view of a document's text that maps back to original offsets.

OCR'd newspaper pages break sentences across lines (``高质\\n\\n量发展``) and
repeat paragraphs. Extractors read :class:`CleanView.text`, where broken lines
are joined and repeated paragraphs dropped, and turn every span back into
offsets of the original text with :meth:`CleanView.to_original`.

>>> v = CleanView.of("这是高质量的一段很长很长很长的正文内容，说的是高质\\n\\n量发展。\\n标题")
>>> "高质量发展" in v.text
True
>>> s = v.text.index("高质量发展")
>>> v.to_original(s, s + 5)
(23, 30)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["CleanView", "sentence_spans"]

_SENTENCE_END = "。！？!?；;…"
_CLOSERS = "”’」』）)》"
_JOINABLE_LINE = 18  # a line at least this long that ends mid-sentence continues on the next line
_CJK_START = re.compile(r"[\u3400-\u9fff“‘《（(0-9A-Za-z、，,]")


@dataclass(frozen=True, slots=True)
class CleanView:
    """Cleaned text plus the pieces of the original it was cut from.

    ``pieces[i] = (clean_start, original_start, length)``: the clean text is the
    concatenation of those original slices, in order.
    """

    text: str
    pieces: tuple[tuple[int, int, int], ...]
    _starts: list[int] = field(init=False, repr=False, compare=False)  # each piece's clean start, for bisect
    _original_starts: list[int] = field(init=False, repr=False, compare=False)  # and its original start

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [cs for cs, _, _ in self.pieces])
        object.__setattr__(self, "_original_starts", [os_ for _, os_, _ in self.pieces])

    @classmethod
    def of(cls, original: str) -> CleanView:
        """Build the view: drop repeated paragraphs, join lines broken mid-sentence."""
        keep: list[tuple[int, int]] = []  # original (start, end) slices kept
        seen: set[str] = set()
        for m in re.finditer(r"[^\n]*(?:\n|$)", original):
            if m.start() == m.end():
                break
            line_start, line_end = m.start(), m.end()
            content = original[line_start:line_end].strip()
            if len(content) >= 12 and content in seen:
                continue  # an OCR repeat of a paragraph already read
            if len(content) >= 12:
                seen.add(content)
            keep.append((line_start, line_end))
        # join: remove the newline run after a long line that ends mid-sentence
        slices: list[tuple[int, int]] = []
        i = 0
        while i < len(keep):
            start, end = keep[i]
            body = original[start:end].rstrip("\n")
            stripped = body.rstrip()
            if (
                len(stripped.strip()) >= _JOINABLE_LINE
                and stripped
                and stripped[-1] not in _SENTENCE_END + _CLOSERS + ":："
                and i + 1 < len(keep)
            ):
                # skip following blank lines, join to the next non-blank line
                j = i + 1
                while j < len(keep) and not original[keep[j][0] : keep[j][1]].strip():
                    j += 1
                if j < len(keep):
                    nxt_start, _ = keep[j]
                    nxt = original[nxt_start : keep[j][1]].lstrip()
                    if nxt and _CJK_START.match(nxt):
                        slices.append((start, start + len(stripped)))
                        lead = len(original[nxt_start : keep[j][1]]) - len(nxt)
                        keep[j] = (nxt_start + lead, keep[j][1])
                        i = j
                        continue
            slices.append((start, end))
            i += 1
        pieces: list[tuple[int, int, int]] = []
        parts: list[str] = []
        clean = 0
        for s, e in slices:
            if e <= s:
                continue
            if pieces and pieces[-1][1] + pieces[-1][2] == s:  # contiguous: extend
                cs, os_, ln = pieces[-1]
                pieces[-1] = (cs, os_, ln + e - s)
            else:
                pieces.append((clean, s, e - s))
            parts.append(original[s:e])
            clean += e - s
        return cls("".join(parts), tuple(pieces))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span ``[start, end)`` to the original text's offsets."""
        if end <= start:
            o = self._point(start)
            return o, o
        pieces, starts = self.pieces, self._starts
        if not pieces:
            return 0, 1
        # _point of start and of end - 1, inline (asked for every mention, relation and candidate)
        k = bisect_right(starts, start) - 1
        cs, os_, ln = pieces[k if k > 0 else 0]
        d = start - cs
        o_start = os_ + (d if d < ln else ln)
        k = bisect_right(starts, end - 1) - 1
        cs, os_, ln = pieces[k if k > 0 else 0]
        d = end - 1 - cs
        return o_start, os_ + (d if d < ln else ln) + 1

    def joins(self) -> frozenset[int]:
        """Clean offsets where the view joined two pieces that are apart in the original (a removed line break).

        >>> CleanView.of("市委书记张三丰主持召开全市经济工作会议\\n强调要抓好落实。").joins()
        frozenset({19})
        """
        p = self.pieces
        return frozenset(p[k][0] for k in range(1, len(p)) if p[k - 1][1] + p[k - 1][2] != p[k][1])

    def to_clean(self, original: int) -> int | None:
        """The clean offset of the original offset ``original`` (``None`` where cleaning removed that character).

        The pieces are cut from the original in order and do not overlap, so the one that may hold
        ``original`` is the last starting at or before it.

        >>> v = CleanView.of("这是高质量的一段很长很长很长的正文内容，说的是高质\\n\\n量发展。")
        >>> v.to_clean(24), v.to_clean(25), v.to_clean(27)
        (24, None, 25)
        """
        k = bisect_right(self._original_starts, original) - 1
        if k >= 0:
            cs, os_, ln = self.pieces[k]
            if original < os_ + ln:
                return cs + original - os_
        return None

    def _point(self, i: int) -> int:
        if not self.pieces:
            return 0
        k = bisect_right(self._starts, i) - 1  # the last piece starting at or before i
        cs, os_, ln = self.pieces[k if k > 0 else 0]
        d = i - cs
        return os_ + (d if d < ln else ln)


_SENT = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``: split after 。！？； and at line ends.

    >>> t = "会议召开。张三出席！\\n下一段"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['会议召开。', '张三出席！', '下一段']
    """
    spans = []
    for m in _SENT.finditer(text):
        s, e = m.span()
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if e - trail > s + lead:
            spans.append((s + lead, e - trail))
    return spans
