"""How each node type looks in the HTML view: colour, vis-network shape and a Chinese label.

One entry per type in :func:`kg.graph.entity_types`; a type missing here is a
bug the tests catch, and renders grey meanwhile.

>>> type_style("Place")["shape"]
'triangle'
>>> type_style("Unknown")["color"]
'#bab0ac'
"""

from __future__ import annotations

from kg.vocab import DesignationStatus, NodeType, Predicate

__all__ = ["COLORS", "FONT_STACK", "LABELS", "SHAPES", "predicate_label", "type_style"]

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
    """The text on an edge: the title as written for ``holds_position``, else the predicate.

    >>> predicate_label({"predicate": "holds_position", "title": "市委副书记"})
    '市委副书记'
    >>> predicate_label({"predicate": "designated_as", "status": "aspiring"})
    'designated_as (aspiring)'
    """
    if data.get("predicate") == Predicate.HOLDS_POSITION and data.get("title"):
        return str(data["title"])
    label = str(data.get("predicate", ""))
    if data.get("status") == DesignationStatus.ASPIRING:
        label += " (aspiring)"
    return label
