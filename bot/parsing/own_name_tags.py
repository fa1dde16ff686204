"""Categories that name the feed itself: its address ("OSHELPDESK.org") on any item, a long
part of its title on half its items ("Venture Capital and Technology"), its title cut into
word tags ("sistemas", "unsa" of "[Sistemas UNSA]")."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from bot.parsing.models import FeedEntry

_WORDS = re.compile(r"[^\W_]+")
# Where a feed title joins its name to a tagline or a section (as feed_tags splits it).
_SEPARATOR = re.compile(r"\s+[-–—|:·»]\s+|:\s+")
# A section's name is a word or two ("World", "UK news", "Ruby" of "SitePoint » Ruby"): a topic
# of every item of a section feed. Three words or more are the site's name or tagline ("A VC :
# Venture Capital and Technology", "Photographer Ferenc Ecseki | Fashion Model …", "Stuff You
# Should Know: The Podcast"), filed on every post.
_NAME_WORDS = 3
_NAME_SHARE = 0.5
# A feed of a few items shows no share (a question's feed titled by the question).
_MIN_ITEMS = 4


def _spelled(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _address_names(site_url: str | None) -> set[str]:
    # The host with its suffix, as a site tags its own posts ("OSHELPDESK.org",
    # "lesechos.fr"): an address names no topic, whatever share of items carries it.
    host = (urlsplit(site_url or "").hostname or "").removeprefix("www.")
    return {_spelled(host)} if "." in host else set()


def own_name_labels(entries: list[FeedEntry], feed_title: str, site_url: str | None) -> set[str]:
    """The categories (folded) that spell the site's address, or a part of three words or
    more of its title that half the feed's items carry."""
    names = _address_names(site_url)
    parts = {_spelled(p) for p in _SEPARATOR.split(feed_title)} if feed_title else set()
    long_parts = {p for p in parts if len(p.split()) >= _NAME_WORDS} if len(parts) > 1 else set()
    cut = _title_cut(entries, feed_title)
    if not names and not long_parts and not cut:
        return set()
    counts = Counter(c.casefold() for e in entries for c in set(e.categories))
    return cut | {
        c
        for c, n in counts.items()
        if (spelled := _spelled(c)) in names
        or (spelled in long_parts and n >= _NAME_SHARE * len(entries))
    }


# Words that join a title's name words ("Tweaked for your Pleasure"): not the name.
_JOINING = frozenset(
    "a an and or the of for to in on at by with your my our you i me we "
    "le la les de du des et un une el los las y del di da il e der die das und".split()
)


def _title_cut(entries: list[FeedEntry], feed_title: str) -> set[str]:
    """The one-word categories (folded) that are the words of the feed's name, where one item
    carries two of them or more: the blog's name split into tags ("Tweaked", "Pleasure")."""
    # The name is the title's first part ("Abduzeedo" of "Abduzeedo - graphic design | …").
    name = _SEPARATOR.split(feed_title, maxsplit=1)[0]
    words = {w for w in _WORDS.findall(name.casefold()) if w not in _JOINING}
    if len(words) < 2 or len(entries) < _MIN_ITEMS:
        return set()
    # Counted with the tags the gate hid: the feed's filing, not what each post names.
    filed = [{c.casefold() for c in (*e.categories, *e.unnamed_categories)} for e in entries]
    counts = Counter(c for cats in filed for c in cats)
    # Each name word counted where the item carries another beside it: the name spelled out.
    together = Counter(w for cats in filed if len(found := cats & words) >= 2 for w in found)
    # A word mostly carried alone is a topic the blog is named for ("tarot" on 62 of Tarot
    # Tribe's episodes, "tribe" beside it on 3), and one on half the items its subject ("ruby",
    # "windows" on Ruby on Windows' every post): both stay.
    # The name goes whole or not at all: where one of its words is mostly alone ("unplugged" on
    # 101 of LINUX Unplugged's episodes, "linux" on 26), its words are topics there.
    if any(2 * together[w] < counts[w] for w in together):
        return set()
    cut = set(together)
    return {c for c in cut if counts[c] < _NAME_SHARE * len(entries)}
