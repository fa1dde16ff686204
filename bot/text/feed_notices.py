"""A feed's anti-syndication notice opening each entry ("THIS FEED IS NOT INTENDED FOR
SYNDICATION! - Please visit http://example.net"): a note to scrapers, not the lead."""

from __future__ import annotations

import re

# The notice, then its pointer at the site; the feed may glue the site's address to the text
# ("http://cheatersuncovered.netI came home …"): a lower-case host ends where a capital starts.
# A pointer that goes on as a sentence ("Please visit http://… for details.") is the writer's.
_NOTICE = re.compile(
    r"^\W*(?P<notice>(?i:(?:this|the)\s+(?:rss\s+|atom\s+)?(?:feed|content)\s+is\s+(?:not\s+"
    r"(?:intended|meant|licensed|authori[sz]ed)\s+for\s+(?:syndication|republication|reproduction)"
    r"|(?:intended\s+)?for\s+personal(?:\s+and\s+non-?commercial)?\s+use\s+only))[^.!?]*[.!?]+\s*)?"
    r"(?P<visit>[-–—:]?\s*(?i:(?:please\s+)?(?:visit|go\s+to|read\s+it\s+(?:at|on)))\s+"
    r'(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:/\S*?)?(?:(?=[A-Z])|[.!:]?\s+(?=[A-Z"“])))?'
)


def without_feed_notice(lead: str) -> str:
    """The lead without an anti-syndication notice or its "Please visit <site>" opening it."""
    found = _NOTICE.match(lead)
    if not found or not (found["notice"] or found["visit"]) or not lead[found.end() :].strip():
        return lead
    return lead[found.end() :]
