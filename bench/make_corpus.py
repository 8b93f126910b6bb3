"""Generate a synthetic corpus of N MB shaped like the seed pages (bench only; run by hand).

Pages are recombined seed paragraphs. Every page gets its own date header and
its own cast: the persons and places kg finds in the seeds are replaced, page
by page, by names generated from kg's surname list and a list of given-name
characters below, and by place stems made of the same characters, so the
number of distinct entities grows with the corpus (a share of names is reused
across pages, as officials recur in a real paper). Deterministic for a seed.

    python bench/make_corpus.py 10 bench/corpus/10MB      # 10 MB, seed 0
    python bench/make_corpus.py 1 /tmp/c --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
from pathlib import Path

from kg.corpus import read_corpus
from kg.data.lexicon import words
from kg.extract import extract
from kg.vocab import EntityType

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PAGE_BYTES = 18_000  # about one seed page
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏飞志宏新春海波"
    "宇浩然子轩梓涵一诺欣怡晨阳俊峰晓东亮斌林彬雪梅琳慧颖婷倩莉凯瑞博远航思源嘉豪天佑"
)
"""Common given-name characters (domain knowledge, not from the corpus)."""
WEEKDAYS = "一二三四五六日"
_DIVISION = re.compile(r"(省|市|区|县|镇|乡|街道|村|社区)$")


def seed_material() -> tuple[list[str], list[str], list[str]]:
    """The seed paragraphs, and the person and place names kg finds in them (longest first)."""
    docs = list(read_corpus([SEEDS]))
    paragraphs = [p.strip() for d in docs for p in d.text.splitlines() if len(p.strip()) >= 8]
    persons: set[str] = set()
    places: set[str] = set()
    for d in docs:
        for m in extract(d).mentions:
            if m.type is EntityType.PERSON and 2 <= len(m.text) <= 4 and m.text == m.name:
                persons.add(m.text)
            elif m.type is EntityType.PLACE and _DIVISION.search(m.text) and len(m.text) >= 3:
                places.add(m.text)
    by_len = lambda s: (-len(s), s)  # noqa: E731
    return paragraphs, sorted(persons, key=by_len), sorted(places, key=by_len)


class Cast:
    """Generated names: a growing pool, each page drawing some old and some new."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.surnames = sorted(w for w in words("surnames") if len(w) == 1)
        self.people: list[str] = []
        self.stems: list[str] = []

    def person(self) -> str:
        if self.people and self.rng.random() < 0.5:
            return self.rng.choice(self.people)
        name = self.rng.choice(self.surnames) + "".join(self.rng.choices(GIVEN, k=self.rng.choice((1, 2, 2))))
        self.people.append(name)
        return name

    def stem(self) -> str:
        if self.stems and self.rng.random() < 0.5:
            return self.rng.choice(self.stems)
        stem = "".join(self.rng.choices(GIVEN, k=2))
        self.stems.append(stem)
        return stem


def make_page(rng: random.Random, cast: Cast, paragraphs: list[str], pattern: re.Pattern[str], day: dt.date) -> str:
    mapping: dict[str, str] = {}

    def swap(m: re.Match[str]) -> str:
        old = m.group(0)
        if old not in mapping:
            suffix = _DIVISION.search(old)
            mapping[old] = cast.stem() + suffix.group(1) if suffix else cast.person()
        return mapping[old]

    header = f"第{rng.randint(1, 8):02d}版 {day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
    lines = [header, ""]
    size = len(header.encode())
    while size < PAGE_BYTES:
        p = pattern.sub(swap, rng.choice(paragraphs))
        lines += [p, ""]
        size += len(p.encode()) + 2
    return "\n".join(lines)


def make_corpus(megabytes: float, out: Path, seed: int = 0) -> list[Path]:
    """Write ``megabytes`` MB of pages into ``out`` (emptied first); return the files."""
    rng = random.Random(seed)
    paragraphs, persons, places = seed_material()
    pattern = re.compile("|".join(map(re.escape, persons + places)))
    cast = Cast(rng)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    total, files, day = 0, [], dt.date(2021, 1, 1)
    while total < megabytes * 1e6:
        page = make_page(rng, cast, paragraphs, pattern, day)
        f = out / f"p{len(files):06d}.txt"
        f.write_text(page, encoding="utf-8")
        files.append(f)
        total += len(page.encode())
        if len(files) % 8 == 0:
            day += dt.timedelta(days=1)
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("megabytes", type=float)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    files = make_corpus(args.megabytes, args.out, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"wrote {len(files)} pages, {size / 1e6:.1f} MB, into {args.out}")


if __name__ == "__main__":
    main()
