"""A feed title that opens with a phrase saying what the feed lists ("New sources that entered
this conversation: …"), not a name: the name the channel states for the domain wins."""

from __future__ import annotations

from collections.abc import Callable

from bot.attribution.section_words import CONNECTORS

# Lower-case words a name may carry ("Joel on Software", "Rands in repose") are few; a
# phrase has more of them than capitalised ones.
_MIN_LOWER = 3


def reads_as_phrase(part: str) -> bool:
    """Whether a title part is a lower-case phrase of four or more words, not a name."""
    words = part.split()
    lower = [w for w in words if w[:1].islower()]
    content = [w for w in lower if w.casefold() not in CONNECTORS]
    return (
        len(words) >= 4
        and len(lower) >= _MIN_LOWER
        and len(lower) * 2 > len(words)
        and bool(content)
    )


def unless_phrase(
    parts: list[tuple[str, str]], stated: list[tuple[str, str]], names_domain: Callable[[str], bool]
) -> list[tuple[str, str]]:
    """The title's parts, or none when the first of several is a phrase, none names the
    domain and the channel states a name for it."""
    # One part may be a sentence-case name ("La cumbre de los horrores"); a phrase followed
    # by what it is about ("…: claimID.com/dwoolfe - David L. Woolfenden") names no site.
    if not stated or len(parts) < 2 or any(names_domain(bare) for _, bare in parts):
        return parts
    return [] if reads_as_phrase(parts[0][1]) else parts
