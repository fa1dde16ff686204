"""RSS 2.0's <source> element: its text is "the name of the RSS channel" the item came from.
Some tools write an address there instead (the source feed's home "https://jorgedelacruz.es",
the episode's own "…/WhenAnimalsSpeak_013_Litterbox.mp3"): an address names no channel."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.parsing.declared_pictures import declared_http_url
from bot.parsing.identity import MAX_TITLE_CHARS
from bot.parsing.links import schemeless_address

# A scheme ("https://…") or "www." in front; a file's name (a dot, then an extension of letters
# and digits) at the end of a single token ("Litterbox.mp3", "index.php").
_SCHEMED = re.compile(r"(?i)(?:[a-z][a-z0-9+.-]{1,9}://|www\.)\S+")
_FILE = re.compile(
    r"(?i)\S*[\w-]\.(?:mp3|m4a|m4v|mp4|ogg|oga|wav|aac|flac|pdf|xml|rss|atom|html?|php|aspx?|jsp|cgi)"
)


def names_no_channel(title: str) -> bool:
    """Whether a <source> text is an address (a URL, a host with a path, a file's name), not a
    channel's name; a bare domain ("ksugle.com") is the name some sites go by."""
    text = title.strip()
    if not text or any(c.isspace() for c in text):
        return False
    return bool(_SCHEMED.fullmatch(text) or _FILE.fullmatch(text) or schemeless_address(text))


def item_source(raw: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The <source> an aggregator names for the item (RSS 2.0's url attribute, Atom's
    alternate link), as feedparser read it already: its name, unless that is an address."""
    source = raw.get("source")
    if not isinstance(source, Mapping) or not source:
        return None, None
    title = source.get("title")
    name = title.strip()[:MAX_TITLE_CHARS] if isinstance(title, str) else ""
    named = name if name and not names_no_channel(name) else None
    return named, declared_http_url(source.get("href") or source.get("link"))
