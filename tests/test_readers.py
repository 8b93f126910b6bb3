"""Saved web pages, PDFs and Markdown read into the same text, entities and offsets as a .txt of that text."""

from __future__ import annotations

import pytest
from pdfmaker import text_pdf

from kg.build import build
from kg.corpus import find_files, read_corpus, read_document
from kg.errors import InputError
from kg.readers import sniff

HEADLINE = "衡阳市召开重点项目推进会"
LINES = [
    "衡阳日报讯(记者 王五)5月16日,市委副书记、市长李四主持召开全市重点项目推进会。",
    "会议强调,要加快衡阳高新区综合管廊项目建设进度,确保年内完工,各部门要压实责任、强化调度。",
    "副市长赵六通报了一季度全市重点项目建设情况,各县市区政府主要负责人参加会议。",
    "会议要求,要坚持问题导向,逐项梳理项目推进中的堵点难点,实行清单化管理、闭环式推进。",
]
MASTHEAD = "衡阳日报 2024年5月16日 星期四"  # the e-paper's header line; the web page has the date in a <meta> tag
TEXT = "\n".join([MASTHEAD, HEADLINE, *LINES]) + "\n"


def page_html(charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in LINES)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{HEADLINE}</title>
<meta name="PubDate" content="2024-05-16 09:30">
<script>var notice = "市长某某";</script><style>p {{ margin: 0 }}</style></head>
<body>
<header><a href="/">首页</a></header>
<nav><a href="/a">政务要闻</a> <a href="/b">信息公开</a> <a href="/c">政民互动</a></nav>
<article><h1>{HEADLINE}</h1>
{paragraphs}
</article>
<footer>版权所有 网站标识码 0000000000</footer>
</body></html>
"""


def entities(folder, tmp_path):
    G = build([folder], tmp_path / (folder.name + "-out"), formats=["graphml"]).graph
    return {(n, d["type"]) for n, d in G.nodes(data=True)}


@pytest.fixture
def three(tmp_path):
    """The same news as .txt, .html and .pdf, each in its own folder."""
    folders = {}
    for kind, data in (
        ("txt", TEXT.encode()),
        ("html", page_html().encode()),
        ("pdf", text_pdf([MASTHEAD, HEADLINE, *LINES])),
    ):
        folder = tmp_path / kind
        folder.mkdir()
        (folder / f"page.{kind}").write_bytes(data)
        folders[kind] = folder
    return folders


def test_readers_html_and_pdf_build_the_same_entities_as_txt(three, tmp_path):
    want = entities(three["txt"], tmp_path)
    assert ("person/李四@430400", "Person") in want
    assert entities(three["html"], tmp_path) == want
    assert entities(three["pdf"], tmp_path) == want


@pytest.mark.parametrize("kind", ["html", "pdf"])
def test_readers_offsets_point_into_the_extracted_text(three, kind):
    from kg.extract import extract

    doc = read_document(three[kind] / f"page.{kind}")
    x = extract(doc)
    assert x.mentions
    for m in x.mentions:
        assert doc.text[m.start : m.end] == m.text
    for r in x.relations:
        assert 0 <= r.evidence.start < r.evidence.end <= len(doc.text)
        assert "".join(r.evidence.sentence.split()) in "".join(doc.text.split())


def test_readers_html_drops_boilerplate_keeps_title_and_date(three):
    doc = read_document(three["html"] / "page.html")
    assert doc.text.splitlines()[0] == HEADLINE
    assert "政务要闻" not in doc.text and "var notice" not in doc.text and "版权所有" not in doc.text
    assert doc.date == "2024-05-16" and doc.date_source == "html" and doc.encoding == "html"
    assert doc.text.splitlines()[1] == "发布时间：2024-05-16"  # the <meta> date, written into the text kg reads


def test_readers_html_in_gb18030(tmp_path):
    p = tmp_path / "gbk.htm"
    p.write_bytes(page_html("gb2312").encode("gb18030"))
    assert LINES[0] in read_document(p).text


def test_readers_sniff_by_content_not_only_name(tmp_path):
    (tmp_path / "saved.txt").write_text(page_html(), encoding="utf-8")
    (tmp_path / "epaper.bin.txt").write_bytes(text_pdf(LINES))
    assert LINES[0] in read_document(tmp_path / "saved.txt").text
    assert "<p>" not in read_document(tmp_path / "saved.txt").text
    assert read_document(tmp_path / "epaper.bin.txt").encoding == "pdf"
    assert sniff(b"plain text", ".html") == "text"


def test_readers_folder_picks_up_html_htm_pdf_md(tmp_path):
    for name in ("a.txt", "b.md", "c.html", "d.HTM", "e.pdf", "f.png", "g.docx"):
        (tmp_path / name).write_bytes(b"x")
    files, missing = find_files([tmp_path])
    assert [f.name for f in files] == ["a.txt", "b.md", "c.html", "d.HTM", "e.pdf"] and not missing


def test_readers_markdown_is_text(tmp_path):
    (tmp_path / "note.md").write_text("# " + HEADLINE + "\n\n" + TEXT, encoding="utf-8")
    doc = read_document(tmp_path / "note.md")
    assert doc.text.startswith("# " + HEADLINE) and doc.encoding == "utf-8"


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("scan.pdf", text_pdf([]), "no text layer"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF", "PDF"),
        ("empty.html", b"<!DOCTYPE html><html><head><title></title></head><body></body></html>", "web page"),
    ],
)
def test_readers_unreadable_file_gets_one_clear_error_naming_it(tmp_path, name, data, says):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError) as e:
        read_document(tmp_path / name)
    assert name in str(e.value) and says in str(e.value) and "\n" not in str(e.value)
    skipped = []
    assert list(read_corpus([tmp_path], on_skip=skipped.append)) == [] and len(skipped) == 1
