#!/usr/bin/env python3
"""Learn the transliteration character table ``kg/data/translit_chars.txt`` from jieba's tagged dictionary.

jieba's dictionary tags transliterated foreign names ``nrt`` (a labelled word list). For
every character: in how many ``nrt`` words of three or more characters it stands, and in
how many words of other parts of speech (not names, not places). kg reads a character as a
transliteration character when the first count is high and the second low (``斯``, ``夫``,
``娃`` yes; ``国``, ``说`` no). Only per-character counts are stored, no names.

    python scripts/make_translit_chars.py > kg/data/translit_chars.txt
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import jieba


def main() -> None:
    in_names: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, _, tag = line.split()
            if tag == "nrt" and len(word) >= 3:
                in_names.update(set(word))
            elif tag not in ("nr", "nrt", "nrfg", "ns"):
                elsewhere.update(set(word))
    print("# char<TAB>in jieba's nrt words of 3+ characters<TAB>in its words of other parts of speech")
    print("# made by scripts/make_translit_chars.py: counts per character, no names")
    for c in sorted(in_names):
        if "\u4e00" <= c <= "\u9fff" and in_names[c] >= 3:
            print(f"{c}\t{in_names[c]}\t{elsewhere[c]}")


if __name__ == "__main__":
    main()
