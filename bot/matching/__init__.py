"""Which story an entry belongs to: fingerprints, similarity and the matching rule."""
