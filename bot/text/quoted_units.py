"""Sentences that open or close a quotation another sentence holds the rest of."""

from __future__ import annotations

# A sentence ending a quotation begun sentences before ('… Office? Click here to watch it".')
# is part of the quoted words: cutting it as a promo leaves the quotation open and the quoted
# text changed. Straight marks count as unbalanced when odd; curly and angle marks by pair.
_PAIRS = (("“", "”"), ("«", "»"))


def splits_a_quotation(sentence: str) -> bool:
    """Whether the sentence holds one end of a quotation and not the other."""
    if sentence.count('"') % 2:
        return True
    return any(
        sentence.count(opening) != sentence.count(closing)
        for opening, closing in _PAIRS
        if opening in sentence or closing in sentence
    )


def inside_a_quotation(units: list[str], i: int) -> bool:
    """Whether sentence `i` ends a quotation an earlier sentence of the line opened."""
    return splits_a_quotation(units[i]) and splits_a_quotation("".join(units[:i]))
