"""A podcast host's notice under every episode, found by the address it gives rather than its
words: "Hébergé par Acast. Visitez acast.com/privacy pour plus d'informations.", "Hosted on
Acast. See acast.com/privacy for more information.", "See omnystudio.com/listener for privacy
information.", "Visit megaphone.fm/adchoices"."""

from __future__ import annotations

import re

# A host's privacy, listener or ad-choices page written out as text; over the corpus and the
# development pools every such address stood in a host's notice (Acast, Megaphone, Omny).
_HOST_PAGE = re.compile(
    r"(?i)(?:^|[\s(])(?:https?://)?(?:www\.)?([\w-]+)(?:\.[\w-]+)*\.[a-z]{2,}/"
    r"(?:privacy(?:-policy)?|ad-?choices|listener)\b"
)
# The sentence before it naming the host ("Hébergé par Acast.", "Hosted on Acast."): a few words.
_MAX_NAMING_WORDS = 6


def host_notices(lines: list[list[str]]) -> set[tuple[int, int]]:
    """Which units (line, sentence) are a host's notice: the one giving its page's address and
    a short sentence just before it in the same line naming the host."""
    found: set[tuple[int, int]] = set()
    for n, units in enumerate(lines):
        for i, unit in enumerate(units):
            page = _HOST_PAGE.search(unit)
            if page is None:
                continue
            found.add((n, i))
            host = page.group(1).lower()
            before = units[i - 1] if i else ""
            if len(before.split()) <= _MAX_NAMING_WORDS and host in before.lower():
                found.add((n, i - 1))
    return found
