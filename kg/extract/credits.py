"""Media named where a page credits a source: ``来源:``, ``据…报道``, datelines, ``@…``, ``…记者``.

The credit says a medium is named, so a paper, site or station with no lexicon entry
(``界面新闻``, ``红网``) is still found. :mod:`kg.extract.orgspan` takes these spans as
organisations of kind ``media``.

>>> text = "来源:上海证券报·中国证券网\\n据九派新闻12月27日报道"
>>> [text[s:e] for s, e in credit_spans(text)]
['上海证券报', '中国证券网', '九派新闻']
"""

from __future__ import annotations

import re

__all__ = ["credit_spans", "line_start_credit_spans"]

_MEDIA_NAME = (
    r"(?!接受|通过|经过|[本该我对向据被])[\u4e00-\u9fffA-Za-z0-9]{1,8}?"
    r"(?:新闻网|新闻中心|日报网(?!络)|日报|晚报|晨报|商报|时报|青年报|证券报|导报|电讯|新闻|在线|网站|官网|网|报|卫视|电视台|全媒体|客户端)"
)
_CREDIT = re.compile(
    # every alternative below starts at the text's start, after one of these characters, or on one of
    # those: a position that is none fails here at once instead of in each alternative (~1.5x faster)
    r"(?:^|(?<=[\n\s(（，,。；;：:])|(?=[来稿原转出据\n(（【@]))"
    r"(?:"
    rf"(?:来源|稿源|原载|转自|出处)[ \t\u3000]*[:：|]\s*((?:{_MEDIA_NAME})(?:[·•、](?:{_MEDIA_NAME}))*)"
    rf"|据((?:{_MEDIA_NAME}))(?:[^，,。；;\n]{{0,12}}?)(?:报道|消息)"
    rf"|(?:^|[\n(（【])[ \t\u3000]*((?:{_MEDIA_NAME})(?:/(?:{_MEDIA_NAME}))*)"
    rf"(?=[ \t\u3000]*[\u4e00-\u9fff]{{0,6}}\d{{1,2}}月\d{{1,2}}日(?:电|讯)"
    rf"|[\u4e00-\u9fff]{{0,3}}(?<![通资简快喜])讯(?!问|息|号))"
    rf"|(?:^|(?<=\n))[ \t\u3000]*((?:{_MEDIA_NAME}))(?=[ \t\u3000]+(?:19|20)\d{{2}}[-年/.]\d{{1,2}}[-月/.]\d{{1,2}})"
    rf"|@((?:{_MEDIA_NAME}))(?=[\s\d])"
    rf"|(?:^|(?<=[\n\s(（，,。；;：:]))((?:{_MEDIA_NAME}))(?=(?:[\u4e00-\u9fff]{{2,6}}频道)?(?:全媒体|融媒体)?(?:见习|特约|首席)?记者)"
    rf"|(?:^|(?<=[\n\s(（，,。；;：:]))((?:{_MEDIA_NAME}))(?=[\u4e00-\u9fff]{{2,4}}站讯)"
    rf"|【((?:{_MEDIA_NAME}))】"  # 【某网】
    rf"|(?<=[\s)）])[(（]((?:{_MEDIA_NAME}))[)）](?=[ \t\u3000]*(?:\||\n|$))"  # …(甲) (某网): closing a line
    r")"
)
_GROUPS = tuple(range(1, 10))
_LINE_START = (3, 4)  # the dateline (某网某地7月27日电) and the site's date line (某网 2023-12-06 10:16)
_DATE_LINE_REST = re.compile(
    r"[ \t\u3000]+(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \t\u3000]+[^\n]{0,30}?)?[ \t\u3000]*(?:\n|$)"
)


_NOT_MEDIA = frozenset({"喜报", "简报", "通报", "快报", "捷报", "情报", "图片新闻", "视频新闻", "要闻", "新闻"})
"""Words a bracket may hold that end like a medium's name but are a section's heading (【喜报】, (简报))."""


def credit_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every medium a credit names (each name of ``来源:甲报·乙网``).

    >>> text = "@东方网 27日报道\\n极目新闻记者实地探访。红网某县站讯(记者 甲)\\n　　某某在线讯 5日,"
    >>> [text[s:e] for s, e in credit_spans(text)]
    ['东方网', '极目新闻', '红网', '某某在线']
    >>> text = "某某网 2023-12-06 10:16:57\\n某江网/某江新闻客户端浙江讯 记者甲报道"
    >>> [text[s:e] for s, e in credit_spans(text)]
    ['某某网', '某江网', '某江新闻客户端']
    >>> text = "来源:某川日报网 发布时间:2018-01-01\\n据中央纪委国家监委网站3月28日消息"
    >>> [text[s:e] for s, e in credit_spans(text)]
    ['某川日报网', '中央纪委国家监委网站']
    """
    return sorted({*_spans(text, _GROUPS), *_listed_media(text)})


_MEDIA_LIST_END = re.compile(
    r"等(?:\d+多?家|[一二两三四五六七八九十几数]+家|多家)?(?:新闻|中央|省级|省内外|境内外|主流)*媒体"
)
_MEDIA_ITEM = re.compile(rf"《?((?:{_MEDIA_NAME})|[\u4e00-\u9fff]{{2,10}}?(?:分社|通讯社|杂志社|杂志|电台))》?")
_LIST_OPEN = re.compile(r"[，,。；;：:\n]|了|(?<=[报网台社刊志])(?:和|及|以及)")  # (和 opens 和讯网: no opener)
_ITEM_LEAD = re.compile(r"^(?:在|由|邀请|组织|包括|通过|来自|经|被|向|对|请|据|有|如|联合|协调|接受)")
"""A verb or preposition the first item of a list may carry in front of the medium (邀请|某日报)."""


def _listed_media(text: str) -> list[tuple[int, int]]:
    """The media a list closed by ``等…媒体`` names (``甲报、乙网、丙电视台等50多家新闻媒体``): two items at least,
    every item a medium's name (a paper, site, station or news agency's bureau).

    >>> text = "人民日报、《某某华人报》、某某网、某某电视台等50多家新闻媒体的记者参加了发布会。"
    >>> [text[s:e] for s, e in _listed_media(text)]
    ['人民日报', '某某华人报', '某某网', '某某电视台']
    """
    if "媒体" not in text:
        return []
    out: list[tuple[int, int]] = []
    for end in _MEDIA_LIST_END.finditer(text):
        lo = max((m.end() for m in _LIST_OPEN.finditer(text, max(0, end.start() - 200), end.start())), default=0)
        lo = max(lo, end.start() - 200)
        items, pos, ok = [], lo, True
        for raw in text[lo : end.start()].split("、"):
            item = raw.strip(" \u3000")
            if pos == lo and (lead := _ITEM_LEAD.match(item)) and _MEDIA_ITEM.fullmatch(item[lead.end() :]):
                item = item[lead.end() :]  # 邀请|某日报、某网等媒体: the first item's verb is no part of it
            m = _MEDIA_ITEM.fullmatch(item)
            if m is None:
                ok = False
                break
            k = pos + raw.index(m.group(1))
            items.append((k, k + len(m.group(1))))
            pos += len(raw) + 1
        if ok and len(items) >= 2:
            out += [(a, b) for a, b in items if text[a:b] not in _NOT_MEDIA]
    return out


def line_start_credit_spans(text: str) -> list[tuple[int, int]]:
    """Media credited where a line begins: a dateline, or a site's name before the line's date and time.

    A wrapped sentence's next line (``…在会后\\n接受某报记者采访``) credits nothing.

    >>> text = "某某网 2023-12-06 10:16:57\\n要在\\n门户网站 2024年3月1日前公开。\\n在会后\\n接受某某日报记者采访"
    >>> [text[s:e] for s, e in line_start_credit_spans(text)]
    ['某某网']
    """
    return _spans(text, _LINE_START)


def _spans(text: str, groups: tuple[int, ...]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _CREDIT.finditer(text):
        for g in groups:
            if m.group(g) is None:
                continue
            if g == 4 and not _DATE_LINE_REST.match(text, m.end(g)):
                continue  # 门户网站 2024年3月1日前公开: a sentence run on, not a date line
            pos = m.start(g)
            for name in re.split(r"[·•、/]", m.group(g)):
                if name not in _NOT_MEDIA and not name.endswith(tuple(_NOT_MEDIA - {"新闻"})):
                    out.append((pos, pos + len(name)))
                pos += len(name) + 1
    return out
