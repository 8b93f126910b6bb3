"""Chinese text in a legacy (non-Unicode) encoding: GB18030/GBK, else Big5, else one clear error.

GB18030 accepts almost any bytes, so a Big5 (traditional Chinese) page read
as GB18030 comes out as garbled "Chinese" full of private-use characters and
kana. A GB18030 reading is kept when it is Chinese text and not garbled
(:func:`garbled`); otherwise the page is read as Big5 when that reading is;
otherwise the file is refused, naming the encoding a detector
(charset-normalizer) guesses, so the user can re-save it as UTF-8.

>>> decode_legacy("市長王建國出席會議。".encode("big5"), "p.txt")
('市長王建國出席會議。', 'big5')
>>> decode_legacy("市长王建国出席会议。".encode("gb18030"), "p.txt")
('市长王建国出席会议。', 'gb18030')
"""

from __future__ import annotations

import re

from kg.errors import InputError

__all__ = ["decode_legacy", "garbled", "looks_like_chinese"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ODD = re.compile(r"[\ue000-\uf8ff\u3041-\u30fa\uff66-\uff9d]")
"""Private-use characters and kana (not the middle dot ・ or the long mark ー): Big5 bytes read as GB18030."""


def looks_like_chinese(text: str) -> bool:
    """Whether at least 30 % of the first 20,000 non-space characters are Chinese characters."""
    sample = "".join(text[:20000].split())
    return bool(sample) and len(_CJK.findall(sample)) >= 0.3 * len(sample)


def garbled(text: str) -> bool:
    """Whether ``text`` holds private-use characters or kana: a sign of bytes read in the wrong encoding.

    >>> garbled("市长王建国出席会议。"), garbled("カ瓣畊穦某\\ue77b眏秸")
    (False, True)
    """
    sample = text[:20000]
    odd = len(_ODD.findall(sample))
    return odd >= 2 and odd >= 0.005 * len(sample)


def _reading(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if looks_like_chinese(text) and not garbled(text) else None


def _guess(data: bytes) -> str:
    """`` (it looks like X)`` from charset-normalizer's best guess, or ``""``."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of kg; only the message would lose its hint
        return ""
    best = from_bytes(data[: 1 << 20]).best()
    if best is None:
        return ""
    language = f", {best.language}" if best.language and best.language != "Unknown" else ""
    return f" (it looks like {best.encoding}{language})"


def decode_legacy(data: bytes, path: str) -> tuple[str, str]:
    """``(text, "gb18030" | "big5")`` for bytes that are not UTF-8, else :class:`~kg.errors.InputError`."""
    for encoding, codec in (("gb18030", "gb18030"), ("big5", "big5hkscs")):
        if (text := _reading(data, codec)) is not None:
            return text, encoding
    raise InputError(path, f"not UTF-8, UTF-16, GB18030 or Big5 Chinese text{_guess(data)}; re-save it as UTF-8")
