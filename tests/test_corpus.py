from __future__ import annotations

import pytest

from kg.corpus import decode_text, find_files, page_date, read_corpus, read_document
from kg.errors import InputError, NoInputError

TEXT = "株洲日报讯(记者/某某) 3月13日,市政府召开常务会议。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_corpus_decodes_supported_encodings(data, encoding):
    text, found = decode_text(data, "x.txt")
    assert text == TEXT
    assert found == encoding


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x00\x01\x02\x03binary\x00", "binary"),
        (bytes(range(128, 256)) * 4, "not"),
    ],
)
def test_corpus_rejects_bad_bytes_naming_the_file(data, problem):
    with pytest.raises(InputError) as e:
        decode_text(data, "bad/page.txt")
    assert str(e.value).startswith("bad/page.txt: ")
    assert problem in str(e.value)


def test_corpus_reads_folder_sorted_and_skips_bad_files(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(TEXT.encode("gb18030"))
    (tmp_path / "c.txt").write_bytes(b"\x00\x00\x00")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")  # not a text, page or PDF name: not read
    skipped = []
    docs = list(read_corpus([tmp_path], on_skip=skipped.append))
    assert [d.id for d in docs] == ["a.txt", "b.txt"]
    assert all(d.text == TEXT for d in docs)
    assert len(skipped) == 1 and "c.txt" in str(skipped[0])


def test_corpus_strict_mode_raises_on_bad_file(tmp_path):
    (tmp_path / "c.txt").write_bytes(b"\x00\x00\x00")
    with pytest.raises(InputError):
        list(read_corpus([tmp_path], strict=True))


def test_corpus_missing_path_raises(tmp_path):
    with pytest.raises(NoInputError, match="nope"):
        list(read_corpus([tmp_path / "nope"]))


def test_corpus_glob(tmp_path):
    (tmp_path / "x1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "x2.txt").write_text(TEXT, encoding="utf-8")
    files, missing = find_files([str(tmp_path / "x*.txt"), str(tmp_path / "y*.txt")])
    assert [f.name for f in files] == ["x1.txt", "x2.txt"]
    assert missing == [(str(tmp_path / "y*.txt"), "no file matches this pattern")]


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("电话:28823910 2021年9月28日 星期二 责任编辑:某某", "2021-09-28", "header"),
        ("某某日报讯(记者/甲) 3月13日,会议召开。", "--03-13", "dateline"),
        ("某某日报讯(记者/甲)12月22日,2023年工作总结。2023年成绩。2024年目标。", "2023-12-22", "dateline"),
        ("没有日期的页面", None, None),
        ("本报讯(记者 甲)2024年5月15日,会议召开。", "2024-05-15", "dateline"),  # a dateline with its year
        ("新华社某地5月16日电(记者 乙)二〇二四年五月十六日,会议召开。", "2024-05-16", "dateline"),
        ("标题\n２０２３年１２月３日\n县长出席会议。", "2023-12-03", "opening"),  # full-width, no 星期
        ("作者:     日期: 2019-12-26    浏览量: 166\n正文。", "2019-12-26", "opening"),  # web furniture
        ("会议指出,1949年10月1日新中国成立。", None, None),  # a date inside prose dates no page
        ("某某日报 2023年3月21日\n本报讯 3月20日,会议召开。", "2023-03-21", "opening"),  # a header, no 星期
    ],
)
def test_corpus_page_date(text, date, source):
    assert page_date(text) == (date, source)


def test_corpus_seed_dates(seed_paths):
    dates = {p.name: read_document(p).date for p in seed_paths}
    assert dates["001_09d55d6e01ccd363.txt"] == "2021-09-28"
    assert dates["002_7dfae80e3f4acfe7.txt"] == "2021-09-29"
    assert dates["004_5c5e95da3b482c19.txt"] == "2023-12-22"
    assert dates["003_736d83bccc50eee4.txt"] == "2021-03-14"  # “十四五”开好局 → 2021
    assert dates["000_d90192bb159ede98.txt"] is None


BIG5_TEXT = "青山日報訊(記者 甲)市長王建國出席會議，強調要抓好項目建設。"


def test_corpus_reads_a_big5_page_as_traditional_chinese(tmp_path):
    """Issue 20: Big5 bytes also decode as GB18030 (as garbage); the page is read as Big5."""
    (tmp_path / "big5.txt").write_bytes(BIG5_TEXT.encode("big5"))
    doc = read_document(tmp_path / "big5.txt")
    assert (doc.text, doc.encoding) == (BIG5_TEXT, "big5")


def test_corpus_legacy_bytes_neither_gb18030_nor_big5_are_one_line_naming_the_file():
    with pytest.raises(InputError, match=r"^bad/page\.txt: not UTF-8, UTF-16, GB18030 or Big5"):
        decode_text(bytes(range(0xA1, 0xFF)) * 8, "bad/page.txt")
