"""The data layer every stage may read: lexicons (:mod:`kg.data.lexicon`) and the division gazetteer
(:mod:`kg.data.gazetteer`), beside the data files they load (``*.txt``, ``*.tsv``).

Extraction, the graph, RDF and the query API all import from here; nothing here imports a stage.
"""
