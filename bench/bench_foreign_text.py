"""False alarms and misses of the Japanese/Korean detector (kg.legacy_text.foreign_language).

    .venv/bin/python bench/bench_foreign_text.py

Chinese side (must be zero): windows of 20 to 5,000 characters and whole texts, encoded as
GB18030, of every shipped page (seeds/, tests/fixtures/real/pages/) and of adversarial word
lists: each of kg's data lists and jieba's dictionary, joined with spaces. Lists sorted by pinyin
or by code point are the worst case: GB2312 is ordered by pinyin, and a run of rare GBK
characters in Unicode order reads as a run of the kana table in Shift-JIS.

Foreign side: invented Japanese and Korean sentences in every encoding, cut to growing lengths,
showing from how many characters on a page is recognised.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

from kg.legacy_text import foreign_language

ROOT = Path(__file__).resolve().parents[1]
JAPANESE = (
    "大阪市は来年度から、市内の小学校で給食費を無償化する方針を固めた。対象は約七万人で、必要な費用は"
    "年間百億円にのぼる見込みだ。市長は議会で「子育て世代の負担を減らしたい」と説明した。"
)
KOREAN = (
    "부산시는 내년부터 시내버스 요금을 인상하기로 결정했다. 시는 연료비와 인건비가 크게 올라 운영 적자가 "
    "계속되고 있다고 설명했다. 올해 여름은 기록적인 폭염으로 전력 사용량이 크게 늘었다."
)


def chinese_texts() -> Iterator[tuple[str, str]]:
    """``(name, text)``: the shipped pages, then kg's data lists and jieba's dictionary as spaced lists."""
    pages = [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests/fixtures/real/pages").glob("*/*.txt")]
    for page in sorted(pages):
        yield page.name, page.read_text(encoding="utf-8")
    for path in sorted((ROOT / "kg/data").glob("*.t[xs][tv]")):
        lines = path.read_text(encoding="utf-8").splitlines()
        yield path.name, " ".join(x.split("\t")[0].strip() for x in lines if x.strip() and not x.startswith("#"))
    import jieba

    lines = Path(os.path.dirname(jieba.__file__), "dict.txt").read_text(encoding="utf-8").splitlines()
    words = [x.split()[0] for x in lines if x.strip()]
    for i in range(0, len(words), 20000):
        yield f"jieba dict.txt [{i}:]", " ".join(words[i : i + 20000])


def windows(text: str) -> Iterator[str]:
    """Overlapping windows of 20 to 5,000 characters, and the whole text."""
    for size in (20, 40, 80, 200, 1000, 5000):
        for start in range(0, max(1, len(text) - size + 1), size // 2):
            yield text[start : start + size]
    yield text


def main() -> None:
    t, n, alarms = time.perf_counter(), 0, []
    for name, text in chinese_texts():
        for window in windows(text):
            try:
                data = window.encode("gb18030")
            except UnicodeEncodeError:  # pragma: no cover - GB18030 encodes all of Unicode
                continue
            n += 1
            if (language := foreign_language(data)) is not None:
                alarms.append((name, language, window[:40]))
    print(f"Chinese: {n} windows in {time.perf_counter() - t:.1f} s, {len(alarms)} false alarms")
    for alarm in alarms[:20]:
        print("  false alarm:", *alarm)
    for text, codecs in ((JAPANESE, ("shift_jis", "euc_jp")), (KOREAN, ("euc_kr", "cp949"))):
        for codec in codecs:
            found = next((k for k in range(5, len(text) + 1) if foreign_language(text[:k].encode(codec))), None)
            print(f"{codec:9}: recognised from {found} of {len(text)} characters")


if __name__ == "__main__":
    main()
