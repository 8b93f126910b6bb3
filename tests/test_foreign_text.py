"""Issue 20: Japanese and Korean pages in legacy encodings are refused, never read as garbled Chinese.

Shift-JIS, EUC-JP and EUC-KR bytes are valid GB18030, so before this check such a page came out
as "Chinese" nonsense with exit 0. The detector (:func:`kg.legacy_text.foreign_language`) must
never refuse a real Chinese page: every page kg ships is checked in GB18030, whole and in windows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.corpus import decode_text, read_document
from kg.errors import InputError
from kg.legacy_text import foreign_language

ROOT = Path(__file__).resolve().parents[1]
REAL_PAGES = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests/fixtures/real/pages").glob("*/*.txt")])

PAGE = "青山日报讯(记者/周晓梅) 5月6日,县委书记刘建国主持召开县委常委会会议,县长黄志明出席。\n"

# Invented news sentences (not copied from anywhere).
JAPANESE = (
    "東京都の知事は十日、記者会見で新しい防災計画を発表した。計画では、地震や台風に備えて避難所を増やし、"
    "住民への情報提供を強化する。知事は「市民の安全を第一に考える」と述べた。\n"
    "新しいスーパーマーケットが駅前にオープンし、開店初日には多くの買い物客が訪れた。\n"
)
KOREAN = (
    "서울시장은 10일 기자회견을 열고 새로운 재난 대책을 발표했다. 이번 계획에 따르면 지진과 태풍에 대비해 "
    "대피소를 늘리고 주민에게 정보를 더 빨리 제공한다. 시장은 시민의 안전을 가장 먼저 생각하겠다고 말했다.\n"
    "한국은행은 기준금리를 연 3.5%로 동결했다. 물가 상승률이 여전히 높고 가계부채가 늘어나고 있다.\n"
)

FOREIGN = [
    (JAPANESE, "shift_jis", "Shift-JIS (Japanese)"),
    (JAPANESE, "cp932", "Shift-JIS (Japanese)"),
    (JAPANESE, "euc_jp", "EUC-JP (Japanese)"),
    (KOREAN, "euc_kr", "EUC-KR (Korean)"),
    (KOREAN, "cp949", "EUC-KR (Korean)"),
]


@pytest.mark.parametrize(("text", "codec", "language"), FOREIGN)
def test_foreign_text_page_is_one_line_naming_the_language(text, codec, language):
    data = text.encode(codec)
    data.decode("gb18030")  # the trap: the bytes are valid GB18030
    with pytest.raises(InputError) as e:
        decode_text(data, "in/p.txt")
    assert str(e.value) == f"in/p.txt: looks like {language} text, not Chinese; kg reads Chinese text only"


@pytest.mark.parametrize(("text", "codec", "language"), FOREIGN[::2])
def test_foreign_text_cli_warns_once_and_strict_stops(tmp_path, text, codec, language):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(PAGE, encoding="utf-8")
    (corpus / "foreign.txt").write_bytes(text.encode(codec))
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "warning" in line]
    assert warnings == [
        f"kg: warning: skipped {corpus / 'foreign.txt'}: looks like {language} text, not Chinese; "
        "kg reads Chinese text only"
    ]
    assert "(1 skipped)" in result.output
    strict = CliRunner().invoke(main, ["build", str(corpus), "-o", str(tmp_path / "out2"), "--strict"])
    assert strict.exit_code == 2 and f"looks like {language}" in strict.output
    assert "Traceback" not in strict.output and not (tmp_path / "out2" / "graph.ttl").exists()


def test_foreign_text_undeclared_web_page_is_refused(tmp_path):
    html = f"<html><head><title>t</title></head><body><article><p>{JAPANESE}</p></article></body></html>"
    (tmp_path / "ja.html").write_bytes(html.encode("shift_jis"))
    with pytest.raises(InputError, match=r"ja\.html: looks like Shift-JIS \(Japanese\) text"):
        read_document(tmp_path / "ja.html")


def test_foreign_text_big5_and_traditional_gbk_are_still_chinese():
    traditional = "青山日報訊(記者 甲)市長王建國出席會議，強調要抓好項目建設。"
    assert decode_text(traditional.encode("big5"), "b.txt") == (traditional, "big5")
    assert decode_text(traditional.encode("gbk"), "g.txt") == (traditional, "gb18030")


@pytest.mark.parametrize("page", REAL_PAGES, ids=lambda p: p.name)
def test_foreign_text_never_refuses_a_gb18030_copy_of_a_real_page(tmp_path, page):
    """Zero false alarms: the GB18030 copy of every shipped page reads as the UTF-8 original does."""
    copy = tmp_path / page.name
    copy.write_bytes(page.read_text(encoding="utf-8").encode("gb18030"))
    original, gb = read_document(page), read_document(copy)
    assert (gb.text, gb.encoding) == (original.text, "gb18030")


def test_foreign_text_never_flags_a_window_of_a_real_page():
    """Short stretches are where statistics are weakest: no window of any real page is flagged."""
    flagged = []
    for page in REAL_PAGES:
        text = page.read_text(encoding="utf-8")
        for size in (20, 40, 80, 200, 1000):
            for start in range(0, max(1, len(text) - size + 1), size // 2):
                window = text[start : start + size]
                if foreign_language(window.encode("gb18030")) is not None:
                    flagged.append((page.name, start, window))
    assert flagged == []
