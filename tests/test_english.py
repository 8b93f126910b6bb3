"""English labels of posts and bodies, on places other than the seeds'."""

from __future__ import annotations

import pytest

from kg.english import body_label_en, place_label_en, post_label_en, title_of


@pytest.mark.parametrize(
    ("title", "body", "jurisdiction", "label"),
    [
        ("市长", "衡阳市人民政府", "衡阳市", "Mayor of Hengyang"),
        ("书记", "中共岳阳市委", "岳阳市", "Secretary of the CPC Yueyang Municipal Committee"),
        ("常务副省长", "江西省人民政府", "江西省", "Executive Vice Governor of Jiangxi"),
        ("县长", "攸县人民政府", "攸县", "Head of You County"),
        ("主席", "政协长沙市委员会", "长沙市", "Chairman of the Changsha Municipal Committee of the CPPCC"),
        ("局长", "岳阳市财政局", "岳阳市", None),  # no table entry for a department
        ("巡视员", "中共岳阳市委", "岳阳市", None),  # no title entry
    ],
)
def test_english_post_labels(title, body, jurisdiction, label):
    assert post_label_en(title, body, jurisdiction) == label


@pytest.mark.parametrize(
    ("name", "label"),
    [("衡阳市", "Hengyang"), ("岳麓区", "Yuelu District"), ("新疆维吾尔自治区", "Xinjiang"), ("中国", "China")],
)
def test_english_place_labels(name, label):
    assert place_label_en(name) == label


@pytest.mark.parametrize(
    ("body", "label"),
    [("中共常德市委", "CPC Changde Municipal Committee"), ("益阳市人民政府", "Yiyang Municipal People's Government")],
)
def test_english_body_labels(body, label):
    assert body_label_en(body) == label


@pytest.mark.parametrize(
    ("post", "body", "jurisdiction", "written", "title"),
    [
        ("中共岳阳市委常委", "中共岳阳市委", "岳阳市", "市委常委", "常委"),
        ("岳阳市副市长", "岳阳市人民政府", "岳阳市", "副市长", "副市长"),
        ("全国人大代表", "全国人民代表大会", "中国", "全国人大代表", "全国人大代表"),
    ],
)
def test_english_title_of_strips_body_or_jurisdiction(post, body, jurisdiction, written, title):
    assert title_of(post, body, jurisdiction, written) == title
