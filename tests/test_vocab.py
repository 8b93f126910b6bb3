"""The graph's language is closed: every term the build writes is declared, every table covers every member."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import OWL, RDF, RDFS, Literal, URIRef

from kg.data import lexicon
from kg.eval import _CATEGORY_TYPES, CATEGORIES
from kg.extract.orgspan import body_kinds
from kg.readwrite import rdf_model as m
from kg.readwrite.rdf_write import triples
from kg.shapes import ontology, shapes
from kg.viz.style import COLORS, LABELS, SHAPES
from kg.vocab import KG, KGX, EntityType, NodeType, OrgKind, Predicate

KG_NS = str(KG._NS)


def _declared() -> set[str]:
    return {str(KG[name]) for name in KG.__annotations__}


def _terms(G: nx.MultiDiGraph) -> set[str]:
    """Every predicate, class and datatype IRI of ``G``'s RDF."""
    out: set[str] = set()
    for _, p, o in triples(G):
        out.add(p)
        if p == str(RDF.type):
            out.add(str(o))
        elif isinstance(o, m.Lit) and o.datatype:
            out.add(o.datatype)
    return out


def test_vocab_kg_namespace_is_closed():
    with pytest.raises(AttributeError):
        _ = KG.labelEn


def test_vocab_seed_build_uses_only_declared_terms(seed_build):
    terms = _terms(seed_build.graph)
    assert [t for t in terms if t.startswith(str(KGX))] == []
    assert sorted(t for t in terms if t.startswith(KG_NS) and t not in _declared()) == []


def test_vocab_seed_build_writes_english_labels_as_rdfs_label(seed_build):
    labels = [o for _, p, o in triples(seed_build.graph) if p == str(RDFS.label) and o.lang == "en"]
    assert labels and all(o.value.isascii() for o in labels)


def test_vocab_ontology_describes_exactly_the_kg_terms():
    g = ontology()
    described = {str(s) for s in g.subjects(RDFS.label, None) if str(s).startswith(KG_NS)}
    assert described == _declared()
    for term in described:
        s = URIRef(term)
        assert any(isinstance(x, Literal) and x.language == "en" for x in g.objects(s, RDFS.label)), term
        assert any(isinstance(x, Literal) and x.language == "en" for x in g.objects(s, RDFS.comment)), term
        kinds = set(g.objects(s, RDF.type))
        assert kinds & {OWL.Class, OWL.DatatypeProperty, OWL.ObjectProperty}, term


@pytest.mark.parametrize("node_type", list(NodeType))
def test_vocab_every_node_type_has_a_class_a_style_and_a_shape(node_type):
    assert m.CLASSES[node_type]
    assert node_type in COLORS and node_type in SHAPES and node_type in LABELS
    targets = {str(o) for o in shapes().objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass"))}
    assert m.CLASSES[node_type][0] in targets


@pytest.mark.parametrize("entity_type", list(EntityType))
def test_vocab_every_entity_type_is_a_node_type_with_an_eval_category(entity_type):
    assert NodeType(entity_type.value) == entity_type
    scored = {t for t, *_ in CATEGORIES.values()} | set(_CATEGORY_TYPES.values())
    assert entity_type in scored


@pytest.mark.parametrize("predicate", list(Predicate))
def test_vocab_every_predicate_has_an_rdf_property(predicate):
    assert m.PREDICATES[predicate]


def test_vocab_every_org_kind_in_the_data_is_an_org_kind():
    kinds = set(body_kinds().values())
    for name in ("org_names", "org_suffixes"):
        kinds |= {line.split("\t")[1].strip() for _, line in lexicon.lines(name)}
    assert sorted(k for k in kinds if k not in set(OrgKind)) == []


@pytest.mark.parametrize("kind", list(OrgKind))
def test_vocab_every_org_kind_maps_to_rdf_classes(kind):
    G = nx.MultiDiGraph(documents=[])
    G.add_node("organization/x", type="Organization", name="x", aliases=[], docs=[], mentions=1, kind=kind.value)
    classes = {str(o) for _, p, o in triples(G) if p == str(RDF.type)}
    assert set(m.CLASSES["Organization"]) <= classes
    assert (m.GOVERNMENT_ORGANIZATION in classes) == kind.public


def test_vocab_courts_are_government_organizations():
    """The extractor tags courts and procuratorates ``judiciary``; the RDF listed ``court``/``procuratorate``."""
    assert OrgKind.JUDICIARY.public and "judiciary" in m.GOVERNMENT_KINDS


def _graph_literals() -> list[str]:
    """``file:line: 'literal'`` for every node type or predicate spelled as a string outside ``kg/vocab.py``."""
    import ast
    from pathlib import Path

    words = {t.value for t in NodeType} | {p.value for p in Predicate}
    root = Path(__file__).resolve().parents[1] / "kg"
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "vocab.py" and path.parent == root:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = set()
        for n in ast.walk(tree):
            body = getattr(n, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
                skip.add(id(body[0].value))  # docstrings
            if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets):
                skip.update(id(c) for c in ast.walk(n.value))  # class names such as posts.Post
        for n in ast.walk(tree):
            if isinstance(n, ast.Constant) and n.value in words and id(n) not in skip:
                found.append(f"{path.relative_to(root.parent)}:{n.lineno}: {n.value!r}")
    return found


def test_vocab_graph_language_is_spelled_only_in_vocab():
    """Node types and predicates are members of kg.vocab's tables everywhere else (no drifting copies)."""
    assert _graph_literals() == []
