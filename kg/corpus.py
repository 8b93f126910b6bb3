"""Read input files into :class:`~kg.model.Document` objects.

Paths may be files, folders (every ``.txt``, ``.md``, ``.html``/``.htm`` and
``.pdf`` file below them, sorted) or glob patterns. Web pages and PDFs become
their main text (:mod:`kg.readers`); text is decoded as UTF-8 (with or without BOM), UTF-16 (with BOM),
GB18030/GBK or Big5 (:mod:`kg.legacy_text`), detected and checked, never guessed silently: a file that is
none of these (a Japanese or Korean page is named as such), binary, or empty raises
:class:`~kg.errors.InputError` naming it.

>>> decode_text("株洲日报".encode("gb18030"), "p.txt")
('株洲日报', 'gb18030')
>>> page_date("电话:28823910 2021年9月28日 星期二 责任编辑:某某")
('2021-09-28', 'header')
"""

from __future__ import annotations

import dataclasses
import glob
import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg import readers
from kg.data.dates import PartialDate
from kg.errors import InputError, NoInputError
from kg.legacy_text import decode_legacy
from kg.model import Document
from kg.safeio import NotRegularFileError, TooLargeError, read_bytes_capped, shown, text_name
from kg.text import blank_controls, cn_number, is_traditional, reading, to_simplified

__all__ = [
    "MAX_FILE_BYTES",
    "CorpusFile",
    "Pages",
    "decode_text",
    "find_files",
    "page_date",
    "read_corpus",
    "read_document",
    "read_text",
]

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Larger files are refused with a clear error rather than exhausting memory."""

_HEADER_DATE = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周)[一二三四五六日天]")
_DATELINE = re.compile(r"(?:讯|电)\s*[(（][^()（）\n]{0,60}[)）]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_DATELINE_YEAR = re.compile(
    r"(?:讯|电)\s*(?:[(（][^()（）\n]{0,60}[)）])?\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
_OPENING = 300  # characters at the top of a page where a date line or the first full date dates the page
_OPENING_DATE = re.compile(  # at a line's start, or after a date label (发布日期:, 时间:)
    r"(?:(?:^|\n)(?:[^\n]{0,10}?(?:日报|晚报|晨报|时报|报))?|(?:日期|时间|发布|发稿|更新)[:：]?)[ \t\u3000]*"
    r"(?:((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"
)
_CN_NUM = "〇零一二三四五六七八九"
_CN_YEAR = re.compile(rf"([{_CN_NUM}]{{4}})年")
_CN_MONTH_DAY = re.compile(r"([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def arabic_dates(text: str) -> str:
    """Dates in Arabic digits: full-width digits and Chinese-numeral dates rewritten (for date rules only).

    >>> arabic_dates("二〇二四年五月十六日、２０２３年１２月３日")
    '2024年5月16日、2023年12月3日'
    """
    text = text.translate(_FULL_WIDTH_DIGITS)
    text = _CN_YEAR.sub(lambda m: "".join(str(cn_number(c)) for c in m.group(1)) + "年", text)
    return _CN_MONTH_DAY.sub(lambda m: f"{cn_number(m.group(1))}月{cn_number(m.group(2))}日", text)


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """A path the corpus reader found, with the argument that named it."""

    path: Path
    source: str


def find_files(
    paths: Iterable[str | os.PathLike[str]],
    unreadable: list[tuple[str, str]] | None = None,
    roots: dict[str, Path] | None = None,
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files, folders and globs into a sorted list of files, and ``(argument, problem)`` for the rest.

    Folders contribute every file below them whose name ends in one of :data:`kg.readers.SUFFIXES`
    (``.txt``, ``.md``, ``.html``, ``.htm``, ``.pdf`` …; symlinks are not followed);
    a subfolder that cannot be listed is added to ``unreadable`` as ``(folder, problem)``,
    and ``roots`` maps each file found to the folder or glob root that named it.
    A path given directly that exists but is not a regular file (a FIFO, a
    device) is listed, so that reading it reports what it is.
    """
    found: dict[str, Path] = {}
    missing: list[tuple[str, str]] = []

    def walk_error(e: OSError) -> None:
        if unreadable is not None:
            unreadable.append((str(e.filename), (e.strerror or str(e)).lower()))

    for arg in paths:
        arg = os.fspath(arg)
        p = Path(arg)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False, onerror=walk_error):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(readers.SUFFIXES):
                        f = Path(root) / name
                        found.setdefault(str(f), f)
                        if roots is not None:
                            roots.setdefault(str(f), p)
        elif p.is_file():
            found.setdefault(str(p), p)
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                missing.append((arg, "no file matches this pattern"))
            for f in files:
                found.setdefault(str(f), f)
                if roots is not None:
                    roots.setdefault(str(f), Path(_glob_root(arg)))
        elif p.exists():  # a FIFO, device or socket: read_document refuses it with what it is
            found.setdefault(str(p), p)
        elif p.is_symlink():
            missing.append((arg, "broken or looping symbolic link"))
        else:
            missing.append((arg, "no such file or folder"))
    return sorted(found.values(), key=lambda f: (f.name, str(f))), missing


def _glob_root(pattern: str) -> str:
    """The folder part of a glob before its first wildcard: ``/a/b/**/*.txt`` → ``/a/b``."""
    parts = Path(pattern).parts
    plain = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts[:-1]))
    return str(Path(*plain)) if plain else "."


def shown_path(f: Path, root: Path | None) -> str:
    """The path a document records (``kg:filePath``): as given when relative; an absolute one is
    made relative to the folder named on the command line (``/home/u/pages/a.txt`` → ``pages/a.txt``),
    or is the file name, so outputs never publish where a user keeps their files.

    >>> shown_path(Path("seeds/a.txt"), Path("seeds")), shown_path(Path("/home/u/pages/x/a.txt"), Path("/home/u/pages"))
    ('seeds/a.txt', 'pages/x/a.txt')
    >>> shown_path(Path("/home/u/a.txt"), None)
    'a.txt'
    """
    if not f.is_absolute():
        return str(f)
    if root is not None and root.is_absolute():
        try:
            return str(Path(root.name) / f.relative_to(root)) if root.name else str(f.relative_to(root))
        except ValueError:
            pass
    return f.name


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, encoding)`` or raise :class:`InputError`."""
    if not data.strip():
        raise InputError(path, "empty file (no text to read)")
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = _strict(data[3:], "utf-8", path), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = _strict(data, "utf-16", path), "utf-16"
    else:
        if b"\x00" in data[:65536]:
            raise InputError(path, "binary file (contains NUL bytes); expected UTF-8 or GB18030 text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = decode_legacy(data, path)  # GB18030/GBK, else Big5, else one line
    if _control_share(text) > 0.05:
        raise InputError(path, "binary file (too many control characters); expected text")
    text = blank_controls(text)
    if not text.strip():
        raise InputError(path, "empty file (only white space, control or invisible characters)")
    return text, encoding


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(path, f"has a {encoding} byte-order mark but is not valid {encoding}: {e.reason}") from None


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)


def page_date(text: str) -> tuple[str | None, str | None]:
    r"""The page's date and how it was found: ``header``, ``dateline`` or ``(None, None)``.

    A header (``2021年9月28日 星期二``) gives the full date. Without one, the
    latest dateline (``…讯(记者/…)12月22日``) gives month and day; the year
    is taken only when the page makes it clear (the year it names most often
    is also among the latest it names: :func:`page_year`), else the date
    is ``--MM-DD`` (xsd:gMonthDay).

    >>> page_date("株洲日报讯(记者/某某) 3月13日,会议召开。")
    ('--03-13', 'dateline')
    >>> page_date("无日期")
    (None, None)
    >>> page_date("本报讯(记者 甲)2024年5月15日,会议召开。")
    ('2024-05-15', 'dateline')
    >>> page_date("新华社长沙电 二〇二四年五月十六日,会议召开。"), page_date("标题\n２０２３年１２月３日\n县长出席。")
    (('2024-05-16', 'dateline'), ('2023-12-03', 'opening'))

    A page in traditional Chinese is read in simplified characters (:func:`kg.text.reading`):

    >>> page_date("青山日報訊(記者 甲)2024年5月15日,會議召開。")
    ('2024-05-15', 'dateline')
    """
    text = arabic_dates(reading(text))
    m = _HEADER_DATE.search(text)
    if m and (day := _iso(*m.groups())):
        return day, "header"
    for m in _DATELINE_YEAR.finditer(text):  # …讯(记者 甲)2024年5月15日
        if day := _iso(*m.groups()):
            return day, "dateline"
    m = _OPENING_DATE.search(text[:_OPENING])  # 发布日期: 2019-12-26 / a line opening with a date near the top
    if m and (day := _iso(m.group(1) or m.group(4), m.group(2) or m.group(5), m.group(3) or m.group(6))):
        return day, "opening"
    datelines = [(int(mo), int(d)) for mo, d in _DATELINE.findall(text) if _iso(None, mo, d)]
    if not datelines:
        return None, None
    mo, d = max(datelines)
    return _iso(page_year(text), mo, d) or _iso(None, mo, d), "dateline"


def _iso(year: str | int | None, month: str | int, day: str | int) -> str | None:
    """The ISO text of a written day (:class:`~kg.data.dates.PartialDate`), ``None`` when there is no such day."""
    try:
        return PartialDate(int(year) if year else None, int(month), int(day)).iso
    except ValueError:
        return None


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九十")}
_PLAN_START = re.compile(r"[“\"]?十([一二三四五六七八九])五[”\"]?(?:规划)?(?:开好局|开局|起好步|起步|开局之年|首年)")
_PLAN_END = re.compile(r"[“\"]?十([一二三四五六七八九])五[”\"]?(?:规划)?(?:收官|圆满收官|决胜|最后一年)")
_SESSION = re.compile(r"((?:19|20)\d\d)\s*年\s*第[一二三四五六七八九十\d]+次(?:全体)?会议")


def plan_start(n: int) -> int:
    """First year of the n-th five-year plan (from the third, 1966-1970, they follow each other).

    >>> plan_start(14), plan_start(11)
    (2021, 2006)
    """
    return 1966 + 5 * (n - 3)


def page_year(text: str) -> int | None:
    """The year a page was written, when the page makes it clear; else ``None``.

    Evidence, strongest first: the five-year plan it calls just begun
    (``“十四五”开好局`` → 2021) or ending (``“十三五”收官`` → 2020); the year of
    a session held now (``2023年第2次会议``); else the year it names most
    often, when that is also among the latest it names.

    >>> page_year("确保“十四五”开好局。2006年的改革……2006年……")
    2021
    >>> page_year("委员会2023年第2次会议。2023年成绩,2024年目标,2023年总结")
    2023
    >>> page_year("2003年,2006年,2006年,2018年,2020年") is None
    True
    """
    votes: Counter[int] = Counter()
    for m in _PLAN_START.finditer(text):
        votes[plan_start(10 + _CN_DIGITS[m.group(1)])] += 2
    for m in _PLAN_END.finditer(text):
        votes[plan_start(10 + _CN_DIGITS[m.group(1)]) + 4] += 2
    for m in _SESSION.finditer(text):
        votes[int(m.group(1))] += 1
    if votes:
        (top, n), *rest = votes.most_common()
        if not rest or rest[0][1] < n:
            return top
    years = Counter(int(y) for y in _YEAR.findall(text))
    if years:
        (top, n), *rest = years.most_common()
        if n >= 2 and (not rest or rest[0][1] < n) and top >= max(years) - 1:
            return top
    return None


def read_document(path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read one regular file into a :class:`Document` (id = file name).

    A FIFO, device or socket is refused without being read, and at most
    ``max_bytes`` + 1 bytes are ever read (the size the file system reports is not trusted).
    """
    p = Path(path)
    name = str(p)
    try:
        data = read_bytes_capped(p, max_bytes)
    except TooLargeError:
        raise InputError(name, f"file too large (more than the limit of {max_bytes:,} bytes)") from None
    except NotRegularFileError as e:
        raise InputError(name, f"{e}; only regular files are read") from None
    except PermissionError:
        raise InputError(name, "permission denied; check the file's permissions") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as e:
        raise InputError(name, f"cannot be read: {e.strerror or e}") from None
    return document_of(data, name)


def document_of(data: bytes, path: str) -> Document:
    """The :class:`Document` of a file's bytes (id = the file name of ``path``; its text, date and encoding).

    >>> document_of("市长张三出席。".encode(), "pages/a.txt").id
    'a.txt'
    """
    page = read_text(data, path)
    date, source = (page.date, page.date_source) if page.date else page_date(page.text)
    name = text_name(path)  # a file name with bytes that are not UTF-8 gets \xNN escapes: outputs hold text
    doc = Document(id=Path(name).name, text=page.text, path=name, date=date, date_source=source)
    return dataclasses.replace(doc, encoding=page.encoding)


def page_opening(text: str) -> str:
    r"""The opening of a page: all that :func:`page_paper` and :func:`page_headline` read of it.

    (A Dask build keeps only this of each page in the client: the graph cites a page by its paper and headline.)

    >>> text = "\n县委常委会召开会议\n青山日报讯 会议召开。" + "正文。" * 900
    >>> o = page_opening(text)
    >>> len(o) < len(text), page_paper(o) == page_paper(text), page_headline(o) == page_headline(text)
    (True, True, True)
    """
    n = 0
    for line in text.splitlines(keepends=True):
        n += len(line)
        if line.split():
            break
    return text[: max(_OPENING * 4, n)]


def read_text(data: bytes, path: str) -> readers.PageText:
    """The text of a file's bytes: a PDF's text layer, a web page's main text, or decoded text (by content and name).

    >>> read_text("市长张三出席。".encode("gb18030"), "a.txt").encoding
    'gb18030'
    """
    kind = readers.sniff(data, Path(path).suffix)
    if kind == "pdf":
        return readers.read_pdf(data, path)
    if kind == "html":
        return readers.read_html(data, path)
    text, encoding = decode_text(data, path)
    return readers.PageText(text, encoding)


def read_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    strict: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Yield a :class:`Document` for every readable file under ``paths``.

    A bad file raises in ``strict`` mode and is otherwise passed to
    ``on_skip`` and skipped. Missing paths raise :class:`NoInputError`.
    """
    return iter(Pages(paths, strict=strict, on_skip=on_skip))


class Pages:
    """The readable pages under ``paths``, read one at a time each time they are iterated (a build reads
    them twice: once to hash them for its stamp, once into extraction, never holding all texts).

    The files are listed once, when made (missing paths raise :class:`NoInputError`, folders that cannot be
    listed go to ``on_skip``); ``len()`` is the number of files found, an upper bound on the pages.
    Each iteration reports or raises (``strict``) bad files as :func:`read_corpus` does.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("市长张三出席。", encoding="utf-8"), (d / "b.txt").write_bytes(b"")
    >>> pages = Pages([d], on_skip=lambda e: print(e.problem))
    >>> len(pages), [p.id for p in pages]
    empty file (no text to read)
    (2, ['a.txt'])
    """

    def __init__(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        strict: bool = False,
        on_skip: Callable[[InputError], None] | None = None,
    ) -> None:
        paths = list(paths)
        unreadable: list[tuple[str, str]] = []
        self._roots: dict[str, Path] = {}
        self.files, missing = find_files(paths, unreadable, self._roots)
        self.strict, self.on_skip = strict, on_skip
        if missing:
            first = f"{shown(missing[0][0])}: {missing[0][1]}"
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise NoInputError(first + more)
        if not self.files:
            raise NoInputError(f"no {', '.join(readers.SUFFIXES)} files found in " + ", ".join(shown(p) for p in paths))
        for folder, problem in unreadable:
            self._skip(InputError(folder, f"folder cannot be read ({problem}); the files in it are skipped"))

    def __len__(self) -> int:
        return len(self.files)

    def _skip(self, err: InputError) -> None:
        if self.strict:
            raise err
        if self.on_skip:
            self.on_skip(err)

    def __iter__(self) -> Iterator[Document]:
        seen: set[str] = set()
        for f in self.files:
            try:
                doc = read_document(f)
            except InputError as e:
                self._skip(e)
                continue
            if doc.id in seen:
                self._skip(InputError(str(f), f"a file named {doc.id} was already read; document ids must be unique"))
                continue
            seen.add(doc.id)
            path = text_name(shown_path(f, self._roots.get(str(f))))
            yield doc if path == doc.path else dataclasses.replace(doc, path=path)


_PAPER = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:日报|晚报|晨报|都市报|时报|商报|青年报|报))(?:讯|社|\s*[(（]?记者)")
_HEADLINE_END = tuple("。！？；，,;!?")


def page_paper(text: str) -> str | None:
    r"""The paper a page's first dateline or byline names (``某某日报讯`` → ``某某日报``); ``None`` when none.

    >>> page_paper("标题\n青山日报讯(记者 甲)5月6日,会议召开。"), page_paper("本报讯 会议召开。")
    ('青山日报', None)

    A page in traditional Chinese names its paper in simplified characters, as a name (:func:`kg.text.reading`):

    >>> page_paper("標題\n青山日報訊(記者 甲)5月6日,會議召開。")
    '青山日报'
    """
    m = _PAPER.search(reading(text[: _OPENING * 4]))
    return m.group(1) if m and not m.group(1).startswith("本报") else None


def page_headline(text: str) -> str | None:
    r"""The page's first line when it reads as a headline: short, no sentence end, no date or dateline.

    >>> page_headline("县委常委会召开会议\n青山日报讯 5月6日,会议召开。"), page_headline("会议召开。县长出席。")
    ('县委常委会召开会议', None)

    A page in traditional Chinese is read in simplified characters (:func:`kg.text.reading`); its headline
    is quoted in its own:

    >>> page_headline("縣委常委會召開會議\n青山日報訊 5月6日,會議召開。"), page_headline("青山日報訊 5月6日,會議召開。")
    ('縣委常委會召開會議', None)
    """
    for own in text.splitlines():
        own = " ".join(own.split())
        if not own:
            continue
        # read as page_paper reads the opening: the same for a page and its page_opening
        line = to_simplified(own) if is_traditional(text[: _OPENING * 4]) else own
        dated = _HEADER_DATE.search(line) or _OPENING_DATE.match(line) or _PAPER.search(line)
        if 4 <= len(line) <= 60 and not line.endswith(_HEADLINE_END) and not dated and "讯" not in line:
            return own
        return None
    return None
