"""Example SPARQL queries shipped with kg (``*.rq``); see :mod:`kg.sparql`."""
