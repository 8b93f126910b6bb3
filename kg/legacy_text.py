"""Chinese text in a legacy (non-Unicode) encoding: GB18030/GBK, else Big5, else one clear error.

GB18030 accepts almost any bytes, so a Big5 (traditional Chinese) page read
as GB18030 comes out as garbled "Chinese" full of private-use characters and
kana. A GB18030 reading is kept when it is Chinese text and not garbled
(:func:`garbled`); otherwise the page is read as Big5 when that reading is;
otherwise the file is refused, naming the encoding a detector
(charset-normalizer) guesses, so the user can re-save it as UTF-8.

Japanese (Shift-JIS, EUC-JP) and Korean (EUC-KR, CP949) pages are valid
GB18030 too, and read so they look like Chinese characters. They are told
apart by reading the bytes in those encodings (:func:`foreign_language`):
Japanese prose is full of kana, Korean prose is nearly all hangul with spaces
between words, while Chinese bytes read that way give almost none. Such a page
is refused with one line naming the language, before any Chinese reading.

>>> decode_legacy("市長王建國出席會議。".encode("big5"), "p.txt")
('市長王建國出席會議。', 'big5')
>>> decode_legacy("市长甄建国出席会议。".encode("gb18030"), "p.txt")
('市长甄建国出席会议。', 'gb18030')
"""

from __future__ import annotations

import codecs
import re

from kg.errors import InputError

__all__ = ["decode_legacy", "foreign_error", "foreign_language", "garbled", "looks_like_chinese"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ODD = re.compile(r"[\ue000-\uf8ff\u3041-\u30fa\uff66-\uff9d]")
"""Private-use characters and kana (not the middle dot ・ or the long mark ー): Big5 bytes read as GB18030."""

_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
"""Hiragana and full-width katakana (not ・ or ー, nor half-width katakana, which GBK bytes read as Shift-JIS give)."""
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_JAPANESE_ENDINGS = frozenset("のにはをがでとたて")
"""Particles and verb endings: over a third of the hiragana in Japanese prose."""
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_WORD_END = re.compile(r"[\uac00-\ud7a3](?![\uac00-\ud7a3])")
"""The last syllable of each run of hangul (a Korean word: Korean puts spaces between words)."""
_KOREAN_ENDINGS = frozenset("은는이가을를의에도로과와다고서한해며면지요게")
"""Particles and verb endings that close most Korean words."""
_LETTER = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]")
_SAMPLE = 1 << 20
"""Bytes examined by :func:`foreign_language` (the first MiB)."""

_FOREIGN = (
    ("Shift-JIS (Japanese)", "cp932"),
    ("EUC-JP (Japanese)", "euc_jp"),
    ("EUC-KR (Korean)", "cp949"),
)


def looks_like_chinese(text: str) -> bool:
    """Whether at least 30 % of the first 20,000 non-space characters are Chinese characters."""
    sample = "".join(text[:20000].split())
    return bool(sample) and len(_CJK.findall(sample)) >= 0.3 * len(sample)


def garbled(text: str) -> bool:
    """Whether ``text`` holds private-use characters or kana: a sign of bytes read in the wrong encoding.

    >>> garbled("市长甄建国出席会议。"), garbled("カ瓣畊穦某\\ue77b眏秸")
    (False, True)
    """
    sample = text[:20000]
    odd = len(_ODD.findall(sample))
    return odd >= 2 and odd >= 0.005 * len(sample)


def _strict_sample(data: bytes, codec: str) -> str | None:
    """The first :data:`_SAMPLE` bytes decoded strictly (a character cut at the end is dropped), or None."""
    decoder = codecs.getincrementaldecoder(codec)()
    try:
        return decoder.decode(data[:_SAMPLE], final=len(data) <= _SAMPLE)
    except UnicodeDecodeError:
        return None


def _is_japanese(text: str) -> bool:
    """Japanese prose: at least 10 kana making 15 % of the letters (prose is 30-50 % kana), a quarter
    of the hiragana being particles or verb endings (の, に, は, を, が, で, と, た, て).

    Chinese (GB2312/GBK) bytes read as Shift-JIS give half-width katakana, never counted here, and
    hiragana only from rare GBK characters whose first byte is 0x82 (in Unicode order: a list of
    them reads as a run of the kana table); read as EUC-JP, they give kana only from GB2312's own
    kana rows, which Chinese text hardly uses.
    """
    kana = len(_KANA.findall(text))
    if kana < 10 or kana < 0.15 * len(_LETTER.findall(text)):
        return False
    hiragana = _HIRAGANA.findall(text)
    return sum(h in _JAPANESE_ENDINGS for h in hiragana) >= 0.25 * len(hiragana)


def _is_korean(text: str) -> bool:
    """Korean prose: at least 20 hangul syllables making 85 % of the letters, in words of which a third
    or more end in a particle or verb ending (은, 는, 을, 를, 의, 에, 다, 고 …).

    GB2312 Chinese read as EUC-KR gives hangul only for characters of GB2312 rows 16-40 (first byte
    0xB0-0xC8): about 60 % of a Chinese text, more in a list sorted by pinyin. Row 41 (上, 生, 社, 设,
    深 …) does not decode at all, the rest reads as hanja, and the endings are rare characters read as
    GB2312 (篮, 绰, 阑, 甫, 狼, 俊, 促 …) that seldom end a Chinese word.
    """
    hangul = len(_HANGUL.findall(text))
    if hangul < 20 or hangul < 0.85 * len(_LETTER.findall(text)):
        return False
    words = _HANGUL_WORD_END.findall(text)
    return len(words) >= 5 and sum(w in _KOREAN_ENDINGS for w in words) >= 0.35 * len(words)


def foreign_language(data: bytes) -> str | None:
    """``"Shift-JIS (Japanese)"``, ``"EUC-JP (Japanese)"`` or ``"EUC-KR (Korean)"`` when the bytes read so, else None.

    >>> foreign_language("東京都の知事は十日、新しい防災計画を発表し、避難所を増やすと述べた。".encode("shift_jis"))
    'Shift-JIS (Japanese)'
    >>> foreign_language("市长甄建国出席会议，强调要抓好项目建设。".encode("gb18030")) is None
    True
    """
    for name, codec in _FOREIGN:
        text = _strict_sample(data, codec)
        if text is not None and (_is_korean(text) if codec == "cp949" else _is_japanese(text)):
            return name
    return None


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


def foreign_error(path: str, language: str) -> InputError:
    """The one line for a page in ``language`` (from :func:`foreign_language`)."""
    return InputError(path, f"looks like {language} text, not Chinese; kg reads Chinese text only")


def decode_legacy(data: bytes, path: str) -> tuple[str, str]:
    """``(text, "gb18030" | "big5")`` for bytes that are not UTF-8, else :class:`~kg.errors.InputError`."""
    if (language := foreign_language(data)) is not None:
        raise foreign_error(path, language)
    for encoding, codec in (("gb18030", "gb18030"), ("big5", "big5hkscs")):
        if (text := _reading(data, codec)) is not None:
            return text, encoding
    raise InputError(path, f"not UTF-8, UTF-16, GB18030 or Big5 Chinese text{_guess(data)}; re-save it as UTF-8")
