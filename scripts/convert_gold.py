#!/usr/bin/env python3
"""Convert a gold file in the category layout (officials, persons_other, places, …)
into kg's gold format (docs/eval-format.md). `kg eval` reads both layouts itself;
this is for tools that want kg's format on disk.

    python scripts/convert_gold.py category_gold.json > kg_gold.json
"""

from __future__ import annotations

import json
import sys

from kg.eval import from_category_layout

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        json.dump(from_category_layout(json.load(f)), sys.stdout, ensure_ascii=False, indent=1)
