"""Text out of saved web pages and PDFs (and plain text), for :func:`kg.corpus.read_document`.

A file is read by what it *is*, not only by its name: bytes opening with
``%PDF-`` are a PDF, a page opening with ``<!DOCTYPE html>`` or ``<html`` is
HTML (also when it was saved as ``.txt``), anything else is text. What kg
extracts from, and every offset it reports, is the text returned here:

- **HTML** (``.html``, ``.htm``, ``.shtml``, ``.xhtml``): the page's main text
  by trafilatura (navigation, scripts, styles, headers, footers and link lists
  dropped), its title as the first line (unless the text already opens with
  it), and the page's own publication date (``<meta>`` tags, ``<time>``,
  visible dates; htmldate's rules) as the document date, written as a
  ``发布时间：YYYY-MM-DD`` line under the title when the main text does not
  show it (so the text kg reads, shows and caches by carries the date).
- **PDF** (``.pdf``): the text layer of each page by pypdf, pages separated
  by a blank line. A PDF without a text layer (a scan) is refused with one
  line saying to run OCR first.
- **Text** (``.txt``, ``.md`` …): decoded by :func:`kg.corpus.decode_text`.

>>> sniff(b"%PDF-1.4 ...", ".txt"), sniff(b"<!doctype html><p>x", ".txt"), sniff("标题".encode(), ".html")
('pdf', 'html', 'text')
>>> page = read_html("<html><head><title>标题</title></head><body><nav>首页</nav>"
...                  "<article><p>市长张三出席会议。</p></article></body></html>".encode(), "a.html")
>>> page.text, page.title
('标题\\n市长张三出席会议。', '标题')
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from kg.errors import InputError
from kg.legacy_text import foreign_error, foreign_language

__all__ = ["HTML_SUFFIXES", "PDF_SUFFIXES", "SUFFIXES", "TEXT_SUFFIXES", "PageText", "read_html", "read_pdf", "sniff"]

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
PDF_SUFFIXES = (".pdf",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
"""File names a folder contributes to a corpus (case-insensitive); a file named on the command line is read whatever
its name."""

_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


@dataclass(frozen=True, slots=True)
class PageText:
    """The text of one file and what the file says about itself."""

    text: str
    encoding: str  # how the bytes were read: utf-8, gb18030 … for text; "html (utf-8)", "pdf"
    date: str | None = None  # the page's own date (ISO), when its format records one
    date_source: str | None = None  # "html" | "pdf" when ``date`` came from the file's metadata
    title: str | None = None


def sniff(data: bytes, suffix: str) -> str:
    """``"pdf"``, ``"html"`` or ``"text"``: by the content first, then by the file name's ``suffix``."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    if _HTML_START.match(head):
        return "html"
    if suffix.lower() in HTML_SUFFIXES and re.search(rb"<(?:body|p|div|article)[\s>]", data[:65536], re.I):
        return "html"
    return "text"


def _decode_html(data: bytes, path: str) -> str:
    """The page's characters: a byte-order mark, else its ``<meta charset>``, else UTF-8, else GB18030.

    An undeclared page whose bytes read as Japanese or Korean (:func:`kg.legacy_text.foreign_language`)
    is refused rather than read as garbled GB18030.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    m = _META_CHARSET.search(data[:8192])
    declared = m.group(1).decode("ascii").lower() if m else ""
    if declared in {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}:
        declared = "gb18030"
    for encoding in dict.fromkeys(e for e in (declared, "utf-8", "gb18030") if e):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding == "gb18030" and declared != "gb18030" and (language := foreign_language(data)) is not None:
            raise foreign_error(path, language)  # undeclared Shift-JIS, EUC-JP or EUC-KR reads as GB18030
        return text
    raise InputError(path, "a web page in neither UTF-8 nor GB18030 (nor its declared charset); re-save it as UTF-8")


def read_html(data: bytes, path: str) -> PageText:
    """The main text, title and date of a saved web page (trafilatura); :class:`InputError` when it has none."""
    html = _decode_html(data, path)
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
        raise InputError(path, "reading web pages needs trafilatura: pip install trafilatura") from None
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(
        _without_boilerplate(html),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    if doc is None:
        raise InputError(path, "a web page with no main text kg could find (is it a list of links or a frame?)")
    text = _tidy(doc.text or "")
    title = " ".join((doc.title or "").split()) or None
    if title and title not in text[: len(title) + 200]:
        text = f"{title}\n{text}" if text else title
    if not text.strip():
        raise InputError(path, "a web page with no text")
    date = doc.date if doc.date and re.fullmatch(r"\d{4}-\d\d-\d\d", doc.date) else None
    if date and not _shows(text[:300], date):  # the date becomes part of the text kg reads (and caches by)
        head, sep, rest = text.partition("\n") if title and text.startswith(title) else ("", "", text)
        text = f"{head}{sep}发布时间：{date}\n{rest}"
    return PageText(text, "html", date, "html" if date else None, title)


def _shows(text: str, date: str) -> bool:
    """Whether ``text`` writes ``date`` (``2024-05-16``, ``2024/5/16``, ``2024年5月16日`` …)."""
    y, m, d = (int(x) for x in date.split("-"))
    pattern = rf"{y}\s*(?:年|[-/.])\s*0?{m}\s*(?:月|[-/.])\s*0?{d}(?!\d)"
    return re.search(pattern, text) is not None


_BOILERPLATE = "nav", "aside", "script", "style", "noscript", "template", "form", "iframe", "select"


def _without_boilerplate(html: str) -> object:
    """The page as an lxml tree without the elements HTML itself marks as not content.

    ``<nav>``, ``<aside>``, scripts, forms, and the ``<header>``/``<footer>`` of the page (not of an
    ``<article>``) go before trafilatura looks (it keeps everything on a page too short to compare).
    """
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except Exception:  # lxml's parser errors: let trafilatura try the text itself
        return html
    for el in tree.xpath("//" + " | //".join(_BOILERPLATE)):
        el.drop_tree()
    for el in tree.xpath("//header[not(ancestor::article or ancestor::main)] | //footer[not(ancestor::article)]"):
        el.drop_tree()
    return tree


def _tidy(text: str) -> str:
    """Line ends as ``\\n``, trailing spaces gone, at most one blank line in a row."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def read_pdf(data: bytes, path: str) -> PageText:
    """The text layer of a PDF (pypdf), pages separated by a blank line; scans and encrypted files refused."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
        raise InputError(path, "reading PDF files needs pypdf: pip install pypdf") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, "an encrypted PDF; save an unencrypted copy first")
        pages = [_tidy(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise InputError(path, f"not a readable PDF ({e})") from None
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise InputError(
            path, f"a PDF with no text layer on its {len(pages)} page(s): a scan?; run OCR first, e.g. ocrmypdf"
        )
    title = (str(info.get("/Title") or "").strip() or None) if info else None
    # the page's date comes from its text (an e-paper's header line): a PDF's creation date is the file's
    return PageText(text, "pdf", title=title)
