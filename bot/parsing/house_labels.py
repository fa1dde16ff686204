"""Categories that are the site's own house labels, not topics: its post kinds, sizes and
sections named after itself ("Full XDA", "Mini XDA", "LtU Forum") and its staff's handles
("GlennG")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from urllib.parse import urlsplit

from bot.attribution.title_domain_names import names_site_of
from bot.parsing.closing_labels import without_closing_labels
from bot.parsing.feed_tags import title_labels, without_suggested_tags
from bot.parsing.feed_wide_tags import without_unsaid_feed_labels
from bot.parsing.models import FeedEntry
from bot.parsing.own_name_tags import own_name_labels
from bot.parsing.platform_tags import without_platform_tags
from bot.parsing.seo_tags import without_keyword_lists

# A staff handle: a given name run into its surname's initial ("GlennG", "AdamR"; SitePoint
# files each post under its editor's). Three lower-case letters at least, so names written
# that way ("SaaS", "TotT") stay; and only where a feed has two handles or more, so one
# product so named ("MotorolaQ", Engadget) stays too.
_STAFF_HANDLE = re.compile(r"[A-Z][a-z]{3,}[A-Z]")
_WORDS = re.compile(r"[^\W_]+")
# Marks the site's initials among its brand words (matched in any case but all lower).
_INITIALS = "^"


def _brand_words(feed_title: str, site_url: str | None) -> frozenset[str]:
    # The site's name as its title spells it and its address confirms: the host's whole name
    # ("MediaWhiz" at blog.mediawhiz.com) or an acronym part of it ("XDA" at
    # xda-developers.com), not any word of it ("Ruby" at on-ruby.blogspot.com, "MySQL" at
    # jfg-mysql: their topics). Compared as the title writes it, so "TIME" keeps "Time
    # Management".
    host = urlsplit(site_url or "").hostname or ""
    labels = host.split(".")
    # The registered name, before "co.uk"-style suffixes; a subdomain is a section
    # ("science.sciencemag.org", "news.zdnet.com").
    name = labels[-3] if len(labels) >= 3 and len(labels[-2]) <= 3 else labels[-2:][0]
    return frozenset(
        w
        for w in _WORDS.findall(feed_title)
        if w.casefold() == name or (w.casefold() in name.split("-") and len(w) >= 3 and w.isupper())
    ) | _initials(name, feed_title)


def _initials(name: str, feed_title: str) -> frozenset[str]:
    # A site named in three words or more is shortened to their initials ("LtU" for Lambda
    # the Ultimate at lambda-the-ultimate.org), where both its address and its title spell
    # the words out.
    parts = name.split("-")
    title = feed_title.casefold()
    if len(parts) < 3 or not all(part.isalpha() and part in title for part in parts):
        return frozenset()
    return frozenset({_INITIALS + "".join(part[0] for part in parts)})


def _is_house_label(category: str, brand: frozenset[str], handles: bool) -> bool:
    if handles and _STAFF_HANDLE.fullmatch(category):
        return True
    words = _WORDS.findall(category)
    # The site's name with a kind or size ("Full XDA", "XDA Feature", "LtU Forum"): how the
    # site files the post. The name alone is left: on a one-topic blog it may be the topic.
    return len(words) >= 2 and any(w in brand or _is_initials(w, brand) for w in words)


def _is_initials(word: str, brand: frozenset[str]) -> bool:
    # Initials are written with capitals ("LtU"); a lower-case word is a word ("ltu").
    return not word.islower() and _INITIALS + word.casefold() in brand


# The site's name filed on half its labelled items or more is how the feed tags itself
# ("changelog" on every Changelog episode, "2hdp" on 2 Heures De Perdues' at 2hdp.fr), not a
# topic: a company blog's one post filed under its own name ("MediaWhiz") stays. The words of
# its title that ride along on nine in ten of those items are the same name cut into keywords
# ("perdues", "perdu", "2 heures"); a topic on all of them ("Cinéma") stays.
_SELF_SHARE, _RIDER_SHARE, _MIN_LABELLED = 0.5, 0.9, 3
_PREFIX_CHARS = 4


def _self_labels(entries: list[FeedEntry], feed_title: str, site_url: str | None) -> set[str]:
    labelled = [{c.casefold() for c in e.categories} for e in entries if e.categories]
    if len(labelled) < _MIN_LABELLED or not site_url:
        return set()
    counts = Counter(c for labels in labelled for c in labels)
    own = {
        c
        for c, n in counts.items()
        if n >= _SELF_SHARE * len(labelled) and names_site_of(c, site_url)
    }
    carriers = [labels for labels in labelled if labels & own]
    if len(carriers) < _MIN_LABELLED:
        return own
    riding = Counter(c for labels in carriers for c in labels - own)
    title_words = [w.casefold() for w in _WORDS.findall(feed_title)]
    return own | {
        c
        for c, n in riding.items()
        if n >= _RIDER_SHARE * len(carriers) and _spells_title_words(c, title_words)
    }


def _spells_title_words(label: str, title_words: list[str]) -> bool:
    # Each word is one of the title's or the start of one ("perdu" of "Perdues").
    return all(
        any(w == t or (len(w) >= _PREFIX_CHARS and t.startswith(w)) for t in title_words)
        for w in _WORDS.findall(label)
    )


# A blog's daily or weekly feature ("Quote of the Day" on Scout Labs' post with no quote,
# "Hair of the Day"): how the site files the post. Dropped here, after the headlines' closing
# labels were learnt from it ("The Venetian Deluge [Pic Of The Day]").
_FEATURE = re.compile(r"(?:[^\W\d_]+ ){1,2}of the (?:day|week)", re.IGNORECASE)


def _is_label(category: str, own: set[str], brand: frozenset[str], handles: bool) -> bool:
    if category.casefold() in own or _FEATURE.fullmatch(category):
        return True
    return _is_house_label(category, brand, handles)


def without_house_labels(
    entries: list[FeedEntry], feed_title: str, site_url: str | None
) -> list[FeedEntry]:
    """The entries without the site's own house labels among their categories."""
    entries = without_keyword_lists(without_platform_tags(without_suggested_tags(entries)))
    # Labels closing the headlines first: learnt from categories the next step may drop.
    entries = without_unsaid_feed_labels(without_closing_labels(entries))
    brand = _brand_words(feed_title, site_url)
    distinct = {c for e in entries for c in e.categories}
    handles = sum(bool(_STAFF_HANDLE.fullmatch(c)) for c in distinct) >= 2
    own = _self_labels(entries, feed_title, site_url) | title_labels(distinct, feed_title, site_url)
    own |= own_name_labels(entries, feed_title, site_url)
    return [
        replace(e, categories=_without_initials(kept, e.categories))
        if len(kept := tuple(c for c in e.categories if not _is_label(c, own, brand, handles)))
        < len(e.categories)
        else e  # most entries keep theirs (a copy of an entry costs 2.5 us)
        for e in entries
    ]


def _without_initials(kept: tuple[str, ...], categories: tuple[str, ...]) -> tuple[str, ...]:
    # A house label's initials beside it are the same label ("ZDN" beside "Zong Developer
    # Network", Zong's blog): an internal abbreviation once the label is gone.
    gone = {"".join(w[0] for w in _WORDS.findall(c)).upper() for c in categories if c not in kept}
    return tuple(c for c in kept if not (len(c) >= 2 and c.isupper() and c in gone))
