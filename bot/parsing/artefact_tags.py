"""Categories that are software's own text, not an author's words: a tag box's prompt saved as
a tag, a program's printout of a value, a theme's layout slot, an announcement's status."""

from __future__ import annotations

import re

_ARTEFACT = re.compile(
    # The tag box's prompt or button saved with the post ("Add new tag", WordPress 2.x).
    r"(?:add|enter|choose|select|type)(?: (?:a|new|your|the))? (?:tags?|categor(?:y|ies)|"
    r"keywords?)(?: here)?|separate tags with commas|no tags?|"
    # A list or object printed where its items were meant (PHP's "Array", JavaScript's
    # "[object Object]", "undefined"): written as the language prints them, so "arrays" stay.
    r"(?-i:Array|Object|\[object Object\]|undefined|NaN|Resource id #\d+)|"
    # How many pictures a post lays out in a row ("3up" on the Flickr blog's photo posts).
    r"[2-9]-?up|"
    # An announcement's status, not its subject ("Coming Soon" beside "Announcements").
    r"coming soon|upcoming|à venir|prochainement|demnächst|próximamente|"
    r"prossimamente|em breve|"
    # A version's tail cut from its name by a keyword tool ("7 Rc1" of "WordPress 2.7 RC1"):
    # a number and a release stage, naming no software.
    r"\d+(?:\.\d+)* ?(?:rc|beta|alpha|pre|preview|b|a)\d*",
    re.IGNORECASE,
)


def is_artefact(term: str) -> bool:
    """True for a label the software wrote ("Add new tag", "Array", "3up"), not the author."""
    return bool(_ARTEFACT.fullmatch(term))
