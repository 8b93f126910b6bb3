"""Pages in traditional Chinese are read converted (kg.extract.base.Doc.of): names simplified, text the page's own."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.base import Doc
from kg.model import Document
from kg.resolve import resolve
from kg.text import CleanView, to_simplified
from kg.vocab import EntityType, Predicate

TRADITIONAL = "株洲市市長甄永年主持召開會議,強調要抓好項目建設。"
SIMPLIFIED = "株洲市市长甄永年主持召开会议,强调要抓好项目建设。"


def _found(text: str) -> tuple[set, set]:
    """Mentions and relations, a title read in simplified characters (a traditional page quotes its own)."""
    x = extract(Document(id="t.txt", text=text))
    mentions = {(m.type, m.name, m.start, m.end) for m in x.mentions}
    simplified = [to_simplified(r.object) if isinstance(r.object, str) else r.object for r in x.relations]
    relations = {
        (r.subject, r.predicate, obj, r.evidence.start, r.evidence.end)
        for r, obj in zip(x.relations, simplified, strict=True)
    }
    return mentions, relations


def test_traditional_sentence_gives_the_official_his_post_and_place():
    x = extract(Document(id="t.txt", text=TRADITIONAL))
    persons = [m for m in x.mentions if m.type is EntityType.PERSON]
    assert [(m.name, m.text, m.prop("official")) for m in persons] == [("甄永年", "甄永年", True)]
    places = [m for m in x.mentions if m.type is EntityType.PLACE]
    assert [(m.name, m.text) for m in places] == [("株洲市", "株洲市")]
    posts = [r for r in x.relations if r.predicate is Predicate.HOLDS_POSITION]
    assert [(r.subject.name, r.object, r.prop("jurisdiction")) for r in posts] == [("甄永年", "株洲市市長", "株洲市")]
    assert posts[0].prop("post") == "株洲市市长"  # the title as written quotes the page; the post is normalised
    assert posts[0].evidence.sentence == TRADITIONAL  # the page's own characters


def test_traditional_page_finds_what_its_simplified_twin_finds_at_the_same_offsets():
    assert _found(TRADITIONAL) == _found(SIMPLIFIED)


def test_traditional_mentions_quote_the_page_exactly():
    page = "衛思齊同志任株洲市人民政府副市長。\n\n株洲市市長甄永年主持召開市政府常務會議,研究部署\n\n項目建設工作。"
    x = extract(Document(id="t.txt", text=page))
    assert x.mentions
    for m in x.mentions:
        assert page[m.start : m.end] == m.text
    names = {m.name for m in x.mentions}
    assert {"卫思齐", "甄永年", "株洲市人民政府"} <= names
    assert not any(c in name for name in names for c in "衛齊長開會議")


def test_traditional_and_simplified_spellings_are_one_entity():
    kb = resolve(
        [
            extract(Document(id="a.txt", text="衡陽市發展和改革委員會主任衛思齊出席香港特別行政區會議。")),
            extract(Document(id="b.txt", text="衡阳市发展和改革委员会主任卫思齐出席香港特别行政区会议。")),
        ]
    )
    names = {"衡阳市发展和改革委员会": "衡陽市發展和改革委員會", "香港特别行政区": "香港特別行政區", "卫思齐": "衛思齊"}
    for name, traditional in names.items():
        (entity,) = [e for e in kb.entities if e.name == name]
        assert {m.text for m in kb.mentions_of(entity.id)} == {name, traditional}
    assert not any(e.name in names.values() for e in kb.entities)


def test_simplified_page_quoting_one_traditional_word_is_read_as_it_is():
    page = "据《東方日報》报道,株洲市市长甄永年主持召开会议,卫思齐出席会议并讲话。"
    doc = Doc.of(Document(id="s.txt", text=page))
    assert not doc.traditional and doc.text == CleanView.of(page).text and doc.page is page
    x = extract(Document(id="s.txt", text=page))
    assert not any("东方日报" in m.name for m in x.mentions)  # nothing of the page was converted
    assert {m.name for m in x.mentions if m.type is EntityType.PERSON} >= {"甄永年"}


def test_a_simplified_name_written_with_a_character_simplified_text_keeps_is_not_converted():
    """甄昇 four times is one traditional-only character: the page stays simplified, the name 甄昇."""
    page = "市长甄昇出席会议。甄昇指出,要抓好落实。甄昇强调,要抓好安全。会后,甄昇察看了现场。"
    assert not Doc.of(Document(id="s.txt", text=page)).traditional
    x = extract(Document(id="s.txt", text=page))
    assert {m.name for m in x.mentions if m.type is EntityType.PERSON} == {"甄昇"}


def test_a_long_page_is_read_as_a_whole_in_every_chunk(monkeypatch):
    """A long mostly simplified page whose last chunk is traditional is not converted piecemeal."""
    import kg.extract as extract_module

    monkeypatch.setattr(extract_module, "CHUNK_CHARS", 400)
    page = "今天天气很好,市民出行方便。\n" * 40 + "縣長甄永年主持召開會議並講話。\n" * 3
    x = extract_module.extract(Document(id="long.txt", text=page))
    titles = {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert "县长" not in titles  # the page as a whole is simplified: its traditional lines are not read converted
