"""How each node type looks in the HTML view: colour, vis-network shape and a Chinese label.

One entry per type in :func:`kg.graph.entity_types`; a type missing here is a
bug the tests catch, and renders grey meanwhile.

>>> type_style("Place")["shape"]
'triangle'
>>> type_style("Unknown")["color"]
'#bab0ac'
"""

from __future__ import annotations

from kg.vocab import GraphEdge, NodeType, Predicate

__all__ = [
    "ATTR_LABELS",
    "COLORS",
    "FONT_STACK",
    "LABELS",
    "PREDICATE_LABELS",
    "SHAPES",
    "attr_value",
    "predicate_label",
    "type_style",
]

COLORS = {
    NodeType.PERSON: "#e15759",
    NodeType.PLACE: "#4e79a7",
    NodeType.ORGANIZATION: "#f28e2b",
    NodeType.PROJECT: "#59a14f",
    NodeType.DESIGNATION: "#b07aa1",
    NodeType.MEETING: "#edc948",
    NodeType.POST: "#9c755f",
}
"""Tableau 10 colours: distinguishable, and print well."""

SHAPES = {
    NodeType.PERSON: "dot",
    NodeType.PLACE: "triangle",
    NodeType.ORGANIZATION: "square",
    NodeType.PROJECT: "diamond",
    NodeType.DESIGNATION: "star",
    NodeType.MEETING: "hexagon",
    NodeType.POST: "triangleDown",
}
"""vis-network shapes that draw the label below the node (so size by degree shows)."""

LABELS = {
    NodeType.PERSON: "人物",
    NodeType.PLACE: "地点",
    NodeType.ORGANIZATION: "机构",
    NodeType.PROJECT: "项目",
    NodeType.DESIGNATION: "称号",
    NodeType.MEETING: "会议",
    NodeType.POST: "职务",
}
"""The legend's Chinese name for each type (shown beside the English one)."""

PREDICATE_LABELS = {
    Predicate.HOLDS_POSITION: "任职 holds post",
    Predicate.MEMBER_OF: "成员 member of",
    Predicate.PART_OF: "隶属 part of",
    Predicate.LOCATED_IN: "位于 located in",
    Predicate.DESIGNATED_AS: "称号 designated as",
    Predicate.CHAIRS: "主持 chairs",
    Predicate.ATTENDS: "出席 attends",
    Predicate.MEETS_WITH: "会见 meets with",
    GraphEdge.POST_IN: "辖区 governs",
}
"""What a reader sees for each predicate: Chinese, then English."""

ATTR_LABELS = {
    "official": "官员 official",
    "role": "身份 role",
    "code": "区划代码 division code",
    "level": "级别 level",
    "kind": "类别 kind",
    "batch": "批次 batch",
    "year": "年份 year",
    "conferrer": "授予 conferred by",
    "date": "日期 date",
    "title": "职务 title",
    "body": "机构 body",
    "jurisdiction": "辖区 jurisdiction",
    "label_en": "英文 English",
    "tense": "时态 tense",
    "status": "状态 status",
}
"""What a reader sees for each node or edge attribute: Chinese, then English."""

_VALUES = {
    ("official", True): "是 yes",
    ("official", False): "否 no",
    ("status", "awarded"): "已获 awarded",
    ("status", "aspiring"): "创建中 aspiring",
    ("tense", "current"): "现任 current",
    ("tense", "former"): "原 former",
    ("tense", "appointed"): "任命 appointed",
    ("tense", "removed"): "免去 removed",
    ("tense", "elected"): "当选 elected",
}


def attr_value(key: str, value: object) -> str:
    """An attribute's value as a reader sees it (``official: True`` → ``是 yes``).

    >>> attr_value("official", True), attr_value("status", "aspiring"), attr_value("code", "430200")
    ('是 yes', '创建中 aspiring', '430200')
    """
    return _VALUES.get((key, value), str(value)) if isinstance(value, str | bool) else str(value)


FONT_STACK = (
    'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Serif CJK SC", sans-serif'
)
"""Fonts tried in order: Linux, macOS and Windows CJK fonts before the generic fallback."""

_DEFAULT = {"color": "#bab0ac", "shape": "dot", "label": ""}


def type_style(node_type: str) -> dict[str, str]:
    """Colour, shape and label of ``node_type`` (a neutral grey dot for an unknown type)."""
    if node_type not in COLORS:
        return dict(_DEFAULT, label=node_type)
    return {"color": COLORS[node_type], "shape": SHAPES[node_type], "label": LABELS[node_type]}


def predicate_label(data: dict) -> str:
    """The text on an edge: the title as written for ``holds_position``, else the predicate in words.

    >>> predicate_label({"predicate": "holds_position", "title": "市委副书记"})
    '市委副书记'
    >>> predicate_label({"predicate": "designated_as", "status": "aspiring"})
    '称号 designated as (创建中 aspiring)'
    >>> predicate_label({"predicate": "member_of"})
    '成员 member of'
    """
    if data.get("predicate") == Predicate.HOLDS_POSITION and data.get("title"):
        return str(data["title"])
    pred = str(data.get("predicate", ""))
    label = PREDICATE_LABELS.get(pred, pred)
    if data.get("status") == "aspiring":
        label += f" ({attr_value('status', 'aspiring')})"
    return label
