"""Bytes into entries: feeds (RSS, Atom, RDF, JSON Feed), entry identity and URL keys."""
