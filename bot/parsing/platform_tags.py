"""Tags naming the platform a post was first published on ("medium" on a blog's copies of
its Medium posts): where the post came from, not what it is about."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.parsing.models import FeedEntry

# Publishing platforms by the name a tag spells and the host a copied post links back to.
# A word that is also a topic is left out: "Ghost", "WordPress" (software), "blogger" (a
# person), "tumblr" (Cultiz's "Tumblrification" column presents Tumblr blogs it links).
_PLATFORMS = {
    "medium": "medium.com",
    "substack": "substack.com",
    "hashnode": "hashnode.",
    "dev.to": "dev.to",
    "devto": "dev.to",
    "blogspot": "blogspot.",
    "livejournal": "livejournal.com",
    "beehiiv": "beehiiv.com",
}
_HOSTED = re.compile(r"https?://(?:[\w-]+\.)*(?P<host>[\w-]+\.[\w.]+)", re.IGNORECASE)


def _linked_hosts(entry: FeedEntry) -> str:
    text = " ".join((entry.link or "", entry.canonical_url or "", entry.content_html))
    return " ".join(m.group(0).casefold() for m in _HOSTED.finditer(text))


def without_platform_tags(entries: list[FeedEntry]) -> list[FeedEntry]:
    """The entries less a tag naming a publishing platform the entry links back to."""
    # jtemporal.com files its copies of Medium posts "medium", each ending with a link to the
    # original there. A post about Medium that links there loses the tag too: the rarer case,
    # checked over the corpus and pools (none).
    kept = list(entries)
    for i, entry in enumerate(entries):
        named = [c for c in entry.categories if c.casefold() in _PLATFORMS]
        if not named:  # cheap first: most entries name no platform
            continue
        hosts = _linked_hosts(entry)
        gone = {c for c in named if _PLATFORMS[c.casefold()] in hosts}
        if gone:
            kept[i] = replace(entry, categories=tuple(c for c in entry.categories if c not in gone))
    return kept
