#!/usr/bin/env python3
"""Convert a gold file in the category layout (officials, persons_other, places, …)
into kg's gold format (docs/eval-format.md), so `kg eval` can read it.

    python scripts/convert_gold.py category_gold.json > kg_gold.json
"""

from __future__ import annotations

import json
import sys

TYPES = {
    "officials": "Person",
    "persons_other": "Person",
    "places": "Place",
    "organizations": "Organization",
    "projects": "Project",
    "designations": "Designation",
    "meetings_events": "Meeting",
}


def docs_of(item: dict) -> list[str]:
    return sorted(set(item.get("docs") or []) | ({item["doc"]} if item.get("doc") else set()))


def convert(src: dict) -> dict:
    entities = []
    for section, optional in ((src, False), (src.get("optional") or {}, True)):
        for key, etype in TYPES.items():
            for item in section.get(key, []):
                ent = {"type": etype, "name": item["name"], "aliases": item.get("aliases") or [], "docs": docs_of(item)}
                if etype == "Person":
                    ent["official"] = key == "officials"
                    ent["positions"] = [
                        {"title": p["title"], "doc": p["doc"], "alternatives": p.get("title_alternatives") or []}
                        for p in item.get("positions", [])
                    ]
                if optional:
                    ent["optional"] = True
                entities.append(ent)
                if not optional and item.get("docs_optional"):
                    entities.append({**ent, "docs": sorted(item["docs_optional"]), "positions": [], "optional": True})
    relations = [{**r, "optional": False} for r in src.get("relations", [])]
    relations += [{**r, "optional": True} for r in (src.get("optional") or {}).get("relations", [])]
    keep = ("subject", "predicate", "object", "doc", "optional")
    return {
        "documents": [d["doc"] for d in src.get("documents", [])],
        "entities": entities,
        "relations": [{k: r[k] for k in keep if k in r} for r in relations],
    }


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        json.dump(convert(json.load(f)), sys.stdout, ensure_ascii=False, indent=1)
