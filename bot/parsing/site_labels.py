"""What a feed repeats on every item is the site's, not the item's: a label naming the site
before or after every headline ("Wheels24.co.za | …"), one picture on every item (its logo)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.attribution.title_domain_names import names_site_of
from bot.attribution.title_parts import separated
from bot.parsing.bold_headings import with_bold_headings
from bot.parsing.date_stamps import without_date_stamps
from bot.parsing.feed_bylines import without_feed_bylines
from bot.parsing.headline_labels import without_kind_labels
from bot.parsing.models import FeedEntry
from bot.parsing.slug_titles import with_written_titles
from bot.parsing.text_labels import without_text_labels
from bot.parsing.thread_labels import without_thread_labels
from bot.parsing.title_artefacts import without_title_artefacts

# Nearly every item, of enough items that it is the feed's habit, not a coincidence.
_SHARE = 0.8
_MIN_ITEMS = 4
_JOINS = " -–—|:·•»/>"


def without_site_labels(
    entries: Sequence[FeedEntry], site_url: str | None, feed_title: str = ""
) -> list[FeedEntry]:
    """The entries with the site's label (or the feed's own title: a show's name) cut from
    their headlines and the one picture every item carries (a logo) taken for no photo."""
    entries = without_date_stamps(without_title_artefacts(entries))
    entries = with_bold_headings(without_thread_labels(entries, site_url))
    if len(entries) < _MIN_ITEMS:
        return list(entries)
    # A byline or a section label opening nearly every item's text is the feed's habit too.
    # A slug left as the title once its label is off is the address's, not the headline.
    entries = with_written_titles(without_kind_labels(entries))
    entries = without_text_labels(without_feed_bylines(entries))
    site = site_url or next((e.link for e in entries if e.link), None)
    titles = [separated(e.title) for e in entries]
    cut = [parts for parts in titles if len(parts) > 1]
    prefix = _shared_part([parts[0] for parts in cut], len(entries))
    suffix = _shared_part([parts[-1] for parts in cut], len(entries))
    shared_picture = _shared_part([e.image_url for e in entries if e.image_url], len(entries))
    if prefix is None and suffix is None and shared_picture is None:
        return list(entries)  # most feeds: nothing to cut (a copy of an entry costs 2.5 us)
    unlabelled = [
        _unlabelled(e.title, parts, prefix, suffix, site, feed_title)
        for e, parts in zip(entries, titles, strict=True)
    ]
    cut_titles = _numbering_kept([e.title for e in entries], unlabelled)
    return [
        replace(e, title=title, image_url=None if e.image_url == shared_picture else e.image_url)
        for e, title in zip(entries, cut_titles, strict=True)
    ]


def _shared_part(parts: Sequence[str], of: int) -> str | None:
    """The part that nearly all of `of` items share, if one does."""
    if not parts:
        return None
    part, count = Counter(parts).most_common(1)[0]
    return part if count >= _SHARE * of else None


def _unlabelled(
    title: str,
    parts: Sequence[str],
    prefix: str | None,
    suffix: str | None,
    site: str | None,
    feed_title: str,
) -> str:
    # Only a label naming the site is cut: a series' name on every title ("An App From
    # Scratch: Part 3") or a column's ("This Week in Review: …") is part of the headline.
    # `parts`: separated(title).
    if len(parts) < 2:
        return title
    whole = title
    if prefix and parts[0] == prefix and _names_feed(prefix.strip(), site, feed_title):
        title = title[len(prefix) :].lstrip(_JOINS)
    elif suffix and parts[-1] == suffix and _names_feed(suffix.strip(), site, feed_title):
        title = title[: title.rfind(suffix)].rstrip(_JOINS)
    return title or whole


def _names_feed(part: str, site: str | None, feed_title: str) -> bool:
    # A show's name on every episode ("Pods-Dings - Level 12" of the feed "Pods-Dings"): the
    # credit shows the feed's title, so it is the site's label as much as a domain name.
    return names_site_of(part, site) or " ".join(part.split()).casefold() == feed_title.casefold()


# A headline's words and numbers; a number may carry letters ("18th", "A4").
_TOKENS = re.compile(r"[^\W_]+")
# What a cut may leave around a number: a kind word or two before it ("Episode", "Ausgabe vom",
# "Issue"), a month after it ("- Jun 18th 2021", "September").
_MAX_WORDS = 2
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_SHORT = 4


def _numbering_kept(titles: list[str], cut: list[str]) -> list[str]:
    """The cut titles, each whole again where the cut left only the feed's numbering."""
    # "Racingblog Podcast: Ausgabe vom 11.12.2014" cut to "Ausgabe vom 11.12.2014", "Homegrown
    # Hits - Episode 03" to "Episode 03": the show's name is all that says what the item is.
    # The kind words shared by half the cut titles or more are the feed's numbering scheme; a
    # headline of its own with a number ("Audi A4 2016") keeps its cut.
    shapes = [_numbering(c) if c != t else None for t, c in zip(titles, cut, strict=True)]
    counts = Counter(s for s in shapes if s is not None)
    changed = sum(c != t for t, c in zip(titles, cut, strict=True))
    return [
        t if s is not None and counts[s] >= max(2, changed / 2) else c
        for t, c, s in zip(titles, cut, shapes, strict=True)
    ]


def _numbering(title: str) -> str | None:
    """The kind words before the number a title is little more than ("episode" of "Episode
    03", "" of "11.12.2014"), or None where it says more."""
    tokens = _TOKENS.findall(title)
    first = next((i for i, t in enumerate(tokens) if any(c.isdigit() for c in t)), None)
    if first is None or first > _MAX_WORDS:
        return None
    after = [t for t in tokens[first:] if not any(c.isdigit() for c in t)]
    dated = all(len(t) <= _SHORT or t.casefold() in _MONTHS for t in after)
    return " ".join(t.casefold() for t in tokens[:first]) if dated and len(after) <= 1 else None
