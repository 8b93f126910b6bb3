"""Officials read from a title before the name (kg.extract.officials) on invented sentences."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document
from kg.vocab import EntityType, Predicate


def _members(text: str) -> set[tuple[str, str]]:
    x = extract(Document(id="t.txt", text=text))
    return {(r.subject.name, r.object.name) for r in x.relations if r.predicate is Predicate.MEMBER_OF}


def test_deputies_acting_for_the_head_sit_on_the_heads_body():
    text = (
        "泉州市十六届人大常委会召开第十三次会议。受泉州市人大常委会主任委托,副主任王永年主持会议,"
        "副主任吴弘、卫思齐,秘书长欧阳秋红出席会议。"
    )
    members = _members(text)
    for name in ("王永年", "吴弘", "卫思齐", "欧阳秋红"):
        assert (name, "泉州市人大常委会") in members
    assert not any(org.startswith("受") for _, org in members)


def test_a_bare_deputy_with_no_head_before_it_joins_no_body():
    assert _members("会议由副主任王永年主持,副主任吴弘出席。") == set()


def _persons(text: str) -> set[str]:
    x = extract(Document(id="t.txt", text=text))
    return {m.name for m in x.mentions if m.type.value == "Person"}


def test_ren_before_a_groups_role_is_the_verb_not_a_surname():
    # 各乡镇党委书记任成员: the secretaries are the group's members, no one is called 任成员
    text = "成立领导小组,县长王永年任组长,其他县级领导任副组长,各乡镇党委书记任成员。由党委副书记任网格长。"
    assert not any(n.startswith("任") for n in _persons(text))
    assert {"任建国", "任成"} <= _persons("县委书记任建国、县长任成出席。")


def test_a_verb_after_a_named_official_is_no_part_of_the_next_title():
    # 市委书记甲委托市委副书记乙: no 委托市 (a city), no post 率副县长
    for verb in ("委托", "率"):
        x = extract(Document(id="t.txt", text=f"株洲日报讯 市委书记王永年{verb}市委副书记吴弘、副市长卫思齐出席。"))
        held = {r.object for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
        assert held == {"市委书记", "市委副书记", "副市长"}
        assert not any(m.name.startswith(verb) or verb in m.name[:4] for m in x.mentions if m.type.value != "Person")


def test_a_short_party_department_head_joins_the_committees_department():
    members = _members("攸县县委常委、组织部长甄永年出席。")
    assert ("甄永年", "攸县县委组织部") in members or ("甄永年", "中共攸县县委组织部") in members
    assert not any(org in ("组织", "委组织部") for _, org in members)


def test_a_name_of_a_rare_surname_between_a_title_and_tongzhi():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="政协清河县委员会原主席、党组书记千立恒同志1月11日逝世,享年78岁。"))
    officials = {m.name for m in x.mentions if m.type.value == "Person" and m.prop("official")}
    assert officials == {"千立恒"}
    y = extract(Document(id="t.txt", text="县委书记看望老同志,向各位同志致以问候。"))
    assert not [m for m in y.mentions if m.type.value == "Person"]


def test_a_committee_a_name_then_its_secretarys_title():
    from kg.extract import extract
    from kg.model import Document

    x = extract(Document(id="t.txt", text="该项工作获省委甄永年书记批示肯定。会议传达了市委卫思齐副书记的讲话。"))
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert posts == {("甄永年", "省委书记"), ("卫思齐", "市委副书记")}


def test_officials_a_body_and_its_title_after_a_listed_name_is_no_second_name():
    x = extract(Document(id="t.txt", text="区商务委主任甄永年、区科委主任卫思齐进行政策宣讲。"))
    persons = {m.name for m in x.mentions if m.type is EntityType.PERSON}
    assert persons == {"甄永年", "卫思齐"}
    posts = {(r.subject.name, r.object) for r in x.relations if r.predicate is Predicate.HOLDS_POSITION}
    assert ("卫思齐", "区科委主任") in posts
