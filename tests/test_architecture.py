"""The house's shape: no import circles, and the output stages read the graph and the data layer, not extraction."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1] / "kg"


def _imports() -> nx.DiGraph:
    """Module → the kg modules it imports (anywhere in the file, function-level imports included)."""
    mods = {}
    for f in ROOT.rglob("*.py"):
        parts = f.relative_to(ROOT.parent).with_suffix("").parts
        mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f
    G = nx.DiGraph()
    G.add_nodes_from(mods)
    for name, f in mods.items():
        pkg = name if f.name == "__init__.py" else name.rpartition(".")[0]
        for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(n, ast.Import):
                targets = [a.name for a in n.names]
            elif isinstance(n, ast.ImportFrom) and n.module:
                up = pkg.split(".")[: len(pkg.split(".")) - n.level + 1] if n.level else []
                base = ".".join([*up, n.module])
                targets = [base, *(f"{base}.{a.name}" for a in n.names)]
            G.add_edges_from((name, t) for t in targets if t in mods and t != name and not name.startswith(t + "."))
    return G


def test_architecture_has_no_import_circles():
    """A package importing its own modules (``kg.query`` → ``kg.query.people``) is no circle; anything else is."""
    cycles = [c for c in nx.simple_cycles(_imports()) if not any(a.startswith(b + ".") for a in c for b in c)]
    assert cycles == []


def test_architecture_output_stages_do_not_import_extraction():
    G = _imports()
    outputs = [
        m for m in G if m.startswith(("kg.graph", "kg.readwrite", "kg.query", "kg.viz", "kg.sparql", "kg.shapes"))
    ]
    bad = sorted((m, t) for m in outputs for t in G.successors(m) if t.startswith("kg.extract"))
    assert bad == []


def test_architecture_only_tokens_imports_jieba_posseg():
    """``kg.extract.tokens`` imports ``jieba.posseg`` with its word tags from a cache (``_import_posseg``); a module
    importing it directly, before tokens, would have jieba parse its dictionary text at every start again."""
    direct = []
    for f in ROOT.rglob("*.py"):
        for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = [a.name for a in n.names] if isinstance(n, ast.Import) else []
            if isinstance(n, ast.ImportFrom) and n.module:
                names = [n.module, *(f"{n.module}.{a.name}" for a in n.names)]
            if "jieba.posseg" in names:
                direct.append(str(f.relative_to(ROOT.parent)))
    assert direct == []
