"""A category naming two topics with a spaced slash ("Ruby / Rails", "Actualité/ Marché")."""

from __future__ import annotations

import re

# A slash with a space on a side joins two labels; "TCP/IP", "AC/DC", "24/7" are one name.
_SPACED_SLASH = re.compile(r"\s+/\s*|\s*/\s+")


def slash_parts(term: str) -> list[str]:
    """The labels a spaced slash joins, or the term whole where they are one name."""
    if "/" not in term or not _SPACED_SLASH.search(term):
        return [term]
    parts = [p.strip() for p in _SPACED_SLASH.split(term)]
    if len(parts) != 2 or not all(parts):
        return [term]
    first, second = parts
    # One word before a name of several shares its head ("Black / Thrash Metal", "Doom /
    # Death Metal") or abbreviates it ("YA / Young Adult"): one label, kept whole.
    if " " not in first and " " in second:
        return [term]
    return parts
